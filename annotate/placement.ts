/**
 * Where a reply's badge goes: at the reply's top-right corner, just outside it when the page leaves
 * room on the right (ChatGPT's centred column does), else just inside. While the reply's top is
 * scrolled away the badge stays at the top of the visible part, and it hides when the reply is out of
 * view. `clip` is the visible box of the reply's scroll container (the viewport when it has none).
 * Pure, so every case is tested without a layout engine.
 */
export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface BadgePlacement {
  visible: boolean;
  x: number;
  y: number;
  /** Which way the panel opens from the badge. */
  panelX: 'left' | 'right';
  panelY: 'down' | 'up';
  /** Room for the panel, in pixels. */
  panelMaxHeight: number;
}

export const GAP = 8;
export const PANEL_WIDTH = 400;
/** Below this much room under the badge, the panel opens upwards when there is more room above. */
const MIN_PANEL_HEIGHT = 420;

export function placeBadge(reply: Box, clip: Box, badge: { width: number; height: number }, viewport: { width: number; height: number }): BadgePlacement {
  const outside = reply.right + GAP + badge.width <= Math.min(clip.right, viewport.width) - GAP;
  const x = outside ? reply.right + GAP : Math.max(clip.left, reply.right - badge.width);
  const top = Math.max(reply.top, clip.top + GAP);
  const y = Math.min(top, reply.bottom - badge.height);
  const visible = reply.bottom > clip.top && reply.top < clip.bottom && y >= clip.top && y + badge.height <= clip.bottom && reply.right > reply.left;
  // The panel hangs from the badge's right edge, or its left edge when that would leave the viewport.
  const panelX = x + badge.width - PANEL_WIDTH >= GAP ? 'right' : 'left';
  const below = viewport.height - (y + badge.height) - GAP * 2;
  const above = y - GAP * 2;
  const panelY = below >= MIN_PANEL_HEIGHT || below >= above ? 'down' : 'up';
  return { visible, x: Math.round(x), y: Math.round(y), panelX, panelY, panelMaxHeight: Math.max(120, Math.floor(Math.min(640, panelY === 'down' ? below : above))) };
}

/** The nearest ancestor that scrolls vertically, or null when the document itself scrolls. */
export function scrollContainerOf(el: Element, win: Window): Element | null {
  for (let p = el.parentElement; p && p !== el.ownerDocument.body && p !== el.ownerDocument.documentElement; p = p.parentElement) {
    const overflow = win.getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'overlay') return p;
  }
  return null;
}

/** The visible part of a scroll container (its box, given as `container`, within the viewport), or the viewport when there is none. */
export function visibleBox(container: Box | null, viewport: { width: number; height: number }): Box {
  const view: Box = { top: 0, left: 0, right: viewport.width, bottom: viewport.height };
  if (!container) return view;
  return {
    top: Math.max(view.top, container.top),
    left: Math.max(view.left, container.left),
    right: Math.min(view.right, container.right),
    bottom: Math.min(view.bottom, container.bottom),
  };
}

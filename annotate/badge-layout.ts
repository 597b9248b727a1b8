/**
 * Puts each badge host where `placeBadge` says.
 *
 * What it costs the page matters: the chat page re-lays itself out for every chunk of a streaming reply,
 * so reading a reply's position at an arbitrary moment makes the browser do that layout early, inside
 * our task. `place` reads every position first and writes after (one layout, not one per badge),
 * measures a badge only after it was re-rendered, and writes a host's style only when its placement
 * changed. When it runs is the caller's part: when the layout is already done (a ResizeObserver's
 * report, just after a frame), reading it costs next to nothing.
 */
import type { ReplyHost } from './reply-host';
import { placeBadge, visibleBox, type BadgePlacement, type Box } from './placement';

/** What the layout needs of a badged reply. */
export interface BadgeSlot {
  /** The reply the badge belongs to. */
  element: Element;
  /** The reply's scroll container, or null when the document scrolls. */
  scroller: Element | null;
  host: ReplyHost;
  /** An open panel stays shown while its reply is scrolled out of view. */
  open: boolean;
}

interface Size {
  width: number;
  height: number;
}

interface SlotState {
  /** The badge's size, measured after each render. */
  size: Size | null;
  /** The placement last written to the host, as a key; null before the first. */
  written: string | null;
}

const HIDDEN = 'hidden';

export class BadgeLayout {
  readonly #states = new WeakMap<BadgeSlot, SlotState>();

  constructor(private readonly win: Window) {}

  /** Places the badges from the current layout; whether any badge moved (was written). */
  place(slots: Iterable<BadgeSlot>): boolean {
    const viewport = { width: this.win.innerWidth, height: this.win.innerHeight };
    const clips = new Map<Element | null, Box>();
    const placements: [BadgeSlot, BadgePlacement | null][] = [];
    for (const slot of slots) {
      if (!slot.element.isConnected) {
        placements.push([slot, null]);
        continue;
      }
      const state = this.#stateOf(slot);
      state.size ??= measureBadge(slot.host);
      let clip = clips.get(slot.scroller);
      if (!clip) {
        clip = visibleBox(slot.scroller ? slot.scroller.getBoundingClientRect() : null, viewport);
        clips.set(slot.scroller, clip);
      }
      placements.push([slot, placeBadge(slot.element.getBoundingClientRect(), clip, state.size, viewport)]);
    }
    let moved = false;
    for (const [slot, placement] of placements) {
      if (this.#write(slot, placement)) moved = true;
    }
    return moved;
  }

  /** The badge was rendered again: its size may have changed. */
  rendered(slot: BadgeSlot): void {
    this.#stateOf(slot).size = null;
  }

  /** Writes a placement unless it is the one already written; whether it wrote. */
  #write(slot: BadgeSlot, placement: BadgePlacement | null): boolean {
    const state = this.#stateOf(slot);
    const style = slot.host.host.style;
    if (!placement) {
      if (state.written === HIDDEN) return false;
      style.display = 'none';
      state.written = HIDDEN;
      return true;
    }
    const display = placement.visible || slot.open ? 'block' : 'none';
    const key = `${display} ${placement.x} ${placement.y} ${placement.panelX} ${placement.panelY} ${placement.panelMaxHeight}`;
    if (state.written === key) return false;
    state.written = key;
    style.display = display;
    style.transform = `translate(${placement.x}px, ${placement.y}px)`;
    const root = slot.host.root;
    root.dataset.panelX = placement.panelX;
    root.dataset.panelY = placement.panelY;
    root.style.setProperty('--sl-panel-max-height', `${placement.panelMaxHeight}px`);
    return true;
  }

  #stateOf(slot: BadgeSlot): SlotState {
    let state = this.#states.get(slot);
    if (!state) {
      state = { size: null, written: null };
      this.#states.set(slot, state);
    }
    return state;
  }
}

function measureBadge(host: ReplyHost): Size {
  const badge = host.root.querySelector<HTMLElement>('.sl-badge-button');
  return badge ? { width: badge.offsetWidth || 40, height: badge.offsetHeight || 24 } : { width: 40, height: 24 };
}

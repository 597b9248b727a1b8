/**
 * Puts each badge host where `placeBadge` says, and checks now and then whether a reply has moved.
 *
 * What it costs the page matters: the chat page re-lays itself out for every chunk of a streaming reply,
 * so reading a reply's position at an arbitrary moment forces that layout early, inside our task. So:
 * - `place` reads every position first and writes after (one layout, not one per badge), measures a
 *   badge only after it was re-rendered, and writes a host's style only when its placement changed;
 * - `check`, the periodic look for moves nothing announces (content above a reply growing), asks an
 *   IntersectionObserver, whose entries carry the positions the browser computes for its own next
 *   frame: no layout of ours at all, and nothing written unless something moved.
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
  /** The viewport as last read by `place` (reading it may force a layout too). */
  #viewport: Size | null = null;
  readonly #probe: IntersectionObserver | null;
  /** The slots the pending probe answers for, and who wants to know whether any moved. */
  #probing: readonly BadgeSlot[] = [];
  #onChecked: ((moved: boolean) => void) | null = null;

  constructor(private readonly win: Window) {
    const Observer = (win as Window & typeof globalThis).IntersectionObserver;
    this.#probe = typeof Observer === 'function' ? new Observer((records) => this.#onProbe(records)) : null;
  }

  /** Places the badges from the current layout: for an animation frame, a scroll, a resize, a render. */
  place(slots: Iterable<BadgeSlot>): void {
    const viewport = { width: this.win.innerWidth, height: this.win.innerHeight };
    this.#viewport = viewport;
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
    for (const [slot, placement] of placements) this.#write(slot, placement);
  }

  /**
   * Looks for moved badges without forcing a layout: their replies' positions come with the browser's
   * next frame (a badge rendered again is measured then), and only badges whose placement changed are
   * written; `onChecked` hears whether any was. False when it cannot look that way (no
   * IntersectionObserver, a reply gone from the page): `place` them then.
   */
  check(slots: readonly BadgeSlot[], onChecked?: (moved: boolean) => void): boolean {
    if (!this.#probe) return false;
    for (const slot of slots) {
      if (!slot.element.isConnected) return false;
    }
    this.#probing = slots;
    this.#onChecked = onChecked ?? null;
    for (const slot of slots) {
      this.#probe.observe(slot.element);
      if (slot.scroller) this.#probe.observe(slot.scroller);
    }
    return true;
  }

  /** The badge was rendered again: its size may have changed. */
  rendered(slot: BadgeSlot): void {
    this.#stateOf(slot).size = null;
  }

  stop(): void {
    this.#probe?.disconnect();
    this.#probing = [];
    this.#onChecked = null;
  }

  /** The first notification of a fresh observation carries every target's box, as the last frame laid it out. */
  #onProbe(records: IntersectionObserverEntry[]): void {
    this.#probe!.disconnect();
    const slots = this.#probing;
    const onChecked = this.#onChecked;
    this.#probing = [];
    this.#onChecked = null;
    // Read just after a frame: the layout these need is the one the frame made.
    const viewport = (this.#viewport ??= { width: this.win.innerWidth, height: this.win.innerHeight });
    const boxes = new Map<Element, Box>(records.map((r) => [r.target, r.boundingClientRect]));
    let moved = false;
    for (const slot of slots) {
      const reply = boxes.get(slot.element);
      const container = slot.scroller ? boxes.get(slot.scroller) : null;
      if (!reply || container === undefined || !slot.host.host.isConnected) continue;
      const state = this.#stateOf(slot);
      state.size ??= measureBadge(slot.host);
      if (this.#write(slot, placeBadge(reply, visibleBox(container, viewport), state.size, viewport))) moved = true;
    }
    onChecked?.(moved);
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

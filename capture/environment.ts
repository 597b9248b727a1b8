/** The page facilities the watcher uses, injectable so tests and the benchmark can drive time. */
export interface WatcherEnvironment {
  document: Document;
  /** The current address; re-read on every batch because single-page apps change it without a reload. */
  location(): string;
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Absent where frames never come (workers); the batch then runs on the timeout fallback alone. */
  requestAnimationFrame?(callback: () => void): unknown;
  cancelAnimationFrame?(handle: unknown): void;
  MutationObserver: typeof MutationObserver;
}

/** The environment of the window the code runs in. */
export function pageEnvironment(win: Window & typeof globalThis = window): WatcherEnvironment {
  return {
    document: win.document,
    location: () => win.location.href,
    now: () => win.performance.now(),
    setTimeout: (callback, ms) => win.setTimeout(callback, ms),
    clearTimeout: (handle) => win.clearTimeout(handle as number),
    requestAnimationFrame: typeof win.requestAnimationFrame === 'function' ? (callback) => win.requestAnimationFrame(callback) : undefined,
    cancelAnimationFrame: typeof win.cancelAnimationFrame === 'function' ? (handle) => win.cancelAnimationFrame(handle as number) : undefined,
    MutationObserver: win.MutationObserver,
  };
}

/**
 * Coalesces requests into one run per animation frame. Hidden tabs get no frames, so a timeout runs
 * the batch there (browsers throttle it to about once a second, which is fine for finished replies).
 */
export class FrameBatcher {
  static readonly FALLBACK_MS = 100;
  #scheduled = false;
  #frame: unknown = null;
  #timeout: unknown = null;

  constructor(
    private readonly env: WatcherEnvironment,
    private readonly run: () => void,
  ) {}

  request(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    if (this.env.requestAnimationFrame) this.#frame = this.env.requestAnimationFrame(this.#fire);
    this.#timeout = this.env.setTimeout(this.#fire, FrameBatcher.FALLBACK_MS);
  }

  cancel(): void {
    if (!this.#scheduled) return;
    this.#scheduled = false;
    if (this.#frame !== null) this.env.cancelAnimationFrame?.(this.#frame);
    this.env.clearTimeout(this.#timeout);
    this.#frame = this.#timeout = null;
  }

  readonly #fire = (): void => {
    if (!this.#scheduled) return;
    this.cancel();
    this.run();
  };
}

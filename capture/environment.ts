/** The page facilities the watcher uses, injectable so tests and the benchmark can drive time. */
export interface WatcherEnvironment {
  document: Document;
  /** The current address; re-read on every batch because single-page apps change it without a reload. */
  location(): string;
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
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
    MutationObserver: win.MutationObserver,
  };
}

/**
 * Coalesces requests into one run at most every `intervalMs`. A streaming reply mutates the page
 * every few milliseconds; nothing in the watcher needs those mutations sooner than its quiet period,
 * so one batch per 100 ms costs the page a tenth of what a batch per animation frame did (measured in
 * bench/page-cost.ts: each call into the content script has a fixed cost on top of its work). A timer
 * also runs in hidden tabs, where animation frames never come.
 */
export class BatchScheduler {
  #timer: unknown = null;

  constructor(
    private readonly env: WatcherEnvironment,
    private readonly intervalMs: number,
    private readonly run: () => void,
  ) {}

  request(): void {
    if (this.#timer !== null) return;
    this.#timer = this.env.setTimeout(this.#fire, this.intervalMs);
  }

  cancel(): void {
    if (this.#timer !== null) this.env.clearTimeout(this.#timer);
    this.#timer = null;
  }

  readonly #fire = (): void => {
    this.#timer = null;
    this.run();
  };
}

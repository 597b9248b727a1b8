/** Timing and limits of the reply watcher; every value can be overridden (tests shorten them). */
export interface WatcherOptions {
  /** How long a reply's text must stay unchanged, with the busy marker off, before it counts as finished. */
  quietMs: number;
  /** Delay between the two fingerprint samples that must agree before a quiet reply is finished. */
  confirmMs: number;
  /** How often an unfinished reply is re-checked while nothing on the page changes (busy marker polling). */
  pollMs: number;
  /** A reply unfinished for this long is reported once as `reply-never-finished`. */
  neverFinishMs: number;
  /** How long a conversation page may show no readable turns before `no-turns` is reported. */
  noTurnsGraceMs: number;
  /** Mutation records are handled in one batch at most this often. */
  batchMs: number;
  /** While the newest reply streams (observer off), its text is sampled this often. */
  streamSampleMs: number;
  /** Work per timer tick before the rest is deferred to the next tick, so no task of ours runs long. */
  sliceBudgetMs: number;
  /**
   * A reply's text is read for at most about this long per task (it stops between two top-level blocks
   * of the reply once the time is up, and goes on in the next task), so a long reply is no long task.
   */
  textSliceMs: number;
  /** At most this many `content-script-error` health events per page session (the same message is reported once). */
  maxErrorReports: number;
}

export const DEFAULT_WATCHER_OPTIONS: Readonly<WatcherOptions> = {
  quietMs: 1500,
  confirmMs: 300,
  pollMs: 500,
  neverFinishMs: 5 * 60_000,
  noTurnsGraceMs: 10_000,
  batchMs: 100,
  streamSampleMs: 500,
  sliceBudgetMs: 8,
  textSliceMs: 5,
  maxErrorReports: 5,
};

export function resolveWatcherOptions(overrides: Partial<WatcherOptions> = {}): WatcherOptions {
  const options = { ...DEFAULT_WATCHER_OPTIONS, ...overrides };
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`watcher option ${name} must be a non-negative number, got ${String(value)}`);
    }
  }
  return options;
}

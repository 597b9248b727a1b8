/** A small timing harness: warm up, pick a batch size, sample until a time budget is spent. */

export interface Timing {
  /** Median time per call, in microseconds. */
  medianUs: number;
  /** 95th percentile of the per-call times of the samples, in microseconds. */
  p95Us: number;
  samples: number;
  calls: number;
}

export interface MeasureOptions {
  /** Stop sampling after this much time (once `minSamples` are taken). */
  budgetMs: number;
  minSamples?: number;
  maxSamples?: number;
  /**
   * Calls faster than this are timed in batches of several calls, so the clock's own cost does not
   * dominate; a sample is then the mean of its batch.
   */
  minSampleUs?: number;
}

/** Times `run(i)` for i = 0, 1, 2, ...; `run` must do all its work synchronously. */
export function measure(run: (i: number) => void, options: MeasureOptions): Timing {
  return measureWithSetup((i) => i, run, options);
}

/**
 * Times `run(setup(i))`; `setup` is called outside the timed part, e.g. to give every call a fresh
 * context so that no call profits from what the previous one cached.
 */
export function measureWithSetup<T>(setup: (i: number) => T, run: (input: T) => void, options: MeasureOptions): Timing {
  const { budgetMs, minSamples = 5, maxSamples = 5000, minSampleUs = 20 } = options;
  let i = 0;

  // Warm-up: let the JIT compile the hot paths, and estimate the cost of one call.
  let warmUs = 0;
  let warmCalls = 0;
  const warmStart = now();
  while (warmCalls < 3 || now() - warmStart < budgetMs * 0.1e3) {
    const input = setup(i++);
    const t0 = now();
    run(input);
    warmUs += now() - t0;
    warmCalls++;
  }
  const batch = Math.max(1, Math.ceil(minSampleUs / Math.max(warmUs / warmCalls, 1e-3)));

  const samples: number[] = [];
  const inputs: T[] = new Array<T>(batch);
  const start = now();
  while (samples.length < maxSamples && (samples.length < minSamples || now() - start < budgetMs * 1e3)) {
    for (let k = 0; k < batch; k++) inputs[k] = setup(i++);
    const t0 = now();
    for (let k = 0; k < batch; k++) run(inputs[k]!);
    samples.push((now() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return {
    medianUs: quantile(samples, 0.5),
    p95Us: quantile(samples, 0.95),
    samples: samples.length,
    calls: samples.length * batch,
  };
}

/**
 * Times `run(i)` and `baseline(i)` side by side: after every sample of `run`, one sample of
 * `baseline`, so both medians come from the same stretch of time. On a shared machine whose speed
 * drifts (other virtual machines on the host, frequency changes), timing the two one after the
 * other compares a slow moment with a fast one.
 */
export function measurePaired(
  run: (i: number) => void,
  baseline: (i: number) => void,
  options: MeasureOptions,
): { run: Timing; baseline: Timing } {
  const { budgetMs, minSamples = 5, maxSamples = 5000, minSampleUs = 20 } = options;
  const batchOf = (fn: (i: number) => void): number => {
    let us = 0;
    let calls = 0;
    const start = now();
    while (calls < 3 || now() - start < budgetMs * 0.05e3) {
      const t0 = now();
      fn(calls++);
      us += now() - t0;
    }
    return Math.max(1, Math.ceil(minSampleUs / Math.max(us / calls, 1e-3)));
  };
  const runBatch = batchOf(run);
  const baselineBatch = batchOf(baseline);
  const runSamples: number[] = [];
  const baselineSamples: number[] = [];
  let i = 0;
  let j = 0;
  const start = now();
  while (runSamples.length < maxSamples && (runSamples.length < minSamples || now() - start < budgetMs * 1e3)) {
    let t0 = now();
    for (let k = 0; k < runBatch; k++) run(i++);
    runSamples.push((now() - t0) / runBatch);
    t0 = now();
    for (let k = 0; k < baselineBatch; k++) baseline(j++);
    baselineSamples.push((now() - t0) / baselineBatch);
  }
  const timing = (samples: number[], batch: number): Timing => {
    samples.sort((a, b) => a - b);
    return { medianUs: quantile(samples, 0.5), p95Us: quantile(samples, 0.95), samples: samples.length, calls: samples.length * batch };
  };
  return { run: timing(runSamples, runBatch), baseline: timing(baselineSamples, baselineBatch) };
}

/** Microseconds from an arbitrary origin. */
function now(): number {
  return Number(process.hrtime.bigint()) / 1e3;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Reads a Chromium trace (Tracing domain, devtools.timeline + toplevel categories) of the page's
 * renderer: how much main-thread CPU the page used, how much of it ran in the extension's content
 * script, and the longest task the extension caused. CPU time (`tdur`), not wall time (`dur`): on a
 * shared machine the renderer is descheduled now and then, which inflates wall time at random.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

export interface PageCost {
  /** Main-thread CPU of all top-level tasks in the window, ms. */
  mainThreadMs: number;
  /** Of which in functions of the extension's scripts (outermost calls only), ms. */
  oursMs: number;
  /** Calls from the browser into the extension's scripts (observer callbacks, frames, timers). */
  ourCalls: number;
  /** The extension's CPU per entry point (minified name @ line:column of the built script), to see where it goes. */
  byFunction: Record<string, { calls: number; ms: number }>;
  /** The task with the most extension CPU: the extension's share and the whole task, ms. */
  longestOurs: { oursMs: number; taskMs: number } | null;
  tasks: number;
}

const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;

/** The renderer main thread that ran the most top-level task CPU: the page's, during a stream. */
export function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best: { pid: number; tid: number; ms: number } | null = null;
  for (const m of mains) {
    const ms = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.ph === 'X').reduce((n, e) => n + cpu(e), 0);
    if (!best || ms > best.ms) best = { pid: m.pid, tid: m.tid, ms };
  }
  if (!best) throw new Error('the trace has no renderer main thread');
  return best;
}

/** Outermost events only: an event inside an earlier one (same thread, by time) is dropped. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    kept.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return kept;
}

export function pageCost(events: readonly TraceEvent[], isOurs: (scriptUrl: string) => boolean): PageCost {
  const { pid, tid } = pageMainThread(events);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = outermost(onMain.filter((e) => e.name === 'RunTask'));
  const ours = outermost(onMain.filter((e) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && isOurs(e.args?.data?.url ?? '')));

  let longest: PageCost['longestOurs'] = null;
  let t = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    let oursMs = 0;
    while (t < ours.length && ours[t]!.ts < task.ts) t++;
    for (let i = t; i < ours.length && ours[i]!.ts < end; i++) oursMs += cpu(ours[i]!);
    if (oursMs > 0 && (!longest || oursMs > longest.oursMs)) longest = { oursMs, taskMs: cpu(task) };
  }
  const byFunction: PageCost['byFunction'] = {};
  for (const e of ours) {
    const d = e.args?.data;
    const name = `${d?.functionName || '(anonymous)'}@${d?.lineNumber ?? '?'}:${d?.columnNumber ?? '?'}`;
    const entry = (byFunction[name] ??= { calls: 0, ms: 0 });
    entry.calls++;
    entry.ms += cpu(e);
  }
  return {
    byFunction,
    mainThreadMs: tasks.reduce((n, e) => n + cpu(e), 0),
    oursMs: ours.reduce((n, e) => n + cpu(e), 0),
    ourCalls: ours.length,
    longestOurs: longest,
    tasks: tasks.length,
  };
}

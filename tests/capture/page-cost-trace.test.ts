import { describe, expect, it } from 'vitest';
import { pageCost, pageMainThread, type TraceEvent } from '../../bench/page-cost-trace';

const OURS = 'chrome-extension://abc/content-scripts/chat.js';
const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (ts: number, dur: number, tdur = dur, pid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid, tid: pid, ts, dur, tdur });
const call = (ts: number, dur: number, url: string, functionName = 'f', pid = 1): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  tdur: dur,
  args: { data: { url, functionName, lineNumber: 0, columnNumber: 7 } },
});

describe('pageCost', () => {
  it('sums top-level task CPU, our outermost calls, and finds the task with most of ours', () => {
    const events = [
      meta(1, 1, 'CrRendererMain'),
      meta(2, 2, 'CrRendererMain'),
      task(0, 10_000),
      call(1_000, 2_000, OURS, 'tick'),
      call(1_500, 500, OURS, 'inner'), // nested in the call above: not counted twice
      call(4_000, 1_000, 'https://chatgpt.com/app.js'),
      task(20_000, 30_000, 25_000),
      call(21_000, 20_000, OURS, 'tick'),
      task(60_000, 5_000),
      task(61_000, 1_000), // nested task: not counted
      task(0, 500_000, 500_000, 2), // another renderer, busier
    ];
    // The page's renderer is the one with the most main-thread CPU.
    expect(pageMainThread(events)).toMatchObject({ pid: 2, tid: 2 });
    const page = events.filter((e) => e.pid === 1);
    const cost = pageCost(page, (url) => url === OURS);
    expect(cost.mainThreadMs).toBe(10 + 25 + 5);
    expect(cost.oursMs).toBe(2 + 20);
    expect(cost.ourCalls).toBe(2);
    expect(cost.longestOurs).toEqual({ oursMs: 20, taskMs: 25 });
    expect(cost.byFunction).toEqual({ 'tick@0:7': { calls: 2, ms: 22 } });
  });

  it('fails clearly on a trace without a renderer', () => {
    expect(() => pageCost([task(0, 1)], () => true)).toThrow(/no renderer main thread/);
  });
});

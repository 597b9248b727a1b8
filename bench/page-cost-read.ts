/**
 * The largest single piece of the content script's cost to the page (see page-cost.ts), alone: reading
 * the finished 20 KB reply with the ChatGPT adapter, in real Chromium, as the content script finds it —
 * code warmed on the page's own replies, the reply's DOM never read before. One fresh page per sample;
 * CPU time of the read from the trace (`tdur`), then of five more reads of the same DOM (warm).
 *
 *   npx tsx bench/page-cost-read.ts [--pages 8] [--sliced] [--slice-ms 5] [--json]
 *
 * `--sliced` reads through SlicedRead, one task per slice, as the watcher does (the page's own replies
 * too, when they warm the code up); the slice is the watcher's (5 ms) unless `--slice-ms` says. The
 * figure is then the sum of the slices, and the longest slice is printed too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { launchChromium } from '../tests/e2e/harness/browsers';
import { loadSavedPage } from '../tests/e2e/harness/expected';
import { sleep } from '../tests/e2e/harness/wait';
import type { TraceEvent } from './page-cost-trace';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '8' },
    sliced: { type: 'boolean', default: false },
    'slice-ms': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const PAGES = Number(values.pages);
const SLICE_MS = values['slice-ms'] === undefined ? null : Number(values['slice-ms']);
if (SLICE_MS !== null && !(SLICE_MS >= 0)) throw new Error(`--slice-ms must be a number of milliseconds, got ${values['slice-ms']}`);
if (!Number.isInteger(PAGES) || PAGES < 1) throw new Error(`--pages must be a positive whole number, got ${values.pages}`);
const WARM_READS = 5;
const READ_GAP_MS = 200;
const saved = loadSavedPage('chatgpt/rs-five-pairs.html');
const SCRIPT_URL = new URL('/__speclens-bench-read.js', saved.url).href;

/** The adapter and the text reader, bundled for the page; each read runs in a timer task of its own. */
const entry = `
import { chatgpt } from './sites/chatgpt';
import { SlicedRead } from './sites/shared';
import { DEFAULT_WATCHER_OPTIONS } from './capture/options';
const lastReply = () => chatgpt.findTurns(document).filter((t) => t.role === 'assistant').at(-1);
const sliceMs = ${JSON.stringify(SLICE_MS)} ?? DEFAULT_WATCHER_OPTIONS.textSliceMs;
function readAll(turn, sliced) {
  if (!sliced) return chatgpt.turnText(turn);
  const reading = new SlicedRead(sliceMs, () => performance.now());
  for (;;) {
    const text = reading.step(() => chatgpt.turnText(turn));
    if (text !== null) return text;
  }
}
globalThis.__benchRead = {
  warmUp(sliced) { for (const turn of chatgpt.findTurns(document)) readAll(turn, sliced); },
  read(sliced) {
    return new Promise((resolve) => {
      const turn = lastReply();
      const reading = new SlicedRead(sliceMs, () => performance.now());
      const step = () => {
        const text = sliced ? reading.step(() => chatgpt.turnText(turn)) : chatgpt.turnText(turn);
        if (text === null) setTimeout(step, 0);
        else resolve(text.length);
      };
      setTimeout(step, 0);
    });
  },
};`;
const bundle = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'error' });
const script = bundle.outputFiles[0]!.text;

/** The page's last reply grown to 20 KB the way the page-cost benchmark streams it: the reply repeated. */
const GROW = `(() => {
  const all = document.querySelectorAll('[data-message-author-role="assistant"]');
  const reply = all[all.length - 1];
  const copy = [...reply.childNodes].map((n) => n.cloneNode(true));
  const size = copy.reduce((n, node) => n + node.textContent.length, 0);
  for (let chars = reply.textContent.length; chars < 20000; chars += size) for (const node of copy) reply.appendChild(node.cloneNode(true));
  return reply.querySelectorAll('*').length;
})()`;

const browser = await launchChromium({ extensionDir: null });
const first: number[] = [];
const warm: number[] = [];
let longestSlice = 0;
let chars = 0;
let elements = 0;
try {
  for (let p = 0; p < PAGES; p++) {
    const page = await browser.open(saved.url, saved.html, '');
    await page.playwright.route(SCRIPT_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: script }));
    await page.playwright.addScriptTag({ url: SCRIPT_URL });
    await page.evaluate(`__benchRead.warmUp(${values.sliced})`);
    elements = await page.evaluate<number>(GROW);
    const cdp = await browser.context.newCDPSession(page.playwright);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' } as never);
    // Reads one after the other, READ_GAP_MS apart: the gap tells the tasks of one read from the next's.
    for (let r = 0; r <= WARM_READS; r++) {
      if (r > 0) await sleep(READ_GAP_MS);
      chars = await page.evaluate<number>(`__benchRead.read(${values.sliced})`);
    }
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    await page.close();
    const calls = events.filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.url === SCRIPT_URL).sort((a, b) => a.ts - b.ts);
    if (calls.length < WARM_READS + 1) throw new Error(`expected at least ${WARM_READS + 1} reads in the trace, found ${calls.length} calls`);
    // Group the calls into reads: a read's slices follow each other within a few milliseconds.
    const reads: number[][] = [];
    let lastEnd = -Infinity;
    for (const call of calls) {
      if (call.ts - lastEnd > (READ_GAP_MS / 2) * 1000) reads.push([]);
      reads.at(-1)!.push((call.tdur ?? call.dur ?? 0) / 1000);
      lastEnd = call.ts + (call.dur ?? 0);
    }
    if (reads.length !== WARM_READS + 1) throw new Error(`expected ${WARM_READS + 1} reads, found ${reads.length}`);
    const sums = reads.map((slices) => slices.reduce((a, b) => a + b, 0));
    first.push(sums[0]!);
    warm.push(...sums.slice(1));
    longestSlice = Math.max(longestSlice, ...reads[0]!);
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const result = {
  page: 'chatgpt/rs-five-pairs.html',
  reply: { chars, elements },
  sliced: values.sliced,
  pages: PAGES,
  firstReadMs: { median: median(first), all: first },
  warmReadMs: { median: median(warm), min: Math.min(...warm) },
  ...(values.sliced ? { longestSliceMs: longestSlice } : {}),
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`Reading the finished reply: ${result.page}, ${chars} characters of text from ${elements} elements${values.sliced ? ', in slices' : ''}`);
  console.log(`first read (CPU)  median ${ms(result.firstReadMs.median)} of ${PAGES} pages  [${first.map((x) => x.toFixed(1)).join(' ')}]`);
  console.log(`warm reads (CPU)  median ${ms(result.warmReadMs.median)}, best ${ms(result.warmReadMs.min)}`);
  if (values.sliced) console.log(`longest slice      ${ms(longestSlice)}`);
}

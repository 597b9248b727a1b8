/**
 * The background service worker is stopped in the middle of a burst of captures; whatever the sender
 * got no answer for is sent again; then every capture must be stored exactly once.
 *
 *   npx wxt build && npx tsx tests/e2e/sw-restart.ts [--report FILE.json]
 *
 * Real Chromium (the built .output/chrome-mv3), the worker stopped with the DevTools protocol's
 * ServiceWorker.stopAllWorkers, which is what Chrome does to an idle or misbehaving extension worker.
 * Captures are sent from an extension page with runtime.sendMessage, the same message the content
 * script sends, so the test exercises the background and IndexedDB, not page reading.
 * Prints one line per check, ends with "N passed, N failed" and exits 1 when any failed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CaptureEvent } from '../../capture/types';
import { CHROMIUM_PATH, launchChromium } from './harness/browsers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION_DIR = path.join(root, '.output', 'chrome-mv3');
const { values: args } = parseArgs({ options: { report: { type: 'string' } } });
const BURST = 100;
/** Stop the worker once this many captures have been answered. */
const STOP_AFTER_ACKS = 12;
// Sent faster than the worker answers, so captures are always in flight when it stops.
const GAP_MS = 2;

function captureEvent(n: number): CaptureEvent {
  return {
    key: `chatgpt|id:m-${n}|restart`,
    slot: `chatgpt|c:restart|${n}`,
    version: 1,
    origin: 'live',
    exchange: {
      site: 'chatgpt',
      conversationId: 'restart',
      model: 'gpt-test',
      url: 'https://chatgpt.com/c/restart',
      capturedAt: new Date(Date.UTC(2026, 10, 30, 12) + n * 1000).toISOString(),
      turns: [
        { id: `u-${n}`, role: 'user', text: `Recommend science fiction book number ${n}.` },
        { id: `m-${n}`, role: 'assistant', text: `As an AI language model, I do not read books, but many readers love Dune (${n}).` },
      ],
    },
  };
}

interface SendOutcome {
  key: string;
  ok: boolean;
  created?: boolean;
  error?: string;
}

/** Runs in the extension page: sends each capture after a short gap, recording every answer or failure. */
const BURST_SCRIPT = `async (events, gapMs, stopAfter) => {
  window.__acks = 0;
  const sends = events.map((capture, i) => new Promise((resolve) => setTimeout(resolve, i * gapMs)).then(() =>
    chrome.runtime.sendMessage({ type: 'speclens/capture', capture }).then(
      (r) => { if (r && r.ok && ++window.__acks === stopAfter) window.__stopWorker(); return { key: capture.key, ok: !!(r && r.ok), created: r && r.created, error: r && r.error }; },
      (e) => ({ key: capture.key, ok: false, error: String(e && e.message || e) }),
    )));
  return Promise.all(sends);
}`;

const results: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

const missing = !existsSync(path.join(EXTENSION_DIR, 'manifest.json'))
  ? '.output/chrome-mv3 is missing: run npm run build first'
  : !existsSync(CHROMIUM_PATH)
    ? `${CHROMIUM_PATH} is missing: apt-get install -y chromium`
    : null;
if (missing) {
  check('service worker restart in the middle of a burst', false, missing);
} else {
  const browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  try {
    await run(browser);
  } catch (err) {
    check('the test ran to the end', false, err instanceof Error ? err.message : String(err));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (args.report) writeFileSync(args.report, JSON.stringify({ passed: results.length - failed, failed, tests: results }, null, 2));
process.exit(failed === 0 ? 0 : 1);

async function run(browser: Awaited<ReturnType<typeof launchChromium>>): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const cdp = await browser.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.includes(browser.extensionId!)) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  // A first request waits until the worker has started and compiled the rules, so the burst meets a warm worker.
  await page.evaluate(`chrome.runtime.sendMessage({ type: 'speclens/data/get-settings' })`);

  // The page tells the test the moment enough captures are answered; the test stops the worker at once.
  let acksAtStop = -1;
  let stopped!: () => void;
  const stopRequested = new Promise<void>((resolve) => (stopped = resolve));
  await page.exposeFunction('__stopWorker', async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    acksAtStop = await page.evaluate<number>('window.__acks');
    stopped();
  });
  const events = Array.from({ length: BURST }, (_, i) => captureEvent(i + 1));
  const stoppedAt = statuses.length;
  const burst = page.evaluate(`(${BURST_SCRIPT})(${JSON.stringify(events)}, ${GAP_MS}, ${STOP_AFTER_ACKS})`) as Promise<SendOutcome[]>;
  const outcomes = await burst;
  await Promise.race([stopRequested, new Promise((r) => setTimeout(r, 10_000))]);
  if (acksAtStop < 0) throw new Error(`the worker was never stopped: fewer than ${STOP_AFTER_ACKS} captures were answered`);
  const unanswered = outcomes.filter((o) => !o.ok);
  const stopSeen = () => statuses.slice(stoppedAt).some((st) => st === 'stopping' || st === 'stopped');
  for (const deadline = Date.now() + 10_000; !stopSeen() && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
  const after = statuses.slice(stoppedAt);
  check(
    'the worker was stopped in the middle of the burst',
    stopSeen() && acksAtStop < BURST && unanswered.length > 0,
    `${acksAtStop} of ${BURST} answered before the stop; worker states after it: ${after.join(' > ')}`,
  );
  console.log(`     ${unanswered.length} captures got no answer (${[...new Set(unanswered.map((o) => o.error))].join(' | ')})`);

  // The sender sends again whatever got no answer, until it is answered.
  let resent = 0;
  let storedBeforeTheStop = 0;
  for (const o of unanswered) {
    const event = events.find((e) => e.key === o.key)!;
    for (let attempt = 1; ; attempt++) {
      const r = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'speclens/capture', capture: event })}).catch((e) => ({ ok: false, error: String(e) }))`)) as SendOutcome;
      if (r.ok) {
        if (r.created === false) storedBeforeTheStop++;
        break;
      }
      if (attempt === 5) throw new Error(`capture ${o.key} was refused 5 times: ${r.error}`);
    }
    resent++;
  }
  check(
    'every unanswered capture was accepted on resending',
    resent === unanswered.length,
    `${resent} resent; ${storedBeforeTheStop} of them had been stored before the stop and were recognised as already stored`,
  );

  // Ground truth, read straight from IndexedDB: the extension page shares the worker's origin and database.
  const stored = (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('speclens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['exchanges', 'findings', 'conversations']);
      const out = {};
      tx.objectStore('exchanges').getAll().onsuccess = (e) => { out.exchanges = e.target.result.map((x) => ({ id: x.id, findingCount: x.findingCount })); };
      tx.objectStore('findings').getAll().onsuccess = (e) => { out.findings = e.target.result.map((f) => ({ id: f.id, exchangeId: f.exchangeId })); };
      tx.objectStore('conversations').getAll().onsuccess = (e) => { out.conversations = e.target.result; };
      tx.oncomplete = () => { open.result.close(); resolve(out); };
      tx.onerror = () => reject(tx.error);
    };
  })`)) as { exchanges: { id: string; findingCount: number }[]; findings: { id: string; exchangeId: string }[]; conversations: { id: string; exchangeCount: number }[] };

  const storedIds = new Set(stored.exchanges.map((e) => e.id));
  const missing = events.filter((e) => !storedIds.has(e.key)).map((e) => e.key);
  check('no capture was lost', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${stored.exchanges.length} exchanges stored`);
  check('no capture was stored twice', stored.exchanges.length === BURST, `${stored.exchanges.length} exchange records for ${BURST} captures`);
  const findingsPerExchange = new Map<string, number>();
  for (const f of stored.findings) findingsPerExchange.set(f.exchangeId, (findingsPerExchange.get(f.exchangeId) ?? 0) + 1);
  const wrongCounts = stored.exchanges.filter((e) => (findingsPerExchange.get(e.id) ?? 0) !== e.findingCount || e.findingCount === 0);
  check('every exchange has its findings exactly once', wrongCounts.length === 0, `${stored.findings.length} findings` + (wrongCounts.length ? `; wrong for ${wrongCounts.map((e) => e.id).join(', ')}` : ''));
  const conversation = stored.conversations.find((c) => c.id === 'chatgpt|restart');
  check('the conversation counts each exchange once', conversation?.exchangeCount === BURST, `exchangeCount ${conversation?.exchangeCount}`);

  const listed = (await page.evaluate(`chrome.runtime.sendMessage({ type: 'speclens/data/stats', filters: { sites: ['chatgpt'] } })`)) as {
    ok: boolean;
    value?: { total: { total: number } };
  };
  check('the worker started again after the stop', statuses.slice(stoppedAt).includes('running'), `worker states since the stop: ${statuses.slice(stoppedAt).join(' > ')}`);
  check('the dashboard statistics agree after the restart', listed.ok && listed.value!.total.total === stored.findings.length, `stats total ${listed.value?.total.total}`);
}

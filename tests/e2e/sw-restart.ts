/**
 * The background service worker is stopped in the middle of a burst of captures; whatever the sender
 * got no answer for is sent again; then every capture must be stored exactly once.
 *
 *   npx wxt build && npx tsx tests/e2e/sw-restart.ts
 *
 * Real Chromium (the built .output/chrome-mv3), the worker stopped with the DevTools protocol's
 * ServiceWorker.stopAllWorkers, which is what Chrome does to an idle or misbehaving extension worker.
 * Captures are sent from an extension page with runtime.sendMessage, the same message the content
 * script sends, so the test exercises the background and IndexedDB, not page reading.
 * Prints one line per check and exits 1 when any fails.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaptureEvent } from '../../capture/types';
import { launchChromium } from './harness/browsers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION_DIR = path.join(root, '.output', 'chrome-mv3');
const BURST = 60;
/** Stop the worker once this many captures have been answered. */
const STOP_AFTER_ACKS = 12;
const GAP_MS = 15;

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
const BURST_SCRIPT = `async (events, gapMs) => {
  window.__acks = 0;
  const sends = events.map((capture, i) => new Promise((resolve) => setTimeout(resolve, i * gapMs)).then(() =>
    chrome.runtime.sendMessage({ type: 'speclens/capture', capture }).then(
      (r) => { if (r && r.ok) window.__acks++; return { key: capture.key, ok: !!(r && r.ok), created: r && r.created, error: r && r.error }; },
      (e) => ({ key: capture.key, ok: false, error: String(e && e.message || e) }),
    )));
  return Promise.all(sends);
}`;

const results: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

const browser = await launchChromium({ extensionDir: EXTENSION_DIR });
try {
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

  const events = Array.from({ length: BURST }, (_, i) => captureEvent(i + 1));
  const burst = page.evaluate(`(${BURST_SCRIPT})(${JSON.stringify(events)}, ${GAP_MS})`) as Promise<SendOutcome[]>;
  await page.waitForFunction(`window.__acks >= ${STOP_AFTER_ACKS}`, undefined, { timeout: 60_000 });
  const acksAtStop = await page.evaluate<number>('window.__acks');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const stoppedAt = statuses.length;
  const outcomes = await burst;
  const unanswered = outcomes.filter((o) => !o.ok);
  check('the worker was stopped in the middle of the burst', statuses.includes('stopped') && acksAtStop < BURST, `${acksAtStop} of ${BURST} answered before the stop; worker states after it: ${statuses.slice(stoppedAt - 1).join(' > ')}`);
  console.log(`     ${unanswered.length} captures got no answer (${[...new Set(unanswered.map((o) => o.error))].join(' | ')})`);

  // The sender sends again whatever got no answer, until it is answered.
  let resent = 0;
  for (const o of unanswered) {
    const event = events.find((e) => e.key === o.key)!;
    for (let attempt = 1; ; attempt++) {
      const r = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'speclens/capture', capture: event })}).catch((e) => ({ ok: false, error: String(e) }))`)) as SendOutcome;
      if (r.ok) break;
      if (attempt === 5) throw new Error(`capture ${o.key} was refused 5 times: ${r.error}`);
    }
    resent++;
  }
  check('every unanswered capture was stored on resending', resent === unanswered.length, `${resent} resent`);

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
  check('the dashboard statistics agree after the restart', listed.ok && listed.value!.total.total === stored.findings.length, `stats total ${listed.value?.total.total}`);
} finally {
  await browser.close();
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

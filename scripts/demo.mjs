#!/usr/bin/env node
/**
 * `npm run demo`: builds the DEMO build of the extension (the normal build plus read access to the
 * demo chat page on 127.0.0.1), serves the demo chat page, starts /usr/bin/chromium with the
 * extension loaded, adds the page as a self-hosted chat on the options page (as a user would), replays
 * every sample conversation with streaming, and reports what SpecLens found beside each reply.
 *
 *   node scripts/demo.mjs [--headless | --headed] [--no-build] [--out DIR] [--only ID[,ID…]] [--port N] [--summary FILE.json]
 *     [--color-scheme light|dark]
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY) the browser window stays open until Ctrl-C; without one
 * it runs headless, writes screenshots to demo-output/ (the chat page with its badges, the open
 * findings panel, the dashboard, the options page), prints the findings table and exits.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { loadDemoConversations, loadExpectedRules, startDemoServer } from '../demo/server.mjs';
import { ensureDebianPackages } from './prerequisites.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3-demo');
const CHROMIUM = process.env.SPECLENS_CHROMIUM ?? '/usr/bin/chromium';
/** Conversations replayed at once (each in its own tab). */
const PARALLEL = 10;
const CAPTURE_TIMEOUT_MS = 45_000;
const BADGE_TIMEOUT_MS = 15_000;
const HOST_SELECTOR = '[data-speclens-host]';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean' },
    headed: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    out: { type: 'string', default: 'demo-output' },
    only: { type: 'string' },
    port: { type: 'string', default: '0' },
    /** Writes what the run found and produced as JSON (for tests/e2e/demo.e2e.ts). */
    summary: { type: 'string' },
    /** The colour scheme the pages see (prefers-color-scheme); default: the system's. */
    'color-scheme': { type: 'string' },
  },
});
const headless = values.headless || (!values.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = path.resolve(ROOT, values.out);
const colorScheme = values['color-scheme'];
if (colorScheme !== undefined && colorScheme !== 'light' && colorScheme !== 'dark') {
  console.error(`demo: --color-scheme must be light or dark, not "${colorScheme}"`);
  process.exit(2);
}

const log = (line) => console.log(`demo: ${line}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => resolve({ code: -1, error: error.message }));
    child.on('close', (code) => resolve({ code: code ?? -1 }));
  });
}

async function buildDemoExtension() {
  log('building the demo extension (wxt build --mode demo) …');
  const started = Date.now();
  const { code, error } = await run(path.join(ROOT, 'node_modules', '.bin', 'wxt'), ['build', '--mode', 'demo']);
  if (code !== 0) throw new Error(`wxt build --mode demo exited with ${code}${error ? `: ${error}` : ''}`);
  log(`built ${path.relative(ROOT, EXTENSION_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function launch() {
  const profile = mkdtempSync(path.join(tmpdir(), 'speclens-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    // Ctrl-C in headed mode is ours: it closes the browser and the server, then exits 0.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Nothing in the demo needs the network: only the demo page on 127.0.0.1 resolves.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
    viewport: { width: 1280, height: 860 },
    ...(colorScheme ? { colorScheme } : {}),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Options → Sites → Self-hosted chats → Add: the same clicks a user makes (the demo build already holds the permission). */
async function addDemoSite(page, extensionId, origin) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const input = page.locator('#self-hosted-origin');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(origin);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const message = page.locator('#self-hosted-message');
  await page.waitForFunction(() => /added|not|could|refused/i.test(document.querySelector('#self-hosted-message')?.textContent ?? ''), null, { timeout: 15_000 });
  const text = (await message.textContent()) ?? '';
  if (!/added/.test(text)) throw new Error(`the options page did not add ${origin}: ${text}`);
  log(`options page: ${text}`);
}

/** Stored exchanges and findings, read from the extension's IndexedDB on an extension page. */
function readStore(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('speclens');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store) =>
      new Promise((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [exchanges, findings] = [await all('exchanges'), await all('findings')];
    db.close();
    return {
      exchanges: exchanges.map((e) => ({ id: e.id, url: e.url, site: e.site, model: e.model, turns: e.turns.map((t) => ({ id: t.id, role: t.role, text: t.text })), replyTurnId: e.replyTurnId })),
      findings: findings.map((f) => ({ exchangeId: f.exchangeId, ordinal: f.ordinal, ruleId: f.ruleId, title: f.title, severity: f.severity, confidence: f.confidence, section: f.section })),
    };
  });
}

const conversationOf = (url, origin) => {
  const match = url && url.startsWith(origin) ? /\/c\/([\w-]+)/.exec(new URL(url).pathname) : null;
  return match?.[1] ?? null;
};

async function replayAll(context, storePage, origin, conversations) {
  const pages = new Map();
  const speed = headless ? '?speed=fast' : '';
  for (let i = 0; i < conversations.length; i += PARALLEL) {
    const batch = conversations.slice(i, i + PARALLEL);
    await Promise.all(
      batch.map(async (c) => {
        const page = await context.newPage();
        pages.set(c.id, page);
        await page.goto(`${origin}/c/${c.id}${speed}`);
      }),
    );
    const wanted = new Set(batch.map((c) => c.id));
    const deadline = Date.now() + CAPTURE_TIMEOUT_MS;
    for (;;) {
      const { exchanges } = await readStore(storePage);
      const stored = new Set(exchanges.map((e) => conversationOf(e.url, origin)));
      const missing = [...wanted].filter((id) => !stored.has(id));
      if (missing.length === 0) break;
      if (Date.now() > deadline) throw new Error(`no reply was stored for ${missing.join(', ')} within ${CAPTURE_TIMEOUT_MS / 1000} s`);
      await sleep(250);
    }
    log(`captured ${Math.min(i + PARALLEL, conversations.length)} of ${conversations.length} conversations`);
  }
  return pages;
}

/**
 * Whether SpecLens's in-page badge appeared next to the reply (it belongs to another part of the
 * extension). `visible` also waits until it is placed on screen, which needs the tab in front.
 */
async function waitForBadge(page, { visible = false } = {}) {
  try {
    await page.waitForFunction(
      ({ selector, visible }) => {
        const host = document.querySelector(selector);
        if (!host?.shadowRoot?.querySelector('button')) return false;
        return !visible || getComputedStyle(host).visibility !== 'hidden';
      },
      { selector: HOST_SELECTOR, visible },
      { timeout: BADGE_TIMEOUT_MS },
    );
    return true;
  } catch {
    return false;
  }
}

function pad(text, width) {
  const s = String(text);
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
}

function printTable(rows) {
  const widths = [30, 42, 44];
  const line = (cells) => console.log(cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
  line(['Conversation', 'Reply', 'SpecLens findings (severity, confidence)']);
  line(widths.map((w) => '─'.repeat(w)));
  for (const row of rows) {
    const findings = row.findings.length ? row.findings.map((f) => `${f.ruleId} (${f.severity}, ${f.confidence})`) : ['✓ no findings'];
    findings.forEach((f, i) => line(i === 0 ? [row.id, row.reply, f] : ['', '', f]));
  }
}

async function screenshotDashboard(context, extensionId, file) {
  if (!existsSync(path.join(EXTENSION_DIR, 'dashboard.html'))) return 'skipped: this build has no dashboard page';
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  // The dashboard renders its list from the background; give it until it shows a finding's rule id or two seconds.
  await page.waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').length > 200, null, { timeout: 10_000 }).catch(() => undefined);
  await sleep(700);
  await page.screenshot({ path: file });
  return file;
}

async function main() {
  const conversations = loadDemoConversations();
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  const chosen = only ? conversations.filter((c) => only.has(c.id)) : conversations;
  if (chosen.length === 0) throw new Error(`no sample conversation is called ${values.only}`);
  if (!existsSync(CHROMIUM) && !process.env.SPECLENS_CHROMIUM) {
    // A fresh Debian machine: install Debian's Chromium (it honours --load-extension) when running as root.
    const problems = ensureDebianPackages(['chromium']);
    if (problems.length) throw new Error(problems.join('; '));
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set SPECLENS_CHROMIUM)`);
  if (!values['no-build']) await buildDemoExtension();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run without --no-build`);

  const server = await startDemoServer({ port: Number(values.port) });
  log(`demo chat page at ${server.origin}`);
  const browser = await launch();
  let keepOpen = false;
  try {
    const started = Date.now();
    const optionsPage = await browser.context.newPage();
    await addDemoSite(optionsPage, browser.extensionId, server.origin);
    const pages = await replayAll(browser.context, optionsPage, server.origin, chosen);
    const { exchanges, findings } = await readStore(optionsPage);

    const expected = loadExpectedRules();
    const rows = chosen.map((c) => {
      const exchange = exchanges.find((e) => conversationOf(e.url, server.origin) === c.id);
      const reply = exchange?.turns.find((t) => t.id === exchange.replyTurnId)?.text ?? '';
      const own = findings.filter((f) => f.exchangeId === exchange?.id).sort((a, b) => a.ordinal - b.ordinal);
      return { id: c.id, reply: reply.replace(/\s+/g, ' '), findings: own, expected: expected.get(c.id) ?? [] };
    });
    console.log('');
    printTable(rows);
    const total = rows.reduce((n, r) => n + r.findings.length, 0);
    const expectedHit = rows.filter((r) => r.expected.length > 0 && r.expected.every((id) => r.findings.some((f) => f.ruleId === id))).length;
    const withExpected = rows.filter((r) => r.expected.length > 0).length;
    console.log('');
    log(`${total} findings on ${rows.length} replies in ${((Date.now() - started) / 1000).toFixed(1)} s; the sample's expected rules all fired on ${expectedHit} of ${withExpected} replies`);

    // The reply with the most findings is the one on the screenshots.
    const featured = [...rows].sort((a, b) => b.findings.length - a.findings.length)[0];
    const page = pages.get(featured.id);
    await page.bringToFront();
    const badges = await Promise.all(chosen.map((c) => (c.id === featured.id ? waitForBadge(page, { visible: true }) : waitForBadge(pages.get(c.id)))));
    const badgeCount = badges.filter(Boolean).length;
    log(badgeCount ? `in-page badges beside ${badgeCount} of ${chosen.length} replies` : 'no in-page badge appeared (this build has no in-page findings UI)');

    if (headless) {
      mkdirSync(outDir, { recursive: true });
      const shots = {};
      shots.page = path.join(outDir, 'page.png');
      await page.screenshot({ path: shots.page });
      if (badges[chosen.findIndex((c) => c.id === featured.id)]) {
        await page.locator(HOST_SELECTOR).first().locator('button').first().click();
        await sleep(600);
        shots.panel = path.join(outDir, 'panel.png');
        await page.screenshot({ path: shots.panel });
      } else shots.panel = 'skipped: no in-page badge to open';
      shots.dashboard = await screenshotDashboard(browser.context, browser.extensionId, path.join(outDir, 'dashboard.png'));
      await optionsPage.bringToFront();
      await optionsPage.reload();
      await optionsPage.locator('.opt-table').waitFor({ timeout: 10_000 });
      await optionsPage.evaluate(() => window.scrollTo(0, 0)); // a reload keeps the earlier scroll position
      shots.options = path.join(outDir, 'options.png');
      await optionsPage.screenshot({ path: shots.options });
      await optionsPage.locator('#sites').scrollIntoViewIfNeeded();
      shots.sites = path.join(outDir, 'options-sites.png');
      await optionsPage.screenshot({ path: shots.sites });
      for (const [name, file] of Object.entries(shots)) log(`screenshot ${name}: ${file.startsWith('skipped') ? file : path.relative(ROOT, file)}`);
      if (values.summary) {
        const summary = { origin: server.origin, extensionId: browser.extensionId, replies: rows, badges: badgeCount, screenshots: shots };
        writeFileSync(path.resolve(values.summary), JSON.stringify(summary, null, 2));
      }
      if (total === 0) throw new Error('SpecLens reported no findings at all on the sample conversations');
    } else {
      keepOpen = true;
      log(`the browser stays open on "${featured.id}"; every sample has its own tab. Press Ctrl-C to quit.`);
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
        browser.context.once('close', resolve);
      });
    }
  } finally {
    if (keepOpen) log('closing …');
    await browser.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

/**
 * The in-page review UI in real Chromium (and its badges in Firefox): a saved ChatGPT page whose last reply (streamed in the way
 * the site does it) quotes `<img src=x onerror=alert(1)>` and a `<script>` block as text. Checks that
 * a badge appears beside every reply and how soon after the background received the finished reply,
 * that the panel opens from the keyboard, that a confirm, a dismiss and a manual flag on selected text
 * reach IndexedDB, that the quoted markup stays characters (no dialog, no element, no console error),
 * and that the site's own DOM is left as it was. Screenshots of the badge and the open panel in the
 * light and the dark page go to docs/screenshots/.
 *
 *   npx wxt build && npx tsx tests/e2e/inpage.ts [--report FILE.json] [--screenshots DIR]
 *
 * Prints one line per check, ends with "N passed, N failed" and exits 1 when any failed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, FIREFOX_PATH, launchChromium, launchFirefox, type E2EBrowser, type SitePage } from './harness/browsers';
import { problemsOnPage } from './harness/console';
import { loadSavedPage } from './harness/expected';
import { DEFAULT_PLAN, PROFILES } from './harness/profiles';
import { streamerScript } from './harness/streamer';
import { sleep, waitFor } from './harness/wait';

const root = fileURLToPath(new URL('../..', import.meta.url));
const EXTENSION_DIR = path.join(root, '.output', 'chrome-mv3');
const { values: args } = parseArgs({ options: { report: { type: 'string' }, screenshots: { type: 'string' } } });
const SHOTS = path.resolve(root, args.screenshots ?? 'docs/screenshots');

const XSS_IMG = '<img src=x onerror=alert(1)>';
const XSS_SCRIPT = '<script>alert(document.cookie)</script>';
const PROMPT = `How do I show the text ${XSS_IMG} on a web page without it running?`;
const REPLY = [
  `Great question! 👍 To show ${XSS_IMG} as text, escape the angle brackets as &lt; and &gt; before you insert it.`,
  `Never paste it into a ${XSS_SCRIPT} block, and never assign it to innerHTML.`,
  "I'm 95% confident this works in every browser.",
];
/** Text the test selects in the reply before flagging it. */
const SELECTED = 'never assign it to innerHTML';
/** The badge must appear within this long after the background received the finished reply. */
const LATENCY_BUDGET_MS = 100;

const profile = PROFILES.find((p) => p.name === 'chatgpt')!;

/**
 * Runs before the streamer: puts the test's prompt and reply (as text nodes) into the last exchange,
 * gives the unstyled saved page a plain chat layout (light or dark), and notes when each SpecLens host
 * is added to the page.
 */
function pageSetup(theme: 'light' | 'dark'): string {
  const colors = theme === 'dark' ? { bg: '#212121', fg: '#ececec' } : { bg: '#ffffff', fg: '#0d0d0d' };
  return `(() => {
  window.__hostsAdded = [];
  window.__dialogs = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || !n.hasAttribute('data-speclens-host')) continue;
      const entry = { at: Date.now(), doneAt: null, host: n };
      window.__hostsAdded.push(entry);
      const done = () => { if (entry.doneAt === null && n.shadowRoot.querySelector('.sl-badge-button:not(.sl-badge-button--pending)')) entry.doneAt = Date.now(); };
      new MutationObserver(done).observe(n.shadowRoot, { subtree: true, childList: true, attributes: true });
      done();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    const last = (s) => { const all = document.querySelectorAll(s); return all[all.length - 1]; };
    const user = last('[data-message-author-role="user"]');
    const userText = user.querySelector('.whitespace-pre-wrap') || user;
    userText.textContent = ${JSON.stringify(PROMPT)};
    const reply = last('[data-message-author-role="assistant"]');
    const body = reply.querySelector('.markdown') || reply;
    body.replaceChildren(...${JSON.stringify([...REPLY, `(Shown on a ${theme} page.)`])}.map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
    const style = document.createElement('style');
    style.textContent = 'html, body { background: ${colors.bg}; color: ${colors.fg}; margin: 0; font: 16px/1.6 system-ui, sans-serif; }'
      + ' [data-testid^="conversation-turn"] { max-width: 720px; margin: 0 auto; padding: 4px 24px; }'
      + ' [data-message-author-role="user"] { margin-left: auto; max-width: 70%; background: ${theme === 'dark' ? '#303030' : '#f4f4f4'}; border-radius: 18px; padding: 8px 16px; }'
      + ' pre { overflow: auto; } button { display: none; } svg { width: 16px; height: 16px; }'
      + ' [aria-label="Response actions"] { height: 28px; }';
    document.head.append(style);
  }, { once: true });
})();`;
}

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
  check('in-page badge and panel', false, missing);
} else {
  const browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  try {
    await run(browser, 'light');
    await run(browser, 'dark');
  } catch (err) {
    check('the test ran to the end', false, err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

// Firefox: the badges render in its content-script world too (the panel flow above runs in Chromium only).
const FIREFOX_DIR = path.join(root, '.output', 'firefox-mv3');
if (!existsSync(path.join(FIREFOX_DIR, 'manifest.json')) || !existsSync(FIREFOX_PATH)) {
  check('firefox: a badge beside every reply', false, `${existsSync(FIREFOX_PATH) ? '.output/firefox-mv3 is missing: run npm run build first' : `${FIREFOX_PATH} is missing`}`);
} else {
  const firefox = await launchFirefox({ extensionDir: FIREFOX_DIR });
  try {
    await runFirefox(firefox);
  } catch (err) {
    check('firefox: the test ran to the end', false, err instanceof Error ? err.message : String(err));
  } finally {
    await firefox.close().catch(() => undefined);
  }
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
if (args.report) writeFileSync(args.report, JSON.stringify({ passed: results.length - failed, failed, tests: results }, null, 2));
process.exit(failed === 0 ? 0 : 1);

type Browser = Awaited<ReturnType<typeof launchChromium>>;

interface StoredDetail {
  findings: { id: string; ruleId: string; verdict: string }[];
  reviews: { findingId: string; verdict: string; note: string }[];
  annotations: { specAnchor: string; note: string; span: { quote: string } | null }[];
}

async function exchangeDetail(browser: Browser, exchangeId: string): Promise<StoredDetail> {
  const r = await browser.sendFromExtensionPage<{ ok: boolean; value: StoredDetail; error?: { message: string } }>({ type: 'speclens/data/get-exchange', exchangeId });
  if (!r.ok) throw new Error(`get-exchange failed: ${r.error?.message}`);
  return r.value;
}

async function run(browser: Browser, theme: 'light' | 'dark'): Promise<void> {
  const saved = loadSavedPage(profile.fixture);
  // The service worker notes when each capture arrives, to time the badge against it.
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(`(() => {
    if (globalThis.__captureTimes) return;
    globalThis.__captureTimes = {};
    chrome.runtime.onMessage.addListener((m) => { if (m && m.type === 'speclens/capture') globalThis.__captureTimes[m.capture.key] = Date.now(); });
  })()`);

  const site: SitePage = await browser.open(saved.url, saved.html, pageSetup(theme) + '\n' + streamerScript(profile));
  const page = browser.context.pages().find((p) => p.url() === saved.url) as Page;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  try {
    const replies = await site.evaluate<number>('document.querySelectorAll(\'[data-message-author-role="assistant"]\').length');
    await waitFor('badges beside the replies already on the page', async () => ((await hostKeys(page)).length >= replies - 1 ? true : undefined), 15_000);
    const streamedAt = Date.now();
    await site.evaluate(`window.__speclensStreamer.stream(${JSON.stringify({ ...DEFAULT_PLAN, pauseMs: 0, chunks: 20 })})`);
    const finishedAt = Date.now();
    const keys = await waitFor('the streamed reply\'s badge with its findings', async () => {
      const k = await hostKeys(page);
      return k.length >= replies && k.every((h) => h.doneAt !== null) ? k : undefined;
    }, 15_000);
    check(`${theme}: a badge beside every reply`, keys.length === replies, `${keys.length} badges for ${replies} replies`);

    // Latency: the badge is put on the page when the watcher reports the reply finished, before the
    // message leaves for the background; the findings fill it in when the background has stored them.
    const live = keys.at(-1)!;
    const received = await worker.evaluate<number>(`globalThis.__captureTimes[${JSON.stringify(live.key)}]`);
    const badgeLatency = live.at - received;
    const filledLatency = (live.doneAt ?? Infinity) - received;
    check(
      `${theme}: the badge appears within ${LATENCY_BUDGET_MS} ms of the reply finishing`,
      Number.isFinite(badgeLatency) && badgeLatency <= LATENCY_BUDGET_MS,
      `badge on the page ${-badgeLatency} ms before the background received the finished reply; findings shown ${filledLatency} ms after it (analysis, storage, answer); the stream ended ${finishedAt - streamedAt} ms after it began and the watcher's quiet period took ${received - finishedAt} ms more`,
    );
    console.log(`     latency ${theme}: badge ${badgeLatency} ms, findings ${filledLatency} ms (relative to the background receiving the reply)`);

    const badge = page.locator(`[data-speclens-host] .sl-root[data-key="${live.key}"] .sl-badge-button`);
    const label = (await badge.getAttribute('aria-label')) ?? '';
    check(`${theme}: the badge counts the findings by severity`, /3 findings \(3 low\)/.test(label), label);

    // A badge shows only while its reply is in view.
    await site.evaluate(`[...document.querySelectorAll('[data-message-author-role="assistant"]')].at(-1).scrollIntoView({ block: 'start' })`);
    await badge.waitFor({ state: 'visible', timeout: 5000 });

    // The panel, by keyboard: focus the badge, Enter, focus lands on the panel's heading; Escape closes it.
    await badge.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`[data-speclens-host] .sl-root[data-key="${live.key}"] .sl-panel`);
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    const focused = await page.evaluate(`(() => { const h = document.activeElement; return h && h.shadowRoot && h.shadowRoot.activeElement ? h.shadowRoot.activeElement.className : ''; })()`);
    check(`${theme}: Enter on the badge opens the panel and moves focus into it`, String(focused).includes('sl-panel-title'), `focused: ${focused}`);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden', timeout: 5000 });
    const back = await page.evaluate(`document.activeElement && document.activeElement.shadowRoot ? document.activeElement.shadowRoot.activeElement.className : ''`);
    check(`${theme}: Escape closes the panel and gives focus back to the badge`, String(back).includes('sl-badge-button'), `focused: ${back}`);

    // Select text in the reply, then reopen and review: Space on Confirm, Enter on Dismiss.
    await site.evaluate(`(() => {
      const last = [...document.querySelectorAll('[data-message-author-role="assistant"] p')].at(-3).firstChild;
      const at = last.data.indexOf(${JSON.stringify(SELECTED)});
      const range = document.createRange(); range.setStart(last, at); range.setEnd(last, at + ${SELECTED.length});
      const s = getSelection(); s.removeAllRanges(); s.addRange(range);
    })()`);
    await sleep(300);
    await badge.focus();
    await page.keyboard.press('Enter');
    await panel.waitFor({ state: 'visible', timeout: 5000 });
    const cards = panel.locator('.sl-finding');
    const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-finding-id')!));
    await cards.nth(0).locator('.sl-verdict--confirmed').focus();
    await page.keyboard.press('Space');
    await cards.nth(1).locator('.sl-note').fill('An opener, but harmless here.');
    await cards.nth(1).locator('.sl-verdict--dismissed').focus();
    await page.keyboard.press('Enter');
    await waitFor('both verdicts shown', async () => ((await cards.nth(1).getAttribute('data-verdict')) === 'dismissed' && (await cards.nth(0).getAttribute('data-verdict')) === 'confirmed' ? true : undefined), 5000);

    // Evidence: "Show in reply" puts a CSS highlight on the quote without touching the site's DOM.
    await cards.nth(0).locator('.sl-link-button').first().click();
    const highlighted = await site.evaluate<string>(`(() => { const h = CSS.highlights.get('speclens-evidence'); return h ? [...h].map((r) => r.toString()).join(' | ') : ''; })()`);
    check(`${theme}: "Show in reply" highlights the evidence in the reply`, highlighted.length > 0, `highlighted: ${highlighted}`);

    // Flag something missed: on the selected text, section picked by search and keyboard, a note.
    await panel.locator('.sl-flag-button').click();
    const search = panel.locator('.sl-picker input');
    await search.fill('sycophan');
    await search.press('Enter');
    const picked = (await panel.locator('.sl-picked code').textContent()) ?? '';
    await panel.locator('.sl-annotate textarea').fill(`Should warn about ${XSS_IMG} more clearly.`);
    await panel.locator('.sl-annotate .sl-primary').click();
    await panel.locator('.sl-annotation').first().waitFor({ timeout: 5000 });

    const detail = await exchangeDetail(browser, live.key);
    const verdictOf = (id: string) => detail.findings.find((f) => f.id === id)?.verdict;
    check(
      `${theme}: confirm and dismiss are stored`,
      verdictOf(ids[0]!) === 'confirmed' && verdictOf(ids[1]!) === 'dismissed' && detail.reviews.some((r) => r.findingId === ids[1] && r.note === 'An opener, but harmless here.'),
      detail.findings.map((f) => `${f.ruleId}=${f.verdict}`).join(', '),
    );
    const flag = detail.annotations.at(-1);
    check(
      `${theme}: the flag is stored on the selected text with the picked section`,
      !!flag && flag.span?.quote === SELECTED && flag.specAnchor === picked && picked !== '' && flag.note.includes(XSS_IMG),
      flag ? `${flag.specAnchor} on "${flag.span?.quote}"` : 'no annotation stored',
    );

    // Quoted markup stays characters, everywhere.
    const xss = await site.evaluate<{ replyImgs: number; replyScripts: number; replyText: boolean; panelImgs: number; panelText: boolean }>(`(() => {
      const reply = [...document.querySelectorAll('[data-message-author-role="assistant"]')].at(-1);
      const root = [...document.querySelectorAll('[data-speclens-host]')].map((h) => h.shadowRoot).find((r) => r.querySelector('.sl-root[data-key=${JSON.stringify(live.key)}]'));
      return {
        replyImgs: reply.querySelectorAll('img').length, replyScripts: reply.querySelectorAll('script').length,
        replyText: reply.textContent.includes(${JSON.stringify(XSS_IMG)}) && reply.textContent.includes(${JSON.stringify(XSS_SCRIPT)}),
        panelImgs: root.querySelectorAll('img, script').length,
        panelText: root.textContent.includes(${JSON.stringify(XSS_IMG)}),
      };
    })()`);
    check(
      `${theme}: the quoted <img onerror> and <script> stay text and run nothing`,
      dialogs === 0 && xss.replyImgs === 0 && xss.replyScripts === 0 && xss.replyText && xss.panelImgs === 0 && xss.panelText,
      `${dialogs} dialogs; reply: ${xss.replyImgs} img, ${xss.replyScripts} script, text shown ${xss.replyText}; panel: ${xss.panelImgs} img/script, text shown ${xss.panelText}`,
    );

    const ours = problemsOnPage(site.console);
    check(`${theme}: no console error or uncaught exception`, ours.length === 0, ours.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
    const untouched = await site.evaluate<boolean | string>(`(() => {
      const copy = document.documentElement.cloneNode(true);
      copy.querySelectorAll('[data-speclens-host]').forEach((e) => e.remove());
      const a = copy.outerHTML, b = window.__speclensStreamer.state.original;
      if (a === b) return true;
      let i = 0; while (i < a.length && a[i] === b[i]) i++;
      return JSON.stringify({ now: a.slice(Math.max(0, i - 120), i + 200), before: b.slice(Math.max(0, i - 120), i + 200) });
    })()`);
    check(`${theme}: the site's DOM is unchanged apart from the SpecLens hosts appended to <html>`, untouched === true, untouched === true ? '' : String(untouched));

    // Screenshots last: Playwright's screenshot leaves an empty style attribute on the page's inputs.
    await page.evaluate('getSelection().removeAllRanges()');
    await site.evaluate(`[...document.querySelectorAll('[data-message-author-role="assistant"]')].at(-1).scrollIntoView({ block: 'start' })`);
    await panel.locator('.sl-panel-body').evaluate((el) => (el.scrollTop = 0));
    await sleep(400);
    await page.screenshot({ path: path.join(SHOTS, `inpage-panel-${theme}.png`) });
    await panel.locator('.sl-icon-button').click();
    await panel.waitFor({ state: 'hidden', timeout: 5000 });
    await sleep(200);
    await screenshotAround(page, badge, path.join(SHOTS, `inpage-badge-${theme}.png`), 'badge');
  } finally {
    await site.close();
  }
}

async function runFirefox(browser: E2EBrowser): Promise<void> {
  const saved = loadSavedPage(profile.fixture);
  const site = await browser.open(saved.url, saved.html, pageSetup('light') + '\n' + streamerScript(profile));
  try {
    await site.evaluate(`window.__speclensStreamer.stream(${JSON.stringify({ ...DEFAULT_PLAN, pauseMs: 0, chunks: 20 })})`);
    const replies = await site.evaluate<number>('document.querySelectorAll(\'[data-message-author-role="assistant"]\').length');
    const labels = await waitFor(
      'badges with their findings in Firefox',
      async () => {
        const l = await site.evaluate<string[]>(
          `[...document.querySelectorAll('[data-speclens-host]')].map((h) => h.shadowRoot.querySelector('.sl-badge-button').getAttribute('aria-label'))`,
        );
        return l.length >= replies && !l.some((x) => /checking/.test(x)) ? l : undefined;
      },
      30_000,
    );
    check('firefox: a badge beside every reply, with the streamed reply\'s counts', labels.length === replies && labels.at(-1) === 'SpecLens: 3 findings (3 low)', labels.join(' | '));
    const styled = await site.evaluate<string>(
      `getComputedStyle([...document.querySelectorAll('[data-speclens-host]')].at(-1).shadowRoot.querySelector('.sl-count')).borderRadius`,
    );
    check('firefox: the shadow root is styled', styled === '9px', `count pill border-radius ${styled}`);
    const ours = problemsOnPage(site.console);
    check('firefox: no console error or uncaught exception', ours.length === 0, ours.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
  } finally {
    await site.close();
  }
}

async function hostKeys(page: Page): Promise<{ key: string; at: number; doneAt: number | null }[]> {
  return page.evaluate(`window.__hostsAdded.map((h) => ({ key: h.host.shadowRoot.querySelector('.sl-root').dataset.key, at: h.at, doneAt: h.doneAt }))`);
}

/** A screenshot of the element with some of the reply around it. */
async function screenshotAround(page: Page, target: ReturnType<Page['locator']>, file: string, what: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const box = await target.boundingBox();
  if (!box) throw new Error(`the ${what} is not on screen for its screenshot`);
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - 520);
  const y = Math.max(0, box.y - 60);
  const width = Math.min(viewport.width - x, box.width + 560);
  const height = Math.min(viewport.height - y, box.height + 140);
  await page.screenshot({ path: file, clip: { x, y, width, height } });
}

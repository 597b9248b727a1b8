/**
 * The in-page review UI in real Chromium and Firefox: a saved ChatGPT page whose last reply (streamed
 * in the way the site does it) quotes `<img src=x onerror=alert(1)>` and a `<script>` block as text.
 * In both browsers: a badge appears beside every reply, the panel opens from the keyboard (Enter) and
 * closes with Escape with focus where it belongs, "Show in reply" highlights the evidence, a confirm, a
 * dismiss and a flag on selected text with a picked section reach IndexedDB (read back through an
 * extension page), the quoted markup stays characters (no dialog, no element), no console problem,
 * and the site's own DOM is left as it was. Chromium also times the badge against the moment the
 * background received the finished reply. Screenshots of the badge and the open panel (Chromium light
 * and dark, Firefox light) go to docs/screenshots/inpage-*.png.
 *
 *   npx wxt build && npx wxt build -b firefox --mv3 && npx tsx tests/e2e/inpage.ts [--report FILE.json] [--screenshots DIR]
 *
 * SPECLENS_CHROME_EXTENSION / SPECLENS_FIREFOX_EXTENSION point at another build (a copy kept aside).
 * Prints one line per check, ends with "N passed, N failed" and exits 1 when any failed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, FIREFOX_PATH, launchChromium, launchFirefox, type ChromiumBrowser, type E2EBrowser, type SitePage } from './harness/browsers';
import { createChecks, errorText } from './harness/checks';
import { problemsOnPage } from './harness/console';
import { loadSavedPage } from './harness/expected';
import { playwrightFlowPage, puppeteerFlowPage, type FlowPage } from './harness/flow-page';
import { DEFAULT_PLAN, PROFILES } from './harness/profiles';
import {
  animationsSettled,
  badgeLabel,
  closePanelByEscape,
  confirmFirstDismissSecond,
  DISMISS_NOTE,
  domUntouched,
  EXPECTED_BADGE_LABEL,
  flagSelection,
  FLAG_NOTE,
  hostKeys,
  inRoot,
  openPanelByKeyboard,
  pageSetup,
  replyCount,
  screenshotAround,
  scrollToLastReply,
  SELECTED,
  selectInLastReply,
  showFirstEvidence,
  storedExchange,
  waitForBadges,
  waitShown,
  xssState,
} from './harness/review-flow';
import { streamerScript } from './harness/streamer';
import { waitFor } from './harness/wait';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROME_DIR = path.resolve(process.env.SPECLENS_CHROME_EXTENSION ?? path.join(root, '.output', 'chrome-mv3'));
const FIREFOX_DIR = path.resolve(process.env.SPECLENS_FIREFOX_EXTENSION ?? path.join(root, '.output', 'firefox-mv3'));
const { values: args } = parseArgs({ options: { report: { type: 'string' }, screenshots: { type: 'string' } } });
const SHOTS = path.resolve(root, args.screenshots ?? 'docs/screenshots');
/** The badge must appear within this long after the background received the finished reply. */
const LATENCY_BUDGET_MS = 100;
const STREAM = { ...DEFAULT_PLAN, pauseMs: 0, chunks: 20 };

const profile = PROFILES.find((p) => p.name === 'chatgpt')!;
const { check, finish } = createChecks();

function missingBuild(dir: string, binary: string, pkg: string): string | null {
  if (!existsSync(path.join(dir, 'manifest.json'))) return `${path.relative(root, dir)} is missing: run npm run build first`;
  if (!existsSync(binary)) return `${binary} is missing: apt-get install -y ${pkg}`;
  return null;
}

const chromeMissing = missingBuild(CHROME_DIR, CHROMIUM_PATH, 'chromium');
if (chromeMissing) {
  check('chromium: in-page badge and panel', false, chromeMissing);
} else {
  const browser = await launchChromium({ extensionDir: CHROME_DIR });
  try {
    await runChromium(browser, 'light');
    await runChromium(browser, 'dark');
  } catch (err) {
    check('chromium: the test ran to the end', false, errorText(err));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const firefoxMissing = missingBuild(FIREFOX_DIR, FIREFOX_PATH, 'firefox-esr');
if (firefoxMissing) {
  check('firefox: in-page badge and panel', false, firefoxMissing);
} else {
  const firefox = await launchFirefox({ extensionDir: FIREFOX_DIR, viewport: { width: 1280, height: 900 } });
  try {
    await runFirefox(firefox);
  } catch (err) {
    check('firefox: the test ran to the end', false, errorText(err));
  } finally {
    await firefox.close().catch(() => undefined);
  }
}

finish(args.report);

async function runChromium(browser: ChromiumBrowser, theme: 'light' | 'dark'): Promise<void> {
  const saved = loadSavedPage(profile.fixture);
  // The service worker notes when each capture arrives, to time the badge against it.
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  await worker.evaluate(`(() => {
    if (globalThis.__captureTimes) return;
    globalThis.__captureTimes = {};
    chrome.runtime.onMessage.addListener((m) => { if (m && m.type === 'speclens/capture') globalThis.__captureTimes[m.capture.key] = Date.now(); });
  })()`);

  const site = await browser.open(saved.url, saved.html, pageSetup(theme) + '\n' + streamerScript(profile));
  const page = playwrightFlowPage(site.playwright);
  try {
    const replies = await replyCount(page);
    await waitFor('badges beside the replies already on the page', async () => ((await hostKeys(page)).length >= replies - 1 ? true : undefined), 30_000);
    const streamedAt = Date.now();
    await site.evaluate(`window.__speclensStreamer.stream(${JSON.stringify(STREAM)})`);
    const finishedAt = Date.now();
    const keys = await waitForBadges(page, replies);
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

    await reviewChecks({ browser, site, page, key: live.key, label: theme });
  } finally {
    await site.close();
  }
}

async function runFirefox(browser: Awaited<ReturnType<typeof launchFirefox>>): Promise<void> {
  const saved = loadSavedPage(profile.fixture);
  const site = await browser.open(saved.url, saved.html, pageSetup('light') + '\n' + streamerScript(profile));
  const page = puppeteerFlowPage(site.puppeteer);
  try {
    await site.evaluate(`window.__speclensStreamer.stream(${JSON.stringify(STREAM)})`);
    const replies = await replyCount(page);
    const keys = await waitForBadges(page, replies);
    check('firefox: a badge beside every reply', keys.length === replies, `${keys.length} badges for ${replies} replies`);
    const live = keys.at(-1)!;
    const styled = await page.evaluate<string>(`getComputedStyle(${inRoot(live.key, '.sl-count')}).borderRadius`);
    check('firefox: the shadow root is styled', styled === '9px', `count pill border-radius ${styled}`);
    await reviewChecks({ browser, site, page, key: live.key, label: 'firefox' });
  } finally {
    await site.close();
  }
}

/**
 * The review flow on the streamed reply `key`, the same in both browsers; `label` prefixes the check
 * names and names the screenshots (inpage-panel-<label>.png, inpage-badge-<label>.png).
 */
async function reviewChecks({ browser, site, page, key, label }: { browser: E2EBrowser; site: SitePage; page: FlowPage; key: string; label: string }): Promise<void> {
  const badge = inRoot(key, '.sl-badge-button');
  const panel = inRoot(key, '.sl-panel');
  const badgeText = await badgeLabel(page, key);
  check(`${label}: the badge counts the findings by severity`, badgeText === EXPECTED_BADGE_LABEL, badgeText);

  // A badge shows only while its reply is in view.
  await scrollToLastReply(page, key);

  // The panel, by keyboard: Enter on the focused badge, focus lands on the panel's heading; Escape closes it.
  const opened = await openPanelByKeyboard(page, key);
  check(`${label}: Enter on the badge opens the panel and moves focus into it`, opened.includes('sl-panel-title'), `focused: ${opened}`);
  const closed = await closePanelByEscape(page, key);
  check(`${label}: Escape closes the panel and gives focus back to the badge`, closed.includes('sl-badge-button'), `focused: ${closed}`);

  // Select text in the reply, then reopen and review: Space on Confirm, Enter on Dismiss.
  await selectInLastReply(page, SELECTED);
  await openPanelByKeyboard(page, key);
  const [confirmedId, dismissedId] = await confirmFirstDismissSecond(page, key);

  // Evidence: "Show in reply" puts a CSS highlight on the quote without touching the site's DOM.
  const highlighted = await showFirstEvidence(page, key).catch((err: Error) => `(none: ${err.message})`);
  check(`${label}: "Show in reply" highlights the evidence in the reply`, !highlighted.startsWith('(none'), `highlighted: ${highlighted}`);

  // Flag something missed: on the selected text, section picked by search and keyboard, a note.
  const picked = await flagSelection(page, key);

  const detail = await storedExchange(browser, key);
  const verdictOf = (id: string) => detail.findings.find((f) => f.id === id)?.verdict;
  check(
    `${label}: confirm and dismiss are stored`,
    verdictOf(confirmedId) === 'confirmed' && verdictOf(dismissedId) === 'dismissed' && detail.reviews.some((r) => r.findingId === dismissedId && r.note === DISMISS_NOTE),
    detail.findings.map((f) => `${f.ruleId}=${f.verdict}`).join(', '),
  );
  const flag = detail.annotations.at(-1);
  check(
    `${label}: the flag is stored on the selected text with the picked section`,
    !!flag && flag.span?.quote === SELECTED && flag.specAnchor === picked && picked !== '' && flag.note === FLAG_NOTE,
    flag ? `${flag.specAnchor} on "${flag.span?.quote}"` : 'no annotation stored',
  );

  // Quoted markup stays characters, everywhere.
  const xss = await xssState(page, key);
  check(
    `${label}: the quoted <img onerror> and <script> stay text and run nothing`,
    xss.dialogs === 0 && xss.replyImgs === 0 && xss.replyScripts === 0 && xss.replyText && xss.panelImgs === 0 && xss.panelText,
    `${xss.dialogs} dialogs; reply: ${xss.replyImgs} img, ${xss.replyScripts} script, text shown ${xss.replyText}; panel: ${xss.panelImgs} img/script, text shown ${xss.panelText}`,
  );

  const ours = problemsOnPage(site.console);
  check(`${label}: no console error or uncaught exception`, ours.length === 0, ours.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
  const untouched = await domUntouched(page);
  check(`${label}: the site's DOM is unchanged apart from the SpecLens hosts appended to <html>`, untouched === true, untouched === true ? '' : untouched);

  // Screenshots last: Playwright's screenshot leaves an empty style attribute on the page's inputs.
  await page.evaluate('getSelection().removeAllRanges()');
  await scrollToLastReply(page, key);
  await page.evaluate(`${inRoot(key, '.sl-panel-body')}.scrollTop = 0`);
  await animationsSettled(page);
  await page.screenshot(path.join(SHOTS, `inpage-panel-${label}.png`));
  await page.click(inRoot(key, '.sl-icon-button'));
  await waitShown(page, 'the panel', panel, false);
  await waitShown(page, 'the badge', badge);
  await screenshotAround(page, badge, path.join(SHOTS, `inpage-badge-${label}.png`), 'badge');
}

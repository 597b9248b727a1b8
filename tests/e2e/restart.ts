/**
 * Reviews survive a browser restart, in real Chromium and Firefox. With a profile directory kept on
 * disk: a reply streamed into the saved ChatGPT page is captured, one finding confirmed, another
 * dismissed with a note, and a passage flagged; the browser is closed entirely and started again on
 * the same profile; then the dashboard (dashboard.html) must list those findings with their verdicts
 * in its own UI (the verdict filters, the rows, the detail view with the note and the flag), and the reopened chat
 * page must show the verdicts and the flag in its panel. Nothing of the first session is reused
 * after the restart except the profile directory; as a control, the browser is then started once
 * more on a fresh profile, where the same dashboard must say "No findings yet", so the checks above
 * can only pass on data read back from the kept profile.
 *
 * Firefox: the harness installs the add-on temporarily (WebDriver BiDi webExtension.install), and
 * Firefox drops a temporary add-on when it shuts down; uninstalling an add-on clears its storage and
 * forgets its moz-extension UUID. A real user's add-on is installed permanently and keeps both, so the
 * test keeps them the way a temporary install can: `extensions.webextensions.keepStorageOnUninstall`
 * and `keepUuidOnUninstall` set, the same fixed UUID (so the same IndexedDB origin), the same profile,
 * and the add-on installed again after the restart. (Firefox 153 ESR was seen to keep the data of a
 * temporary add-on dropped at shutdown even without the two prefs; they make the test independent of
 * when a Firefox version runs that cleanup.)
 *
 *   npx wxt build && npx wxt build -b firefox --mv3 && npx tsx tests/e2e/restart.ts [--browser chromium|firefox] [--report FILE.json] [--screenshots DIR]
 *
 * Screenshots of each step go to DIR (docs/screenshots by default) as restart-<browser>-<step>.png.
 * SPECLENS_CHROME_EXTENSION / SPECLENS_FIREFOX_EXTENSION point at another build (a copy kept aside).
 * Prints one line per check, ends with "N passed, N failed" and exits 1 when any failed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { CHROMIUM_PATH, FIREFOX_PATH, launchChromium, launchFirefox, type BrowserName, type ConsoleEntry, type E2EBrowser, type SitePage } from './harness/browsers';
import { createChecks, errorText } from './harness/checks';
import { problemsOnPage } from './harness/console';
import { loadSavedPage } from './harness/expected';
import { playwrightFlowPage, puppeteerFlowPage, type FlowPage } from './harness/flow-page';
import { DEFAULT_PLAN, PROFILES } from './harness/profiles';
import {
  animationsSettled,
  cardVerdicts,
  confirmFirstDismissSecond,
  DISMISS_NOTE,
  FLAG_NOTE,
  findingIds,
  flagSelection,
  inRoot,
  listedFlags,
  openPanelByKeyboard,
  pageSetup,
  replyCount,
  scrollToLastReply,
  SELECTED,
  selectInLastReply,
  STEP_MS,
  storedExchange,
  waitForBadges,
} from './harness/review-flow';
import { streamerScript } from './harness/streamer';
import { waitFor } from './harness/wait';
import { specSection } from '../../engine/spec';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: { browser: { type: 'string', multiple: true }, report: { type: 'string' }, screenshots: { type: 'string' } },
});
const SHOTS = path.resolve(root, args.screenshots ?? 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 900 };
const STREAM = { ...DEFAULT_PLAN, pauseMs: 0, chunks: 20 };
const profile = PROFILES.find((p) => p.name === 'chatgpt')!;

/** What Firefox needs to keep a temporary add-on's data and origin across its removal at shutdown. */
const FIREFOX_KEEP_PREFS = {
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
};

/** One browser session on the kept profile: the harness browser plus pages as FlowPages. */
interface Session {
  browser: E2EBrowser;
  openSite(initScript: string): Promise<{ site: SitePage; page: FlowPage }>;
  openDashboard(): Promise<{ page: FlowPage; console: ConsoleEntry[] }>;
}

const BROWSERS: Record<BrowserName, { dir: string; binary: string; pkg: string; launch(profileDir: string): Promise<Session> }> = {
  chromium: {
    dir: path.resolve(process.env.SPECLENS_CHROME_EXTENSION ?? path.join(root, '.output', 'chrome-mv3')),
    binary: CHROMIUM_PATH,
    pkg: 'chromium',
    async launch(profileDir) {
      const browser = await launchChromium({ extensionDir: BROWSERS.chromium.dir, profileDir });
      return {
        browser,
        async openSite(initScript) {
          const saved = loadSavedPage(profile.fixture);
          const site = await browser.open(saved.url, saved.html, initScript);
          return { site, page: playwrightFlowPage(site.playwright) };
        },
        async openDashboard() {
          const page = await browser.openExtensionPage('dashboard.html');
          return { page: playwrightFlowPage(page), console: watchConsole(page) };
        },
      };
    },
  },
  firefox: {
    dir: path.resolve(process.env.SPECLENS_FIREFOX_EXTENSION ?? path.join(root, '.output', 'firefox-mv3')),
    binary: FIREFOX_PATH,
    pkg: 'firefox-esr',
    async launch(profileDir) {
      const browser = await launchFirefox({ extensionDir: BROWSERS.firefox.dir, profileDir, prefs: FIREFOX_KEEP_PREFS, viewport: VIEWPORT });
      return {
        browser,
        async openSite(initScript) {
          const saved = loadSavedPage(profile.fixture);
          const site = await browser.open(saved.url, saved.html, initScript);
          return { site, page: puppeteerFlowPage(site.puppeteer) };
        },
        async openDashboard() {
          const page = await browser.openExtensionPage('dashboard.html');
          return { page: puppeteerFlowPage(page), console: watchConsole(page) };
        },
      };
    },
  },
};

function watchConsole(page: PwPage | PpPage): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  // Both libraries emit the same two events with messages of the same shape.
  const on = page.on.bind(page) as unknown as (event: string, listener: (value: never) => void) => void;
  on('console', (m: { type(): string; text(): string; location(): { url?: string } }) => entries.push({ type: m.type(), text: m.text(), url: m.location().url ?? '' }));
  on('pageerror', (e: Error) => entries.push({ type: 'pageerror', text: `${e.name}: ${e.message}`, url: '' }));
  return entries;
}

const { check, finish } = createChecks();

interface Reviewed {
  key: string;
  confirmedId: string;
  dismissedId: string;
  pickedSection: string;
  /** Every stored finding id with its verdict, before the restart. */
  before: Map<string, string>;
}

async function restartScenario(name: BrowserName, profileDir: string): Promise<void> {
  const shot = async (page: FlowPage, step: string) => {
    await animationsSettled(page);
    await page.screenshot(path.join(SHOTS, `restart-${name}-${step}.png`));
  };

  // First session: capture, review, flag.
  let session = await BROWSERS[name].launch(profileDir);
  let reviewed: Reviewed;
  try {
    reviewed = await captureAndReview(name, session, shot);
  } finally {
    await session.browser.close();
  }
  check(`${name}: the profile directory is still on disk after the browser closed`, existsSync(profileDir), profileDir);

  // Second session on the same profile: nothing else is carried over.
  session = await BROWSERS[name].launch(profileDir);
  try {
    await checkDashboard(name, session, reviewed, shot);
    await checkChatPageAgain(name, session, reviewed, shot);
  } finally {
    await session.browser.close();
  }

  // Control: the same build on a fresh profile has nothing to show.
  const freshDir = mkdtempSync(path.join(tmpdir(), `speclens-restart-${name}-fresh-`));
  try {
    session = await BROWSERS[name].launch(freshDir);
    try {
      await checkFreshProfile(name, session, shot);
    } finally {
      await session.browser.close();
    }
  } finally {
    rmSync(freshDir, { recursive: true, force: true });
  }
}

async function checkFreshProfile(name: BrowserName, session: Session, shot: (page: FlowPage, step: string) => Promise<void>): Promise<void> {
  const { page } = await session.openDashboard();
  const shown = await waitFor(
    'the dashboard on a fresh profile',
    () => page.evaluate<string | undefined>(`((e) => (e && e.textContent) || undefined)(document.querySelector('.dash-empty__title'))`),
    STEP_MS * 2,
  ).catch((err: Error) => err.message);
  const count = await page.evaluate<string>(`(${COUNT} || {}).textContent || ''`);
  check(`${name}: control: on a fresh profile the dashboard has no findings`, shown === 'No findings yet' && count === findingsLabel(0), `"${shown}", "${count}"`);
  await shot(page, 'fresh-profile');
}

async function listAll(browser: E2EBrowser, verdicts?: string[]): Promise<{ total: number; findings: { id: string; verdict: string }[] }> {
  const r = await browser.sendFromExtensionPage<{ ok: boolean; value: { total: number; findings: { id: string; verdict: string }[] }; error?: { message: string } }>({
    type: 'speclens/data/list-findings',
    query: { sort: 'newest', offset: 0, limit: 500, ...(verdicts ? { verdicts } : {}) },
  });
  if (!r.ok) throw new Error(`list-findings failed: ${r.error?.message}`);
  return r.value;
}

async function captureAndReview(name: BrowserName, session: Session, shot: (page: FlowPage, step: string) => Promise<void>): Promise<Reviewed> {
  const { site, page } = await session.openSite(pageSetup('light') + '\n' + streamerScript(profile));
  try {
    await site.evaluate(`window.__speclensStreamer.stream(${JSON.stringify(STREAM)})`);
    const replies = await replyCount(page);
    const keys = await waitForBadges(page, replies);
    const key = keys.at(-1)!.key;
    check(`${name}: before the restart, a badge with its findings beside every reply`, keys.length === replies, `${keys.length} badges for ${replies} replies`);
    await scrollToLastReply(page, key);
    await shot(page, 'captured');

    // The passage to flag is selected first; the panel remembers it.
    await selectInLastReply(page, SELECTED);
    await openPanelByKeyboard(page, key);
    const [confirmedId, dismissedId] = await confirmFirstDismissSecond(page, key);
    const pickedSection = await flagSelection(page, key);
    await page.evaluate('getSelection().removeAllRanges()');
    await page.evaluate(`${inRoot(key, '.sl-panel-body')}.scrollTop = 0`);
    await shot(page, 'reviewed');

    const detail = await storedExchange(session.browser, key);
    const verdictOf = (id: string) => detail.findings.find((f) => f.id === id)?.verdict;
    const flag = detail.annotations.at(-1);
    check(
      `${name}: before the restart, the confirm, the dismiss and the flag are stored`,
      verdictOf(confirmedId) === 'confirmed' && verdictOf(dismissedId) === 'dismissed' && flag?.span?.quote === SELECTED && flag.specAnchor === pickedSection,
      `${detail.findings.map((f) => `${f.ruleId}=${f.verdict}`).join(', ')}; flag ${flag ? `${flag.specAnchor} on "${flag.span?.quote}"` : 'missing'}`,
    );
    const ours = problemsOnPage(site.console);
    check(`${name}: before the restart, no console error on the chat page`, ours.length === 0, ours.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
    const all = await listAll(session.browser);
    return { key, confirmedId, dismissedId, pickedSection, before: new Map(all.findings.map((f) => [f.id, f.verdict])) };
  } finally {
    await site.close();
  }
}

const COUNT = `document.querySelector('[data-testid="finding-count"]')`;
const ROWS = `[...document.querySelectorAll('.dash-row[data-finding-id]')].map((r) => ({ id: r.dataset.findingId, verdict: r.querySelector('.dash-verdict').textContent, title: r.querySelector('.dash-row__title').textContent }))`;
const verdictChip = (label: string) =>
  `[...document.querySelectorAll('.dash-toggles[aria-label="Verdict"] .dash-chip')].find((b) => b.textContent.trim() === ${JSON.stringify(label)})`;
const findingsLabel = (n: number) => `${n.toLocaleString('en-US')} finding${n === 1 ? '' : 's'}`;

interface Row {
  id: string;
  verdict: string;
  title: string;
}

/** Waits until the list says `n` findings and shows the rows for them (as many as fit). */
async function waitForList(page: FlowPage, n: number, what: string): Promise<Row[]> {
  return waitFor(
    what,
    async () => {
      const [count, rows] = await Promise.all([page.evaluate<string>(`(${COUNT} || {}).textContent || ''`), page.evaluate<Row[]>(ROWS)]);
      // The list renders the rows in view and a few more: all of a short list, at least a screenful of a long one.
      return count === findingsLabel(n) && (rows.length === n || (n > 20 && rows.length >= 10)) ? rows : undefined;
    },
    STEP_MS * 2,
  );
}

async function checkDashboard(name: BrowserName, session: Session, reviewed: Reviewed, shot: (page: FlowPage, step: string) => Promise<void>): Promise<void> {
  const { page, console: messages } = await session.openDashboard();
  const total = reviewed.before.size;
  // On a fresh profile the list would say "No findings yet" and this wait would time out.
  const all = await waitForList(page, total, `the dashboard listing the ${total} findings stored before the restart`).catch((err: Error) => err);
  if (all instanceof Error) {
    const shown = await page.evaluate<string>(`(document.querySelector('.dash-list') || document.body).innerText.replace(/\\s+/g, ' ').slice(0, 200)`).catch(() => '');
    check(`${name}: after the restart, the dashboard lists the findings stored before it`, false, `${all.message}; the list shows: ${shown}`);
    await shot(page, 'dashboard');
    return;
  }
  const wrong = all.filter((r) => reviewed.before.get(r.id) === undefined || r.verdict.toLowerCase() !== reviewed.before.get(r.id));
  check(
    `${name}: after the restart, the dashboard lists the findings stored before it, each with its verdict`,
    all.length > 0 && wrong.length === 0 && all.some((r) => r.id === reviewed.confirmedId) && all.some((r) => r.id === reviewed.dismissedId),
    `"${findingsLabel(total)}", ${all.length} rows shown` + (wrong.length ? `; unknown or wrong: ${wrong.map((r) => `${r.title}=${r.verdict}`).join(', ')}` : ''),
  );
  await shot(page, 'dashboard');

  // The verdict filters, one at a time: exactly the finding confirmed (dismissed) before the restart.
  for (const [label, id, step] of [
    ['Confirmed', reviewed.confirmedId, 'confirmed'],
    ['Dismissed', reviewed.dismissedId, 'dismissed'],
  ] as const) {
    const previous = label === 'Dismissed' ? 'Confirmed' : null;
    if (previous) await page.click(verdictChip(previous));
    await page.click(verdictChip(label));
    const rows = await waitForList(page, 1, `the list filtered to ${label}`).catch((err: Error) => err);
    const pressed = await page.evaluate<string[]>(`[...document.querySelectorAll('.dash-toggles[aria-label="Verdict"] .dash-chip[aria-pressed="true"]')].map((b) => b.textContent.trim())`);
    check(
      `${name}: after the restart, the ${label} filter shows the one finding ${step} before it`,
      !(rows instanceof Error) && rows.length === 1 && rows[0]!.id === id && rows[0]!.verdict === label && pressed.join() === label,
      rows instanceof Error ? rows.message : `${rows.map((r) => `${r.title} (${r.verdict})`).join(', ')}; chips pressed: ${pressed.join(', ')}`,
    );
    await shot(page, step);
  }

  // The detail view of the dismissed finding: its verdict pressed with its note, and the confirmed one beside it.
  await page.click(`document.querySelector('.dash-row[data-finding-id="' + CSS.escape(${JSON.stringify(reviewed.dismissedId)}) + '"]')`);
  const detail = await waitFor(
    'the detail view with its reviews',
    () =>
      page.evaluate<{ focus: { pressed: string[]; note: string }; others: string[][] } | undefined>(`(() => {
        const items = [...document.querySelectorAll('.dash-detail .dash-review:not(.dash-flag)')];
        const focus = items.find((i) => i.classList.contains('is-focus'));
        if (!focus) return undefined;
        const pressed = (i) => [...i.querySelectorAll('.dash-btn--verdict[aria-pressed="true"]')].map((b) => b.textContent.trim());
        return { focus: { pressed: pressed(focus), note: focus.querySelector('textarea').value }, others: items.filter((i) => i !== focus).map(pressed) };
      })()`),
    STEP_MS * 2,
  );
  check(
    `${name}: after the restart, the detail view shows the dismissal with its note and the confirmed finding beside it`,
    detail.focus.pressed.join() === 'Dismissed' && detail.focus.note === DISMISS_NOTE && detail.others.some((p) => p.join() === 'Confirmed'),
    `this finding: ${detail.focus.pressed.join() || 'no verdict'}, note "${detail.focus.note}"; the others: ${detail.others.map((p) => p.join() || 'unreviewed').join(', ')}`,
  );
  // The detail pane scrolled (only it, not the page) to its findings with their verdicts.
  await page.evaluate(`(() => {
    const pane = document.querySelector('.dash-detail');
    const reviews = [...pane.querySelectorAll('.dash-detail__sub')].at(-1);
    pane.scrollTop += reviews.getBoundingClientRect().top - pane.getBoundingClientRect().top - 16;
  })()`);
  await shot(page, 'detail');

  // The flag made before the restart, in the detail view's "Your flags on this reply".
  const shownFlags = await waitFor(
    'the flag in the detail view',
    () =>
      page.evaluate<{ href: string; quote: string; note: string }[] | undefined>(`(() => {
        const flags = [...document.querySelectorAll('[data-testid=detail-flags] .dash-flag')];
        return flags.length ? flags.map((f) => ({ href: f.querySelector('a').href, quote: f.querySelector('q')?.textContent ?? '', note: f.querySelector('.dash-review__message')?.textContent ?? '' })) : undefined;
      })()`),
    STEP_MS,
  );
  check(
    `${name}: after the restart, the detail view lists the flag with its section, quote and note`,
    shownFlags.length === 1 && shownFlags[0]!.href.endsWith(`#${reviewed.pickedSection}`) && shownFlags[0]!.quote === SELECTED && shownFlags[0]!.note === FLAG_NOTE,
    shownFlags.map((f) => `${f.href.split('#')[1]} on "${f.quote}": ${f.note}`).join(' | '),
  );
  // Scrolled within the detail pane only, as a user would (scrollIntoView would move the page too).
  await page.evaluate(`(() => {
    const pane = document.querySelector('.dash-detail');
    const flags = document.querySelector('[data-testid=detail-flags]');
    pane.scrollTop += flags.getBoundingClientRect().top - pane.getBoundingClientRect().top - 120;
  })()`);
  await shot(page, 'detail-flag');

  // And in the stored exchange, read from the dashboard page.
  const stored = await storedExchange({ sendFromExtensionPage: (m) => page.evaluate(`(globalThis.browser || chrome).runtime.sendMessage(${JSON.stringify(m)})`) }, reviewed.key);
  const flag = stored.annotations.at(-1);
  check(
    `${name}: after the restart, the flag is still stored (read from the dashboard page)`,
    stored.annotations.length === 1 && flag?.span?.quote === SELECTED && flag.specAnchor === reviewed.pickedSection && flag.note === FLAG_NOTE,
    flag ? `${stored.annotations.length} flag: ${flag.specAnchor} on "${flag.span?.quote}"` : 'no flag',
  );
  const problems = problemsOnPage(messages);
  check(`${name}: after the restart, no console error on the dashboard`, problems.length === 0, problems.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
}

async function checkChatPageAgain(name: BrowserName, session: Session, reviewed: Reviewed, shot: (page: FlowPage, step: string) => Promise<void>): Promise<void> {
  // The conversation reopened as a finished page (no streaming): the stored reply is recognised.
  const { site, page } = await session.openSite(pageSetup('light'));
  try {
    const replies = await replyCount(page);
    const keys = await waitForBadges(page, replies);
    const key = keys.at(-1)!.key;
    check(`${name}: after the restart, the reopened chat page's reply is the one reviewed`, key === reviewed.key, key);
    await scrollToLastReply(page, key);
    await openPanelByKeyboard(page, key);
    const ids = await findingIds(page, key);
    const verdicts = await cardVerdicts(page, key);
    const verdictOf = (id: string) => verdicts[ids.indexOf(id)];
    const flags = await waitFor('the flag listed in the panel', async () => {
      const f = await listedFlags(page, key);
      return f.length > 0 ? f : undefined;
    }, STEP_MS);
    const section = specSection(reviewed.pickedSection)?.title ?? reviewed.pickedSection;
    check(
      `${name}: after the restart, the panel on the chat page shows both verdicts and the flag`,
      verdictOf(reviewed.confirmedId) === 'confirmed' && verdictOf(reviewed.dismissedId) === 'dismissed' && flags.length === 1 && flags[0]!.quote === SELECTED && flags[0]!.section === section && flags[0]!.note === FLAG_NOTE,
      `verdicts ${verdicts.join(', ')}; flags: ${flags.map((f) => `${f.section} on "${f.quote}": ${f.note}`).join(' | ')}`,
    );
    await page.evaluate(`${inRoot(key, '.sl-panel-body')}.scrollTop = ${inRoot(key, '.sl-panel-body')}.scrollHeight`);
    await shot(page, 'panel-after-restart');
    const after = await listAll(session.browser);
    check(`${name}: after the restart, reopening the page stored nothing twice`, after.total === reviewed.before.size, `${after.total} findings stored, ${reviewed.before.size} before`);
    const ours = problemsOnPage(site.console);
    check(`${name}: after the restart, no console error on the chat page`, ours.length === 0, ours.map((m) => `${m.type}: ${m.text}`).join(' | ').slice(0, 300));
  } finally {
    await site.close();
  }
}

// Runs last: the helpers above are constants, initialised only when the module body reaches them.
const names = (args.browser ?? ['chromium', 'firefox']) as BrowserName[];
for (const name of names) if (!(name in BROWSERS)) throw new Error(`unknown browser "${name}" (chromium or firefox)`);

for (const name of names) {
  const target = BROWSERS[name];
  const missing = !existsSync(path.join(target.dir, 'manifest.json'))
    ? `${path.relative(root, target.dir)} is missing: run npm run build first`
    : !existsSync(target.binary)
      ? `${target.binary} is missing: apt-get install -y ${target.pkg}`
      : null;
  if (missing) {
    check(`${name}: reviews survive a browser restart`, false, missing);
    continue;
  }
  const profileDir = mkdtempSync(path.join(tmpdir(), `speclens-restart-${name}-`));
  const started = Date.now();
  try {
    await restartScenario(name, profileDir);
  } catch (err) {
    check(`${name}: the test ran to the end`, false, errorText(err));
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
    console.log(`     ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

finish(args.report);

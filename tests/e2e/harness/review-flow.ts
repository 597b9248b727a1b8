/**
 * The steps of reviewing a reply in the in-page panel, on any FlowPage (Chromium or Firefox): the
 * saved ChatGPT page made ready for it, the badge, the panel opened and closed from the keyboard, a
 * confirm and a dismiss, "Show in reply", a flag on selected text, and what a step left behind (the
 * stored records, the quoted markup, the site's DOM). The tests decide what to check; the steps only
 * act and report.
 */
import type { E2EBrowser } from './browsers';
import type { Box, FlowPage } from './flow-page';
import { waitFor } from './wait';

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '<script>alert(document.cookie)</script>';
const PROMPT = `How do I show the text ${XSS_IMG} on a web page without it running?`;
const REPLY = [
  `Great question! 👍 To show ${XSS_IMG} as text, escape the angle brackets as &lt; and &gt; before you insert it.`,
  `Never paste it into a ${XSS_SCRIPT} block, and never assign it to innerHTML.`,
  "I'm 95% confident this works in every browser.",
];
/** Text selected in the reply before flagging it. */
export const SELECTED = 'never assign it to innerHTML';
/** The streamed reply's badge label: the three low findings of REPLY. */
export const EXPECTED_BADGE_LABEL = 'SpecLens: 3 findings (3 low)';
export const DISMISS_NOTE = 'An opener, but harmless here.';
export const FLAG_NOTE = `Should warn about ${XSS_IMG} more clearly.`;
/** Typed into the section picker of the flag form; Enter picks the first match. */
export const FLAG_SECTION_QUERY = 'sycophan';
/** A generous bound for one UI step on a loaded 2-core machine. */
export const STEP_MS = 15_000;

const ASSISTANT = '[data-message-author-role="assistant"]';
const lastReply = `[...document.querySelectorAll('${ASSISTANT}')].at(-1)`;

/**
 * Init script, run before the streamer: puts the test's prompt and reply (as text nodes) into the last
 * exchange, gives the unstyled saved page a plain chat layout (light or dark), notes when each SpecLens
 * host is added and when its badge has its findings, and counts alert/confirm/prompt calls (a quoted
 * `onerror=alert(1)` that ran would call one).
 */
export function pageSetup(theme: 'light' | 'dark'): string {
  const colors = theme === 'dark' ? { bg: '#212121', fg: '#ececec' } : { bg: '#ffffff', fg: '#0d0d0d' };
  return `(() => {
  window.__hostsAdded = [];
  window.__dialogs = 0;
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = () => { window.__dialogs++; };
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
    const reply = last('${ASSISTANT}');
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

export interface HostEntry {
  key: string;
  /** When the host was added to the page, and when its badge had its findings (page clock). */
  at: number;
  doneAt: number | null;
}

export function hostKeys(page: FlowPage): Promise<HostEntry[]> {
  return page.evaluate(`window.__hostsAdded.map((h) => ({ key: h.host.shadowRoot.querySelector('.sl-root').dataset.key, at: h.at, doneAt: h.doneAt }))`);
}

export function replyCount(page: FlowPage): Promise<number> {
  return page.evaluate(`document.querySelectorAll('${ASSISTANT}').length`);
}

/** Waits until every reply has a badge with its findings; the last one is the streamed reply's. */
export function waitForBadges(page: FlowPage, replies: number, timeoutMs = 30_000): Promise<HostEntry[]> {
  return waitFor(
    'a badge with its findings beside every reply',
    async () => {
      const k = await hostKeys(page);
      return k.length >= replies && k.every((h) => h.doneAt !== null) ? k : undefined;
    },
    timeoutMs,
  );
}

/** An expression for the first element matching `selector` in the SpecLens root of reply `key`. */
export function inRoot(key: string, selector: string): string {
  const root = `[...document.querySelectorAll('[data-speclens-host]')].map((h) => h.shadowRoot && h.shadowRoot.querySelector('.sl-root[data-key=' + ${JSON.stringify(JSON.stringify(key))} + ']')).find(Boolean)`;
  return `((r) => r && r.querySelector(${JSON.stringify(selector)}))(${root})`;
}

/** An expression for the n-th finding card's element matching `selector` (or the card itself). */
function inCard(key: string, n: number, selector?: string): string {
  const cards = `((p) => p ? [...p.querySelectorAll('.sl-finding')] : [])(${inRoot(key, '.sl-panel')})`;
  return selector ? `((c) => c && c.querySelector(${JSON.stringify(selector)}))(${cards}[${n}])` : `${cards}[${n}]`;
}

/** What has focus inside the SpecLens shadow roots: the class of the focused element, or ''. */
export function focusedClass(page: FlowPage): Promise<string> {
  return page.evaluate(`(() => { const h = document.activeElement; return h && h.shadowRoot && h.shadowRoot.activeElement ? String(h.shadowRoot.activeElement.className) : ''; })()`);
}

const isShown = (expression: string) =>
  `((e) => { if (!e) return false; const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility === 'visible'; })(${expression})`;

export function waitShown(page: FlowPage, what: string, expression: string, shown = true): Promise<true> {
  return waitFor(`${what} ${shown ? 'shown' : 'gone'}`, async () => ((await page.evaluate<boolean>(isShown(expression))) === shown ? true : undefined), STEP_MS);
}

export function badgeLabel(page: FlowPage, key: string): Promise<string> {
  return page.evaluate(`((b) => b ? b.getAttribute('aria-label') : '')(${inRoot(key, '.sl-badge-button')})`);
}

/** Scrolls the last reply to the top of the view; its badge shows only while the reply is in view. */
export async function scrollToLastReply(page: FlowPage, key: string): Promise<void> {
  await page.evaluate(`${lastReply}.scrollIntoView({ block: 'start' })`);
  await waitShown(page, 'the badge', inRoot(key, '.sl-badge-button'));
}

/** Focuses the badge and presses Enter; resolves once the panel shows, with the focused element's class. */
export async function openPanelByKeyboard(page: FlowPage, key: string): Promise<string> {
  await page.evaluate(`${inRoot(key, '.sl-badge-button')}.focus()`);
  await page.press('Enter');
  await waitShown(page, 'the panel', inRoot(key, '.sl-panel'));
  return focusedClass(page);
}

/** Presses Escape; resolves once the panel is gone, with the focused element's class. */
export async function closePanelByEscape(page: FlowPage, key: string): Promise<string> {
  await page.press('Escape');
  await waitShown(page, 'the panel', inRoot(key, '.sl-panel'), false);
  return focusedClass(page);
}

/**
 * Selects `text` in the last reply's paragraphs, as a user's drag would, and resolves once the content
 * script has read it: it reads the selection 120 ms after the last selectionchange event
 * (annotate/inpage-reviews.ts), and moving focus to the badge before then would lose it. A page timer
 * set after that event with a longer delay fires after the content script's (same event loop, later
 * deadline), however slow the machine.
 */
export async function selectInLastReply(page: FlowPage, text: string): Promise<void> {
  const found = await page.evaluate<boolean>(`new Promise((resolve) => {
    const node = [...${lastReply}.querySelectorAll('p')].map((p) => p.firstChild).find((t) => t && t.data && t.data.includes(${JSON.stringify(text)}));
    if (!node) return resolve(false);
    let timer = null;
    const settled = () => { document.removeEventListener('selectionchange', changed); resolve(String(getSelection()) === ${JSON.stringify(text)}); };
    const changed = () => { clearTimeout(timer); timer = setTimeout(settled, 300); };
    document.addEventListener('selectionchange', changed);
    const at = node.data.indexOf(${JSON.stringify(text)});
    const range = document.createRange(); range.setStart(node, at); range.setEnd(node, at + ${text.length});
    const s = getSelection(); s.removeAllRanges(); s.addRange(range);
    changed(); // settles even if the browser sends no event for a selection it already had
  })`);
  if (!found) throw new Error(`"${text}" could not be selected in the last reply`);
}

export function findingIds(page: FlowPage, key: string): Promise<string[]> {
  return page.evaluate(`((p) => p ? [...p.querySelectorAll('.sl-finding')].map((e) => e.getAttribute('data-finding-id')) : [])(${inRoot(key, '.sl-panel')})`);
}

export function cardVerdicts(page: FlowPage, key: string): Promise<string[]> {
  return page.evaluate(`((p) => p ? [...p.querySelectorAll('.sl-finding')].map((e) => e.getAttribute('data-verdict')) : [])(${inRoot(key, '.sl-panel')})`);
}

/**
 * With the panel open: Space on the first card's Confirm; a note typed on the second card, then Enter
 * on its Dismiss. Resolves with [confirmed id, dismissed id] once both cards show their verdicts.
 */
export async function confirmFirstDismissSecond(page: FlowPage, key: string, note = DISMISS_NOTE): Promise<[string, string]> {
  const ids = await findingIds(page, key);
  if (ids.length < 2) throw new Error(`the panel shows ${ids.length} findings; two are needed`);
  await page.evaluate(`${inCard(key, 0, '.sl-verdict--confirmed')}.focus()`);
  await page.press('Space');
  await page.evaluate(`${inCard(key, 1, '.sl-note')}.focus()`);
  await page.type(note);
  await waitFor('the note typed', async () => ((await page.evaluate<string>(`${inCard(key, 1, '.sl-note')}.value`)) === note ? true : undefined), STEP_MS);
  await page.evaluate(`${inCard(key, 1, '.sl-verdict--dismissed')}.focus()`);
  await page.press('Enter');
  await waitFor(
    'both verdicts shown',
    async () => {
      const v = await cardVerdicts(page, key);
      return v[0] === 'confirmed' && v[1] === 'dismissed' ? true : undefined;
    },
    STEP_MS,
  );
  return [ids[0]!, ids[1]!];
}

/** Clicks the first card's "Show in reply"; resolves with the text the evidence highlight covers. */
export async function showFirstEvidence(page: FlowPage, key: string): Promise<string> {
  await page.click(inCard(key, 0, '.sl-link-button'));
  return waitFor(
    'the evidence highlight',
    () => page.evaluate<string | undefined>(`(() => { const h = CSS.highlights.get('speclens-evidence'); const t = h ? [...h].map((r) => r.toString()).join(' | ') : ''; return t || undefined; })()`),
    STEP_MS,
  );
}

/**
 * With the panel open (and text selected in the reply): "Flag something SpecLens missed", a section
 * picked by typing and Enter, a note, Save. Resolves with the picked section id once the flag is listed.
 */
export async function flagSelection(page: FlowPage, key: string, note = FLAG_NOTE): Promise<string> {
  const before = await page.evaluate<number>(`((p) => p.querySelectorAll('.sl-annotation').length)(${inRoot(key, '.sl-panel')})`);
  await page.click(inRoot(key, '.sl-flag-button'));
  await waitShown(page, 'the section picker', inRoot(key, '.sl-picker input'));
  await page.evaluate(`${inRoot(key, '.sl-picker input')}.focus()`);
  await page.type(FLAG_SECTION_QUERY);
  await page.press('Enter');
  const picked = await waitFor('the picked section', () => page.evaluate<string | undefined>(`((c) => (c && c.textContent) || undefined)(${inRoot(key, '.sl-picked code')})`), STEP_MS);
  await page.evaluate(`${inRoot(key, '.sl-annotate textarea')}.focus()`);
  await page.type(note);
  await page.click(inRoot(key, '.sl-annotate .sl-primary'));
  await waitFor(
    'the flag listed in the panel',
    async () => ((await page.evaluate<number>(`((p) => p.querySelectorAll('.sl-annotation').length)(${inRoot(key, '.sl-panel')})`)) > before ? true : undefined),
    STEP_MS,
  );
  return picked;
}

/** The flags the panel lists: section title, quote and note, as text. */
export function listedFlags(page: FlowPage, key: string): Promise<{ section: string; quote: string; note: string }[]> {
  return page.evaluate(`((p) => p ? [...p.querySelectorAll('.sl-annotation')].map((a) => ({
    section: (a.querySelector('.sl-annotation-section') || {}).textContent || '',
    quote: (a.querySelector('.sl-quote') || {}).textContent || '',
    note: (a.querySelector('.sl-annotation-note') || {}).textContent || '',
  })) : [])(${inRoot(key, '.sl-panel')})`);
}

export interface XssState {
  dialogs: number;
  replyImgs: number;
  replyScripts: number;
  replyText: boolean;
  panelImgs: number;
  panelText: boolean;
}

/** Whether the quoted markup stayed characters in the reply and in the panel (and nothing called alert). */
export function xssState(page: FlowPage, key: string): Promise<XssState> {
  return page.evaluate(`(() => {
    const reply = ${lastReply};
    const root = ${inRoot(key, '.sl-panel')}.getRootNode();
    return {
      dialogs: window.__dialogs,
      replyImgs: reply.querySelectorAll('img').length, replyScripts: reply.querySelectorAll('script').length,
      replyText: reply.textContent.includes(${JSON.stringify(XSS_IMG)}) && reply.textContent.includes(${JSON.stringify(XSS_SCRIPT)}),
      panelImgs: root.querySelectorAll('img, script').length,
      panelText: root.textContent.includes(${JSON.stringify(XSS_IMG)}),
    };
  })()`);
}

/** True when the page, minus the SpecLens hosts, is what the streamer left; else the first difference. */
export function domUntouched(page: FlowPage): Promise<true | string> {
  return page.evaluate(`(() => {
    const copy = document.documentElement.cloneNode(true);
    copy.querySelectorAll('[data-speclens-host]').forEach((e) => e.remove());
    const a = copy.outerHTML, b = window.__speclensStreamer.state.original;
    if (a === b) return true;
    let i = 0; while (i < a.length && a[i] === b[i]) i++;
    return JSON.stringify({ now: a.slice(Math.max(0, i - 120), i + 200), before: b.slice(Math.max(0, i - 120), i + 200) });
  })()`);
}

/**
 * Resolves once the page and the SpecLens shadow roots have no finite animation or transition running
 * (the panel fades in), a frame later: what a screenshot must wait for.
 */
export function animationsSettled(page: FlowPage): Promise<void> {
  return page.evaluate(`(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await frame();
    const roots = [document, ...[...document.querySelectorAll('[data-speclens-host]')].map((h) => h.shadowRoot).filter(Boolean)];
    const running = roots.flatMap((r) => r.getAnimations()).filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity);
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    await frame();
    await frame();
  })()`);
}

/** The element's box in the viewport, or null when it is not laid out. */
export async function boxOf(page: FlowPage, expression: string): Promise<Box | null> {
  return page.evaluate(`((e) => { if (!e) return null; const r = e.getBoundingClientRect(); return r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; })(${expression})`);
}

/** A screenshot of the element with some of the reply to its left and around it. */
export async function screenshotAround(page: FlowPage, expression: string, file: string, what: string): Promise<void> {
  await animationsSettled(page);
  const box = await boxOf(page, expression);
  if (!box) throw new Error(`the ${what} is not on screen for its screenshot`);
  const viewport = page.viewport();
  const x = Math.max(0, box.x - 520);
  const y = Math.max(0, box.y - 60);
  const width = Math.min(viewport.width - x, box.width + 560);
  const height = Math.min(viewport.height - y, box.height + 140);
  await page.screenshot(file, { x, y, width, height });
}

export interface StoredDetail {
  findings: { id: string; ruleId: string; verdict: string }[];
  reviews: { findingId: string; verdict: string; note: string }[];
  annotations: { specAnchor: string; note: string; span: { quote: string } | null }[];
}

/** One exchange with its findings, reviews and annotations, as the background reads them from IndexedDB. */
export async function storedExchange(browser: Pick<E2EBrowser, 'sendFromExtensionPage'>, exchangeId: string): Promise<StoredDetail> {
  const r = await browser.sendFromExtensionPage<{ ok: boolean; value: StoredDetail; error?: { message: string } }>({ type: 'speclens/data/get-exchange', exchangeId });
  if (!r.ok) throw new Error(`get-exchange failed: ${r.error?.message}`);
  return r.value;
}

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InpageReviews, type RequestData } from '../../annotate/inpage-reviews';
import { createReplyHost, HOST_ATTRIBUTE } from '../../annotate/reply-host';
import { rememberReplyElement } from '../../capture/reply-element';
import type { CaptureEvent } from '../../capture/types';
import type { Finding } from '../../engine/types';
import { specRef } from '../../engine/spec';
import { CAPTURE_MESSAGE, type CaptureResponse } from '../../messaging/capture-protocol';
import { findingRecordIds } from '../../storage/finding-id';
import type { FindingRecord } from '../../storage/records';
import type { PageTurn, SiteAdapter } from '../../sites/types';

/** A message the content script sends (a capture or anything else). */
type Msg = { type: string; capture?: CaptureEvent };

const XSS = '<img src=x onerror="window.__pwned=1">';
const REPLY_TEXT = `Great question! Show ${XSS} as text. I'm 95% confident.`;

const adapter: SiteAdapter = {
  id: 'chatgpt',
  name: 'Test chat',
  matches: () => true,
  conversationId: () => 'c1',
  selectors: {},
  findTurns: (root) =>
    [...(root as Document).querySelectorAll('[data-role]')].map(
      (element): PageTurn => ({ role: element.getAttribute('data-role') as PageTurn['role'], element, messageId: element.getAttribute('data-id') }),
    ),
  turnText: (turn) => turn.element.textContent ?? '',
  model: () => null,
  isBusy: () => false,
  hasReplyActions: () => true,
};

function finding(ruleId: string, severity: Finding['severity'], quote: string): Finding {
  const start = REPLY_TEXT.indexOf(quote);
  return {
    ruleId,
    title: `${ruleId} title`,
    spec: specRef('avoid_sycophancy'),
    severity,
    confidence: 'medium',
    messageId: 'm',
    message: `${ruleId}: ${quote}`,
    evidence: [{ turnId: 'a1', start, end: start + quote.length, quote }],
  };
}

const FINDINGS = [finding('sycophantic-opener', 'low', 'Great question'), finding('shows-markup', 'high', XSS)];

function capture(): CaptureEvent {
  return {
    key: 'chatgpt|id:a1|hash',
    slot: 'chatgpt|c:c1|1',
    version: 1,
    origin: 'live',
    exchange: {
      id: 'chatgpt|id:a1|hash',
      site: 'chatgpt',
      conversationId: 'c1',
      model: null,
      url: 'https://chatgpt.com/c/c1',
      turns: [
        { id: 'u1', role: 'user', text: 'Hi' },
        { id: 'a1', role: 'assistant', text: REPLY_TEXT },
      ],
    },
  };
}

function storedRecords(c: CaptureEvent): FindingRecord[] {
  const ids = findingRecordIds(c.key, FINDINGS);
  return FINDINGS.map((f, ordinal) => ({
    ...f,
    id: ids[ordinal]!,
    exchangeId: c.key,
    exchangeVersion: 1,
    ordinal,
    section: f.spec.section,
    site: 'chatgpt',
    model: null,
    conversationId: 'c1',
    capturedAt: 0,
    verdict: 'unreviewed' as const,
  }));
}

function okResponse(c: CaptureEvent): CaptureResponse {
  return {
    ok: true,
    created: true,
    version: 1,
    result: { findings: FINDINGS, signals: {} as never, errors: [] } as never,
    stored: { exchangeId: c.key, findings: storedRecords(c), reviews: [], annotations: [] },
  };
}

const SITE_HTML = `<main><div data-role="user" data-id="u1">Hi</div><div data-role="assistant" data-id="a1"><p>Great question! Show ${XSS.replace(/</g, '&lt;').replace(/>/g, '&gt;')} as text.</p><p>I'm 95% confident.</p></div></main>`;

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The test window with a ResizeObserver that reports the way a browser does (happy-dom's never does):
 * a fresh observation after the next frame's layout (16 ms here).
 */
function windowWith(options: { silentResize?: boolean } = {}): Window & typeof globalThis {
  class FrameResizeObserver {
    constructor(private readonly callback: () => void) {}
    observe() {
      // An element without a box of its own (inline, `display: contents`) gets no report.
      if (!options.silentResize) setTimeout(() => this.callback(), 16);
    }
    unobserve() {}
    disconnect() {}
  }
  return new Proxy(window, {
    get(target, key) {
      if (key === 'ResizeObserver') return FrameResizeObserver;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' && !/^[A-Z]/.test(String(key)) ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  }) as Window & typeof globalThis;
}
const hosts = () => [...document.querySelectorAll(`[${HOST_ATTRIBUTE}]`)] as HTMLElement[];
const shadow = () => hosts()[0]!.shadowRoot!;

describe('InpageReviews', () => {
  let reviews: InpageReviews;
  let requestData: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    document.body.innerHTML = SITE_HTML;
    requestData = vi.fn();
    reviews = new InpageReviews({ adapter, requestData: requestData as unknown as RequestData, css: '.sl-root{}', doc: document, win: window });
  });
  afterEach(() => reviews.stop());

  it('shows a checking badge the moment the reply is sent, then the counts from the answer, outside the site tree', async () => {
    const c = capture();
    let answer!: (value: unknown) => void;
    const send = reviews.wrapSend<Msg>(() => new Promise((resolve) => (answer = resolve)));
    const before = document.body.innerHTML;
    const sending = send({ type: CAPTURE_MESSAGE, capture: c });
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
    expect(shadow().querySelector('.sl-badge-button')!.getAttribute('aria-label')).toBe('SpecLens is checking this reply');

    answer(okResponse(c));
    expect(await sending).toEqual(okResponse(c));
    await flush();
    const badge = shadow().querySelector('.sl-badge-button')!;
    expect(badge.getAttribute('aria-label')).toBe('SpecLens: 2 findings (1 high, 1 low)');
    expect([...badge.querySelectorAll('.sl-count')].map((e) => e.textContent)).toEqual(['1', '1']);
    expect(document.body.innerHTML).toBe(before);
  });

  it('reveals a new badge once the page is laid out, with the page theme, and nothing about it before', async () => {
    reviews.stop();
    reviews = new InpageReviews({ adapter, requestData: requestData as unknown as RequestData, css: '', doc: document, win: windowWith() });
    const send = reviews.wrapSend<Msg>(() => new Promise(() => {}));
    void send({ type: CAPTURE_MESSAGE, capture: capture() });
    const host = hosts()[0]!;
    // Theme, scroll container and position read style and layout: not in the task that saw the reply finish.
    expect(host.style.visibility).toBe('hidden');
    expect(shadow().querySelector<HTMLElement>('.sl-root')!.dataset.theme).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.style.visibility).toBe('');
    expect(shadow().querySelector<HTMLElement>('.sl-root')!.dataset.theme).toMatch(/^(light|dark)$/);
    expect(host.style.transform).toMatch(/^translate\(/);
  });

  it('reveals the badge of a reply the ResizeObserver does not report on, just after the frame', async () => {
    reviews.stop();
    reviews = new InpageReviews({ adapter, requestData: requestData as unknown as RequestData, css: '', doc: document, win: windowWith({ silentResize: true }) });
    void reviews.wrapSend<Msg>(() => new Promise(() => {}))({ type: CAPTURE_MESSAGE, capture: capture() });
    expect(hosts()[0]!.style.visibility).toBe('hidden');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
    expect(hosts()[0]!.style.visibility).toBe('');
  });

  it('looks for unannounced moves every second, half as often while nothing moves, and often again after a scroll', async () => {
    reviews.stop();
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      reviews = new InpageReviews({ adapter, requestData: requestData as unknown as RequestData, css: '', doc: document, win: windowWith() });
      const shown = Date.now();
      void reviews.wrapSend<Msg>(() => new Promise(() => {}))({ type: CAPTURE_MESSAGE, capture: capture() });
      const reply = document.querySelector('[data-id="a1"]')!;
      // Every look reads where the reply is.
      const looks: number[] = [];
      const read = reply.getBoundingClientRect.bind(reply);
      reply.getBoundingClientRect = () => (looks.push(Date.now()), read());
      await vi.advanceTimersByTimeAsync(100); // revealed
      looks.length = 0;
      /** Waits for the next look. */
      const nextLook = async () => {
        const seen = looks.length;
        for (let waited = 0; looks.length === seen && waited < 10_000; waited += 100) await vi.advanceTimersByTimeAsync(100);
        return Math.round((looks.at(-1)! - shown) / 100) * 100;
      };
      const times = [];
      for (let i = 0; i < 5; i++) times.push(await nextLook());
      // Each look sets the wait after the one already timed: 1 s, 1 s, then 2 s, 4 s, at most 4 s.
      expect(times).toEqual([1000, 2000, 4000, 8000, 12000]);
      const scrolled = Date.now();
      document.dispatchEvent(new Event('scroll'));
      await vi.advanceTimersByTimeAsync(50); // the scroll's own placement, in a frame
      expect(await nextLook()).toBe(Math.round((scrolled - shown + 1000) / 100) * 100);
    } finally {
      vi.useRealTimers();
    }
  });

  it("puts the badge on the element the watcher read the reply from, without reading the page's turns", async () => {
    const c = capture();
    const element = document.querySelector('[data-id="a1"]')!;
    rememberReplyElement(c, element);
    const findTurns = vi.spyOn(adapter, 'findTurns');
    try {
      void reviews.wrapSend<Msg>(() => new Promise(() => {}))({ type: CAPTURE_MESSAGE, capture: c });
      expect(hosts()).toHaveLength(1);
      expect(findTurns).not.toHaveBeenCalled();
    } finally {
      findTurns.mockRestore();
    }
  });

  it('parses its stylesheet once per page: every badge shares it', () => {
    const a = createReplyHost(document, '.sl-root{color:red}', 'a');
    const b = createReplyHost(document, '.sl-root{color:red}', 'b');
    try {
      expect(a.shadow.adoptedStyleSheets).toHaveLength(1);
      expect(b.shadow.adoptedStyleSheets[0]).toBe(a.shadow.adoptedStyleSheets[0]);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('shows a quiet check mark for a clean reply and removes the badge when the capture was refused', async () => {
    const c = capture();
    await reviews.wrapSend<Msg>(async () => ({ ...okResponse(c), result: { findings: [], signals: {}, errors: [] }, stored: { exchangeId: c.key, findings: [], reviews: [], annotations: [] } }))({
      type: CAPTURE_MESSAGE,
      capture: c,
    });
    await flush();
    expect(shadow().querySelector('.sl-badge-button--clean')!.getAttribute('aria-label')).toBe('SpecLens: no findings for this reply');

    reviews.stop();
    reviews = new InpageReviews({ adapter, requestData: requestData as unknown as RequestData, css: '', doc: document, win: window });
    await reviews.wrapSend<Msg>(async () => ({ ok: false, error: 'Capture is paused' }))({ type: CAPTURE_MESSAGE, capture: capture() });
    await flush();
    expect(hosts()).toHaveLength(0);
  });

  it('keeps the badge of a reply the background analysed but could not store, and says it was not saved', async () => {
    const c = capture();
    const full: CaptureResponse = {
      ok: false,
      error: "Could not store the capture: the browser's storage for SpecLens is full. Nothing that was already stored has been lost.",
      unsaved: { kind: 'quota', result: { findings: FINDINGS, signals: {} as never, errors: [] } as never },
    };
    await reviews.wrapSend<Msg>(async () => full)({ type: CAPTURE_MESSAGE, capture: c });
    await flush();
    const badge = shadow().querySelector('.sl-badge-button')!;
    expect(badge.getAttribute('aria-label')).toBe('SpecLens: 2 findings (1 high, 1 low), shown but not saved');
    expect(badge.classList.contains('sl-badge-button--unsaved')).toBe(true);
    expect(badge.querySelector('.sl-badge-unsaved')!.textContent).toBe('not saved');

    (badge as HTMLButtonElement).click();
    await flush();
    const panel = shadow().querySelector('.sl-panel')!;
    expect([...panel.querySelectorAll('.sl-finding-title')].map((e) => e.textContent)).toEqual(['shows-markup title', 'sycophantic-opener title']);
    expect(panel.querySelector('.sl-status--error')!.textContent).toBe(
      'Shown here but not saved: your disk is full. Free space or delete old data (SpecLens options → Retention). Reviews and flags cannot be saved for this reply.',
    );
    expect((panel.querySelector('.sl-flag-button') as HTMLButtonElement).disabled).toBe(true);
    expect([...panel.querySelectorAll<HTMLButtonElement>('.sl-verdict--confirmed')].every((b) => b.disabled)).toBe(true);
  });

  it('words other failed writes with their reason, and a clean unsaved reply still says not saved', async () => {
    const c = capture();
    const response: CaptureResponse = {
      ok: false,
      error: 'Could not store the capture: the SpecLens database is not available right now. Reload the extension if this persists.',
      unsaved: { kind: 'unavailable', result: { findings: [], signals: {} as never, errors: [] } as never },
    };
    await reviews.wrapSend<Msg>(async () => response)({ type: CAPTURE_MESSAGE, capture: c });
    await flush();
    const badge = shadow().querySelector('.sl-badge-button') as HTMLButtonElement;
    expect(badge.getAttribute('aria-label')).toBe('SpecLens: no findings for this reply, shown but not saved');
    badge.click();
    await flush();
    expect(shadow().querySelector('.sl-status--error')!.textContent).toBe(
      'Shown here but not saved: the SpecLens database is not available right now. Reload the extension if this persists. Reviews and flags cannot be saved for this reply.',
    );
  });

  it('drops the badge when the answer claims an unsaved analysis of the wrong shape', async () => {
    await reviews.wrapSend<Msg>(async () => ({ ok: false, error: 'Could not store the capture: x', unsaved: { kind: 'quota', result: 'nope' } }))({
      type: CAPTURE_MESSAGE,
      capture: capture(),
    });
    await flush();
    expect(hosts()).toHaveLength(0);
  });

  it('leaves other messages alone', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    await reviews.wrapSend<Msg>(send)({ type: 'speclens/health' });
    expect(send).toHaveBeenCalledOnce();
    expect(hosts()).toHaveLength(0);
  });

  it('opens the panel, renders captured markup as text, and stores a verdict and a flag through the data API', async () => {
    const c = capture();
    await reviews.wrapSend<Msg>(async () => okResponse(c))({ type: CAPTURE_MESSAGE, capture: c });
    await flush();
    (shadow().querySelector('.sl-badge-button') as HTMLButtonElement).click();
    await flush();
    const panel = shadow().querySelector('.sl-panel')!;
    expect(panel).not.toBeNull();
    // High severity first; the markup quote is characters, never an element.
    expect([...panel.querySelectorAll('.sl-finding-title')].map((e) => e.textContent)).toEqual(['shows-markup title', 'sycophantic-opener title']);
    expect(panel.querySelectorAll('img, script')).toHaveLength(0);
    expect(panel.textContent).toContain(XSS);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();

    const ids = findingRecordIds(c.key, FINDINGS);
    requestData.mockResolvedValueOnce({ ok: true, value: { updated: [{ findingId: ids[1], verdict: 'confirmed' }], missing: [] } });
    (panel.querySelector(`[data-finding-id="${ids[1]}"] .sl-verdict--confirmed`) as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(requestData).toHaveBeenCalledWith({ type: 'speclens/data/set-reviews', changes: [{ findingId: ids[1], verdict: 'confirmed', note: '' }] });
    expect(shadow().querySelector(`[data-finding-id="${ids[1]}"]`)!.getAttribute('data-verdict')).toBe('confirmed');

    // Select text in the reply, then flag it.
    const p = document.querySelector('[data-role="assistant"] p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(p, 0);
    range.setEnd(p, 'Great question'.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    (shadow().querySelector('.sl-flag-button') as HTMLButtonElement).click();
    await flush();
    expect(shadow().querySelector('.sl-annotate .sl-quote')!.textContent).toBe('Great question');
    const search = shadow().querySelector('.sl-picker input') as HTMLInputElement;
    search.value = 'sycophan';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    const note = shadow().querySelector('.sl-annotate textarea') as HTMLTextAreaElement;
    note.value = 'Flattery.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    requestData.mockResolvedValueOnce({
      ok: true,
      value: { id: 'n1', exchangeId: c.key, exchangeVersion: 1, span: { turnId: 'a1', start: 0, end: 14, quote: 'Great question' }, specAnchor: 'avoid_sycophancy', section: 'seek_truth', note: 'Flattery.', site: 'chatgpt', model: null, capturedAt: 0, createdAt: 1 },
    });
    await flush();
    (shadow().querySelector('.sl-annotate') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    await flush();
    const call = requestData.mock.calls.at(-1)![0];
    expect(call).toMatchObject({
      type: 'speclens/data/add-annotation',
      annotation: { exchangeId: c.key, span: { turnId: 'a1', start: 0, end: 14 }, specAnchor: 'avoid_sycophancy', note: 'Flattery.' },
    });
    expect(shadow().querySelector('.sl-annotation-section')!.textContent).toBe("Don't be sycophantic");
  });

  it('shows the store’s error in plain words when a review cannot be saved', async () => {
    const c = capture();
    await reviews.wrapSend<Msg>(async () => okResponse(c))({ type: CAPTURE_MESSAGE, capture: c });
    await flush();
    (shadow().querySelector('.sl-badge-button') as HTMLButtonElement).click();
    await flush();
    requestData.mockResolvedValueOnce({ ok: false, error: { kind: 'quota', message: 'Could not save the review: the disk is full.', reason: 'the disk is full' } });
    (shadow().querySelector('.sl-verdict--dismissed') as HTMLButtonElement).click();
    await flush();
    await flush();
    expect(shadow().querySelector('.sl-status--error')!.textContent).toBe('Could not save the review: the disk is full.');
  });

  it('closes the panel on Escape and gives focus back to the badge; keys typed in the panel do not reach the page', async () => {
    const c = capture();
    await reviews.wrapSend<Msg>(async () => okResponse(c))({ type: CAPTURE_MESSAGE, capture: c });
    await flush();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    (shadow().querySelector('.sl-badge-button') as HTMLButtonElement).click();
    await flush();
    const title = shadow().querySelector('.sl-panel-title') as HTMLElement;
    expect(shadow().activeElement).toBe(title);
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await flush();
    expect(shadow().querySelector('.sl-panel')).toBeNull();
    expect(shadow().activeElement).toBe(shadow().querySelector('.sl-badge-button'));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });
});

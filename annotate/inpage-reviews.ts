/**
 * The in-page review layer of the content script: after the background has analysed and stored a
 * finished reply, a badge appears beside it; its panel reviews the findings and flags what the rules
 * missed, through the background's data API. Never throws into the page.
 */
import { h, render } from 'preact';
import { InpageReply } from '../components/inpage/InpageReply';
import type { ReplyActions, ReplyView, ReviewState, SelectedText } from '../components/inpage/types';
import { replyElementOf } from '../capture/reply-element';
import type { CaptureEvent } from '../capture/types';
import type { Finding, Span } from '../engine/types';
import { CAPTURE_MESSAGE, isCaptureResponse, type CaptureRequest, type StoredReply } from '../messaging/capture-protocol';
import { DATA_MESSAGES, type DataRequestOf, type DataResponse, type DataType } from '../messaging/data-protocol';
import { unsavedReplyNotice } from '../components/storage-problem';
import { findingRecordIds } from '../storage/finding-id';
import { UNREVIEWED, type FindingRecord, type Verdict } from '../storage/records';
import type { PageTurn, SiteAdapter } from '../sites/types';
import { BadgeLayout } from './badge-layout';
import { findTurnElement } from './find-reply';
import { clearEvidence, showEvidence } from './highlight';
import { scrollContainerOf } from './placement';
import { createReplyHost, type ReplyHost } from './reply-host';
import { rangeOfQuote, spanOfSelection } from './text-index';
import { pageTheme } from './theme';

/** The look for unannounced moves: every second after a move, backing off to this while nothing moves. */
const CHECK_MIN_MS = 1000;
const CHECK_MAX_MS = 4000;

export type RequestData = <T extends DataType>(request: DataRequestOf<T>) => Promise<DataResponse<T>>;

export interface InpageReviewsDeps {
  adapter: SiteAdapter;
  requestData: RequestData;
  /** The shadow root's stylesheet. */
  css: string;
  doc?: Document;
  win?: Window;
}

interface ReplyEntry {
  key: string;
  exchangeId: string;
  capture: CaptureEvent;
  element: Element;
  scroller: Element | null;
  replyTurnId: string;
  replyText: string;
  view: ReplyView;
  /** Evidence as the page shows it (unredacted), by finding id. */
  evidence: Map<string, Span[]>;
  selection: (SelectedText & { start: number; end: number }) | null;
  host: ReplyHost;
  idPrefix: string;
  actions: ReplyActions;
  open: boolean;
  /** Shown: its theme and scroll container known, placed (see `#onLaidOut`). */
  revealed: boolean;
}

/** Finding records made from the analysis alone, for a reply the background did not store. */
function unstoredRecords(capture: CaptureEvent, findings: readonly Finding[]): FindingRecord[] {
  const ids = findingRecordIds(capture.key, findings);
  const ex = capture.exchange;
  return findings.map((f, ordinal) => ({
    ...f,
    id: ids[ordinal]!,
    exchangeId: capture.key,
    exchangeVersion: capture.version,
    ordinal,
    section: f.spec.section,
    site: ex.site,
    model: ex.model ?? null,
    conversationId: ex.conversationId ?? null,
    capturedAt: Date.now(),
    verdict: UNREVIEWED,
  }));
}

function viewOf(stored: StoredReply | undefined, fallback: FindingRecord[]): ReplyView {
  if (!stored) return { findings: fallback, reviews: {}, annotations: [], stored: false };
  const reviews: Record<string, ReviewState> = {};
  for (const r of stored.reviews) reviews[r.findingId] = { verdict: r.verdict, note: r.note };
  return { findings: stored.findings, reviews, annotations: stored.annotations, stored: true };
}

export class InpageReviews {
  readonly #deps: Required<InpageReviewsDeps>;
  readonly #entries = new Map<Element, ReplyEntry>();
  readonly #resize: ResizeObserver | null;
  readonly #layout: BadgeLayout;
  #frame = 0;
  /** The next look for replies that moved unannounced (see `#checkMoved`), and how long until the one after. */
  #checkTimer: ReturnType<typeof setTimeout> | null = null;
  #checkDelay = CHECK_MIN_MS;
  #looking = false;
  #selectionTimer: ReturnType<typeof setTimeout> | null = null;
  #stopped = false;
  #serial = 0;

  constructor(deps: InpageReviewsDeps) {
    const doc = deps.doc ?? document;
    this.#deps = { doc, win: deps.win ?? doc.defaultView ?? window, ...deps } as Required<InpageReviewsDeps>;
    const { win } = this.#deps;
    this.#layout = new BadgeLayout(win);
    this.#resize = typeof (win as unknown as typeof globalThis).ResizeObserver === 'function'
        ? new (win as unknown as typeof globalThis).ResizeObserver(() => this.#onLaidOut())
        : null;
    doc.addEventListener('scroll', this.#schedule, { capture: true, passive: true });
    win.addEventListener('resize', this.#schedule, { passive: true });
    doc.addEventListener('selectionchange', this.#onSelectionChange);
  }

  /**
   * Called the moment the watcher reports a finished reply, before the background has answered: the
   * badge appears at once, checking, so it never waits on the analysis and the database.
   */
  onCaptureSent(capture: CaptureEvent): void {
    if (this.#stopped) return;
    try {
      this.#showPending(capture);
    } catch {
      // A badge that cannot be shown must not disturb the page; the capture itself goes on.
    }
  }

  /** Called with the background's answer to a capture: the badge shows the stored findings. */
  onCaptured(capture: CaptureEvent, response: unknown): void {
    if (this.#stopped) return;
    try {
      this.#showResult(capture, response);
    } catch {
      // As above.
    }
  }

  /**
   * Wraps the content script's send: each capture shows its badge as it is sent, and the answer fills
   * it in. The answer is handed on unchanged, so the capture pipeline sees exactly what it saw before.
   */
  wrapSend<M extends { type: string }>(send: (message: M) => Promise<unknown>): (message: M) => Promise<unknown> {
    return (message) => {
      if (message.type !== CAPTURE_MESSAGE) return send(message);
      const { capture } = message as unknown as CaptureRequest;
      this.onCaptureSent(capture);
      const sending = send(message);
      sending.then(
        (response) => this.onCaptured(capture, response),
        () => this.onCaptured(capture, null),
      );
      return sending;
    };
  }

  /** How many replies show a badge. */
  get size(): number {
    return this.#entries.size;
  }

  stop(): void {
    this.#stopped = true;
    const { doc, win } = this.#deps;
    doc.removeEventListener('scroll', this.#schedule, { capture: true });
    win.removeEventListener('resize', this.#schedule);
    doc.removeEventListener('selectionchange', this.#onSelectionChange);
    this.#resize?.disconnect();
    if (this.#checkTimer !== null) clearTimeout(this.#checkTimer);
    if (this.#frame) win.cancelAnimationFrame(this.#frame);
    for (const entry of this.#entries.values()) {
      render(null, entry.host.root);
      entry.host.remove();
    }
    this.#entries.clear();
  }

  #showPending(capture: CaptureEvent): void {
    const { adapter, doc } = this.#deps;
    const reply = capture.exchange.turns.at(-1);
    if (!reply || reply.role !== 'assistant') return;
    // The watcher knows the reply's element; reading the page's turns again is the fallback.
    const element = replyElementOf(capture) ?? findTurnElement(adapter, doc, capture.exchange, reply.id);
    if (!element) return;
    const previous = this.#entries.get(element);
    if (previous?.key === capture.key) return;
    // A regenerated or edited reply in the same element takes over the old badge.
    const host = previous?.host ?? createReplyHost(doc, this.#deps.css, capture.key);
    host.root.dataset.key = capture.key;
    const entry: ReplyEntry = {
      key: capture.key,
      exchangeId: capture.key,
      capture,
      element,
      scroller: previous?.scroller ?? null, // found when the badge is revealed
      replyTurnId: reply.id,
      replyText: reply.text,
      view: { findings: [], reviews: {}, annotations: [], stored: false, pending: true },
      evidence: new Map(),
      selection: previous?.selection ?? null,
      host,
      idPrefix: previous?.idPrefix ?? `sl${++this.#serial}`,
      actions: null as unknown as ReplyActions,
      open: previous?.open ?? false,
      revealed: false,
    };
    entry.actions = this.#actionsFor(entry);
    this.#entries.set(element, entry);
    if (this.#checkTimer === null) this.#armCheck();
    this.#render(entry);
    // Revealed once the page is laid out: a fresh observation reports then (observing again restarts it).
    this.#resize?.unobserve(element);
    this.#resize?.observe(element);
    // A reply with no box of its own (an inline element, `display: contents`) gets no report: it, or a
    // page without ResizeObserver, is revealed just after the frame.
    this.#afterFrame(() => {
      if (!entry.revealed && this.#entries.get(element) === entry) this.#onLaidOut();
    });
  }

  /** Runs `work` just after the next frame: the layout the frame made is then there to read. */
  #afterFrame(work: () => void): void {
    const { win } = this.#deps;
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        if (!this.#stopped) work();
      }, 0),
    );
  }

  /** Places the revealed badges from the current layout; whether any moved. A remount is handled in a frame. */
  #placeRevealed(): boolean {
    const entries = this.#revealed();
    if (entries.some((e) => !e.element.isConnected)) {
      this.#schedule();
      return true;
    }
    return this.#layout.place(entries);
  }

  /**
   * The ResizeObserver reports when the browser has laid the page out for a frame, before it paints; a
   * reply's size changed, or a badge was just added. Reading styles and positions then costs nothing
   * the browser has not done already, whereas right after the site changed the page (a reply just
   * finished) it would make the browser do that work early, inside our task. New badges are revealed
   * here (their theme and their reply's scroll container read), and every badge is placed.
   */
  #onLaidOut(): void {
    if (this.#stopped) return;
    const entries = [...this.#entries.values()];
    if (entries.some((e) => !e.element.isConnected)) {
      this.#schedule(); // a remount: the replies are looked up again in a frame
      return;
    }
    const { win } = this.#deps;
    const revealing = entries.filter((e) => !e.revealed);
    for (const entry of revealing) {
      entry.scroller = scrollContainerOf(entry.element, win);
      entry.host.root.dataset.theme = pageTheme(entry.element, win);
    }
    this.#layout.place(entries);
    for (const entry of revealing) {
      entry.revealed = true;
      entry.host.host.style.visibility = '';
    }
    this.#lookOftenAgain();
  }

  #showResult(capture: CaptureEvent, response: unknown): void {
    const entry = [...this.#entries.values()].find((e) => e.key === capture.key);
    if (!entry) return;
    if (!isCaptureResponse(response)) {
      this.#remove(entry);
      return;
    }
    if (!response.ok) {
      // Analysed but not stored (a full disk): the findings are shown, and the badge says they were not saved.
      if (response.unsaved) {
        const notice = unsavedReplyNotice(response.unsaved.kind, response.error);
        this.#showFindings(entry, capture, response.unsaved.result.findings, undefined, notice);
        return;
      }
      // Capture is off for this site, or the background could not analyse the reply.
      this.#remove(entry);
      return;
    }
    this.#showFindings(entry, capture, response.result.findings, response.stored);
  }

  #showFindings(entry: ReplyEntry, capture: CaptureEvent, findings: readonly Finding[], stored: StoredReply | undefined, unsaved?: string): void {
    const ids = findingRecordIds(capture.key, findings);
    entry.evidence = new Map(findings.map((f, i) => [ids[i]!, f.evidence] as const));
    entry.exchangeId = stored?.exchangeId ?? capture.key;
    const view = viewOf(stored, unstoredRecords(capture, findings));
    this.#update(entry, unsaved === undefined ? view : { ...view, unsaved });
  }

  #remove(entry: ReplyEntry): void {
    render(null, entry.host.root);
    entry.host.remove();
    this.#resize?.unobserve(entry.element);
    this.#entries.delete(entry.element);
  }

  #render(entry: ReplyEntry): void {
    render(
      h(InpageReply, {
        idPrefix: entry.idPrefix,
        view: entry.view,
        actions: entry.actions,
        onOpenChange: (open: boolean) => {
          entry.open = open;
          entry.host.root.classList.toggle('sl-root--open', open);
          if (open) entry.host.root.dataset.theme = pageTheme(entry.element, this.#deps.win);
          this.#position(entry);
        },
      }),
      entry.host.root,
    );
    this.#layout.rendered(entry);
  }

  /** Re-renders with a changed view; the components keep their state (the panel stays open). */
  #update(entry: ReplyEntry, view: ReplyView): void {
    entry.view = view;
    this.#render(entry);
    // The badge's size may have changed ("checking" became the counts): placed with the next frame's layout.
    this.#afterFrame(() => this.#placeRevealed());
  }

  #revealed(): ReplyEntry[] {
    return [...this.#entries.values()].filter((e) => e.revealed);
  }

  #actionsFor(entry: ReplyEntry): ReplyActions {
    const { requestData, win } = this.#deps;
    return {
      review: async (findingId: string, verdict: Verdict | null, note: string) => {
        const answer = await requestData({ type: DATA_MESSAGES.setReviews, changes: [{ findingId, verdict, note }] });
        if (!answer.ok) return answer.error.message;
        if (answer.value.missing.includes(findingId)) return 'This finding is no longer stored (it was deleted).';
        this.#update(entry, { ...entry.view, reviews: { ...entry.view.reviews, [findingId]: { verdict, note } } });
        return null;
      },
      showEvidence: (findingId: string) => this.#showEvidence(entry, findingId),
      clearEvidence: () => clearEvidence(win),
      selection: () => (entry.selection ? { quote: entry.selection.quote } : null),
      annotate: async ({ specAnchor, note, useSelection }) => {
        const s = useSelection ? entry.selection : null;
        const answer = await requestData({
          type: DATA_MESSAGES.addAnnotation,
          annotation: {
            id: crypto.randomUUID(),
            exchangeId: entry.exchangeId,
            span: s ? { turnId: entry.replyTurnId, start: s.start, end: s.end } : null,
            specAnchor,
            note,
          },
        });
        if (!answer.ok) return answer.error.message;
        this.#update(entry, { ...entry.view, annotations: [...entry.view.annotations, answer.value] });
        return null;
      },
    };
  }

  #showEvidence(entry: ReplyEntry, findingId: string): boolean {
    const finding = entry.view.findings.find((f) => f.id === findingId);
    const spans = entry.evidence.get(findingId) ?? finding?.evidence ?? [];
    const { adapter, doc, win } = this.#deps;
    const ranges: Range[] = [];
    for (const span of spans) {
      const turn = entry.capture.exchange.turns.find((t) => t.id === span.turnId);
      if (!turn) continue;
      const element = span.turnId === entry.replyTurnId ? entry.element : findTurnElement(adapter, doc, entry.capture.exchange, span.turnId);
      const range = element ? rangeOfQuote(element, span.quote, turn.text.length ? span.start / turn.text.length : 0) : null;
      if (range) ranges.push(range);
    }
    return showEvidence(ranges, win) !== null;
  }

  #onSelectionChange = (): void => {
    if (this.#selectionTimer !== null) clearTimeout(this.#selectionTimer);
    this.#selectionTimer = setTimeout(() => this.#readSelection(), 120);
  };

  /** Remembers the latest text selected inside a badged reply (clicking into the panel must not lose it). */
  #readSelection(): void {
    this.#selectionTimer = null;
    const selection = this.#deps.win.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    for (const entry of this.#entries.values()) {
      if (!entry.element.contains(range.commonAncestorContainer)) continue;
      const span = spanOfSelection(entry.replyText, selection.toString());
      if (span) entry.selection = span;
      return;
    }
  }

  #schedule = (): void => {
    if (this.#stopped) return;
    this.#lookOftenAgain();
    if (this.#frame) return;
    this.#frame = this.#deps.win.requestAnimationFrame(() => {
      this.#frame = 0;
      const entries = [...this.#entries.values()];
      if (entries.some((e) => !e.element.isConnected)) this.#relocateAll(entries);
      this.#layout.place(this.#revealed());
    });
  };

  /**
   * Has a reply moved without a scroll, a resize or a change of its own size (content above it grew)?
   * Asked every second, and half as often after each look that found nothing moved, down to every
   * CHECK_MAX_MS: while the page only streams a new reply below, the badges stay put. Looked at just
   * after a frame, when the page's layout is done and reading it costs next to nothing.
   */
  #checkMoved = (): void => {
    this.#checkTimer = null;
    if (this.#stopped || this.#entries.size === 0) return;
    this.#armCheck();
    if (this.#looking) return; // a hidden tab runs no frames: one look waits, not one per second
    this.#looking = true;
    this.#afterFrame(() => {
      this.#looking = false;
      const moved = this.#placeRevealed();
      this.#checkDelay = moved ? CHECK_MIN_MS : Math.min(CHECK_MAX_MS, this.#checkDelay * 2);
    });
  };

  /** Something moved (a scroll, a resize, a reply's size): look for unannounced moves often again. */
  #lookOftenAgain(): void {
    if (this.#checkDelay === CHECK_MIN_MS || this.#checkTimer === null) return;
    this.#checkDelay = CHECK_MIN_MS;
    this.#armCheck();
  }

  #armCheck(): void {
    if (this.#checkTimer !== null) clearTimeout(this.#checkTimer);
    this.#checkTimer = setTimeout(this.#checkMoved, this.#checkDelay);
  }

  #position(entry: ReplyEntry): void {
    this.#layout.place([entry]);
  }

  /** A virtualised thread remounted replies: find their new elements (one read of the page's turns for all). */
  #relocateAll(entries: ReplyEntry[]): void {
    let turns: PageTurn[];
    try {
      turns = this.#deps.adapter.findTurns(this.#deps.doc);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.element.isConnected) continue;
      const element = findTurnElement(this.#deps.adapter, this.#deps.doc, entry.capture.exchange, entry.replyTurnId, turns);
      if (!element || this.#entries.has(element)) continue;
      this.#entries.delete(entry.element);
      this.#resize?.unobserve(entry.element);
      entry.element = element;
      entry.scroller = scrollContainerOf(element, this.#deps.win);
      this.#entries.set(element, entry);
      this.#resize?.observe(element);
    }
  }
}

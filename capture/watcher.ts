/**
 * Watches a chat page through a SiteAdapter and reports each finished reply exactly once.
 *
 * Cost to the page: one MutationObserver whose callback only queues records; the records are handled
 * in one batch at most every 100 ms, and each record costs a lookup or two to find the turn it is in.
 * A full `findTurns(document)` runs only when an added subtree contains something the adapter's
 * selectors find (a new turn, a remount, a busy marker), and before a capture. Reply text is read only
 * when a reply has gone quiet, and the busy marker at most once per poll interval while text streams.
 */
import type { Exchange, Turn } from '../engine/types';
import { SlicedRead } from '../sites/shared';
import type { PageTurn, SiteAdapter } from '../sites/types';
import { BatchScheduler, pageEnvironment, type WatcherEnvironment } from './environment';
import { textFingerprint } from './fingerprint';
import { CaptureLedger, replyKey, slotKey } from './keys';
import { resolveWatcherOptions, type WatcherOptions } from './options';
import { rememberReplyElement } from './reply-element';
import { markBusyStale, markChanged, newReplyState, stepReply, type ReplyState, type StuckReason } from './reply-state';
import { SelectorProbe } from './selector-probe';
import type { CaptureEvent, HealthEvent, HealthKind } from './types';

export interface WatcherCallbacks {
  onCapture(event: CaptureEvent): void;
  onHealth(event: HealthEvent): void;
}

interface TrackedTurn {
  turn: PageTurn;
  /** Index in the adapter's latest full turn list. */
  position: number;
  /** Only assistant turns have one. */
  reply: ReplyState | null;
  dueAt: number;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** Added to every timer's delay, so that it fires after what it waits for, never just before. */
const TIMER_SLACK_MS = 1;

/** Page changes outside the replies re-read the busy marker at most this often. */
const BUSY_RECHECK_MS = 100;

const REPLY_CHANGES: MutationObserverInit = { subtree: true, childList: true, characterData: true };

const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-busy', 'data-is-streaming', 'data-testid', 'aria-label', 'disabled', 'hidden'],
};

const STUCK_DETAIL: Record<StuckReason, string> = {
  busy: "the site's busy marker stayed on",
  changing: 'its text kept changing',
  'no-actions': "the reply's action buttons never appeared",
  empty: 'the reply stayed empty',
};

export class ReplyWatcher {
  readonly #options: WatcherOptions;
  readonly #env: WatcherEnvironment;
  readonly #doc: Document;
  readonly #probe: SelectorProbe;
  readonly #ledger = new CaptureLedger();
  readonly #batcher: BatchScheduler;
  readonly #textCache = new WeakMap<Element, string>();
  /** Reply texts being read over several tasks (see `#replyText`), by turn element. */
  readonly #reads = new WeakMap<Element, SlicedRead>();
  /**
   * The newest reply while its busy marker is on. A streaming reply mutates the page thousands of times
   * (every token, every new markdown element), and each mutation costs a record delivered into the
   * content script. So while it streams, the page-wide observer is off and a one-shot observer on the
   * reply only notes "changed" and disconnects itself; every `streamSampleMs` the note is read and the
   * observer re-armed. The cost follows time, not the number of mutations or the size of the reply.
   */
  #streaming: { tracked: TrackedTurn; changed: boolean; probe: MutationObserver } | null = null;
  readonly #errorsReported = new Set<string>();
  /** Every element of every turn (a turn's `parts` too), to the turn it belongs to. */
  #tracked = new Map<Element, TrackedTurn>();
  /** Owner lookups, valid while `#generation` (bumped whenever the turn list changes) is unchanged. */
  readonly #owners = new WeakMap<Node, { generation: number; owner: TrackedTurn | null }>();
  #generation = 0;
  #order: TrackedTurn[] = [];
  #structureDirty = true;
  #queue: MutationRecord[][] = [];
  #observer: MutationObserver | null = null;
  #timer: unknown = null;
  #timerAt = Infinity;
  #url: string;
  #noTurnsCheckAt = Infinity;
  #noTurnsReportedFor: string | null = null;
  #running = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly callbacks: WatcherCallbacks,
    options: Partial<WatcherOptions> = {},
    env: WatcherEnvironment = pageEnvironment(),
  ) {
    this.#options = resolveWatcherOptions(options);
    this.#env = env;
    this.#doc = env.document;
    this.#probe = new SelectorProbe(adapter, env.document);
    this.#batcher = new BatchScheduler(env, this.#options.batchMs, () => this.#guard('batch', () => this.#flush()));
    this.#url = env.location();
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#guard('start', () => {
      const now = this.#env.now();
      this.#reconcile(now);
      this.#noTurnsCheckAt = now + this.#options.noTurnsGraceMs;
      this.#observer = new this.#env.MutationObserver((records) => {
        this.#queue.push(records);
        this.#batcher.request();
      });
      this.#observer.observe(this.#doc, OBSERVED);
      this.#tick();
    });
  }

  stop(): void {
    this.#running = false;
    this.#streaming?.probe.disconnect();
    this.#streaming = null;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#batcher.cancel();
    if (this.#timer !== null) this.#env.clearTimeout(this.#timer);
    this.#timer = null;
    this.#timerAt = Infinity;
    this.#queue = [];
  }

  // ---- mutation batches -------------------------------------------------------------------

  #flush(): void {
    if (!this.#running) return;
    const batches = this.#queue;
    this.#queue = [];
    const now = this.#env.now();

    let rescan = false;
    let stepNow = false;
    let removed = false;
    let outsideChange = false;
    let lastTarget: Node | null = null;
    let lastOwner: TrackedTurn | null = null;
    for (const records of batches) for (const record of records) {
      const owner: TrackedTurn | null = record.target === lastTarget ? lastOwner : this.#ownerOf(record.target);
      lastTarget = record.target;
      lastOwner = owner;
      if (record.type === 'attributes') {
        outsideChange = true;
        if (!owner && !rescan && isElement(record.target) && this.#probe.touches(record.target)) rescan = true;
        continue;
      }
      if (owner) {
        this.#forgetText(owner.turn.element);
        if (owner.reply) {
          // A streaming reply already has a timer (its poll or its quiet period); a finished one does not.
          if (markChanged(owner.reply, now)) {
            owner.dueAt = now;
            stepNow = true;
          }
          continue;
        }
        // A user turn's element can be the wrapper the answer is rendered into on some layouts.
        if (record.type === 'childList' && !rescan && this.#addsWatchedElement(record)) rescan = true;
        continue;
      }
      if (record.type !== 'childList') continue;
      outsideChange = true;
      if (record.removedNodes.length > 0) removed = true;
      if (!rescan && this.#addsWatchedElement(record)) rescan = true;
    }

    // A navigation always changes the page outside the turns; it restarts the no-turns grace period.
    if ((outsideChange || rescan) && this.#noticeNavigation(now)) stepNow = true;
    if (rescan) this.#reconcile(now);
    else if (removed) this.#dropDisconnected();
    if (outsideChange) {
      // A busy marker outside the replies (a stop button in the composer) may have gone. That matters
      // only to a reply whose text has gone quiet; one still changing is not finished either way.
      for (const tracked of this.#order) {
        const reply = tracked.reply;
        if (reply && now - reply.lastChangeAt >= this.#options.quietMs && markBusyStale(reply, now, BUSY_RECHECK_MS)) {
          tracked.dueAt = now;
          stepNow = true;
        }
      }
    }
    if (rescan || removed || stepNow) this.#tick();
  }

  #addsWatchedElement(record: MutationRecord): boolean {
    for (const node of record.addedNodes) if (isElement(node) && this.#probe.touches(node)) return true;
    return false;
  }

  /**
   * The turn a node belongs to. Each node on the way up is remembered for the current turn list, so
   * the many new elements of a streaming reply cost one or two lookups each, not a walk to the root.
   */
  #ownerOf(node: Node): TrackedTurn | null {
    const path: Node[] = [];
    let owner: TrackedTurn | null = null;
    for (let n: Node | null = node; n !== null; n = n.parentNode) {
      const tracked = this.#tracked.get(n as Element);
      if (tracked) {
        owner = tracked;
        break;
      }
      const known = this.#owners.get(n);
      if (known && known.generation === this.#generation) {
        owner = known.owner;
        break;
      }
      path.push(n);
    }
    for (const n of path) this.#owners.set(n, { generation: this.#generation, owner });
    return owner;
  }

  #noticeNavigation(now: number): boolean {
    const url = this.#env.location();
    if (url === this.#url) return false;
    this.#url = url;
    this.#noTurnsCheckAt = now + this.#options.noTurnsGraceMs;
    return true;
  }

  /** Re-reads the turn list from the whole document and keeps the state of turns still mounted. */
  #reconcile(now: number): void {
    let turns: PageTurn[];
    try {
      turns = this.adapter.findTurns(this.#doc);
    } catch (error) {
      this.#reportError('findTurns', error);
      return;
    }
    const next = new Map<Element, TrackedTurn>();
    const order: TrackedTurn[] = [];
    for (const turn of turns) {
      if (next.has(turn.element)) continue;
      let tracked = this.#tracked.get(turn.element);
      if (!tracked || tracked.turn.element !== turn.element || tracked.turn.role !== turn.role) {
        tracked = { turn, position: 0, reply: turn.role === 'assistant' ? newReplyState(now) : null, dueAt: now };
      }
      // Updated in place: a tick may hold this object while a capture re-reads the turn list.
      tracked.turn = turn;
      tracked.position = order.length;
      // A reply split over several elements owns mutations in each of them.
      for (const part of turn.parts ?? []) next.set(part, tracked);
      next.set(turn.element, tracked);
      order.push(tracked);
    }
    this.#tracked = next;
    this.#order = order;
    this.#generation++;
    this.#structureDirty = false;
  }

  #dropDisconnected(): void {
    const kept = this.#order.filter((t) => t.turn.element.isConnected);
    if (kept.length === this.#order.length) return;
    this.#order = kept;
    this.#tracked = new Map(kept.flatMap((t) => [...(t.turn.parts ?? []), t.turn.element].map((e) => [e, t] as const)));
    this.#generation++;
    // Positions are stale until the next full read, which happens before any capture.
    this.#structureDirty = true;
  }

  // ---- timer: reply steps, health checks ------------------------------------------------

  /** The timer: one at a time, for the earliest due reply or health check. */
  #onTimer = (): void => {
    this.#timer = null;
    this.#timerAt = Infinity;
    this.#tick();
  };

  /** Steps the due replies, then makes sure the timer fires for the next one (a pending earlier timer is kept). */
  #tick(): void {
    if (!this.#running) return;
    this.#guard('tick', () => {
      const started = this.#env.now();
      if (this.#noticeNavigation(started) && this.#streaming) this.#resumeObserving(started);
      if (started >= this.#noTurnsCheckAt) this.#checkNoTurns();
      const due = this.#order.filter((t) => t.reply && t.reply.phase !== 'finished' && t.dueAt <= started);
      due.sort((a, b) => a.dueAt - b.dueAt);
      // One reply's text is read at a time, to its end: replies due together (those on the page at load)
      // are sampled, and so captured, in page order, however long each takes to read.
      const reading = due.find((t) => t.reply!.readingSince !== null);
      for (const tracked of reading ? [reading] : due) {
        const now = this.#env.now();
        if (now - started > this.#options.sliceBudgetMs) break; // the rest stays due; the timer fires again at once
        this.#step(tracked, now);
        if (tracked.reply!.readingSince !== null) break; // its next slice comes in a task of its own
      }
    });
    this.#armTimer();
  }

  #armTimer(): void {
    if (!this.#running) return;
    let next = this.#noTurnsCheckAt;
    for (const tracked of this.#order) {
      if (tracked.reply && tracked.reply.phase !== 'finished' && tracked.dueAt < next) next = tracked.dueAt;
    }
    if (next === Infinity || next >= this.#timerAt) return;
    if (this.#timer !== null) this.#env.clearTimeout(this.#timer);
    this.#timerAt = next;
    // Rounded up, plus a millisecond: the page's clock is coarse, and a timer that fires a fraction of a
    // millisecond before its reply is due finds nothing to do and costs a second call into the script.
    this.#timer = this.#env.setTimeout(this.#onTimer, Math.max(0, Math.ceil(next - this.#env.now())) + TIMER_SLACK_MS);
  }

  #step(tracked: TrackedTurn, now: number): void {
    try {
      this.#stepUnguarded(tracked, now);
    } catch (error) {
      // Back off, so that an adapter that throws on every call does not spin the timer.
      tracked.dueAt = now + this.#options.pollMs;
      this.#reportError('reply check', error);
    }
  }

  #stepUnguarded(tracked: TrackedTurn, now: number): void {
    const reply = tracked.reply!;
    if (this.#streaming?.tracked === tracked) this.#sampleStreaming(tracked, now);
    const { turn } = tracked;
    // Looking for the action bar can search the whole reply; the busy check needs it too.
    let actions: boolean | null | undefined;
    const hasActions = () => (actions === undefined ? (actions = this.adapter.hasReplyActions(turn)) : actions);
    const result = stepReply(
      reply,
      now,
      {
        isBusy: () => this.#busyMarkerIsFor(tracked, hasActions),
        hasActions,
        text: () => this.#replyText(turn),
      },
      this.#options,
    );
    if (result.kind === 'reading') {
      tracked.dueAt = now; // the next slice, in a task of its own
      return;
    }
    if (result.kind === 'wait') {
      tracked.dueAt = result.dueAt;
      if (this.#streaming?.tracked === tracked) {
        // Quiet with the busy marker off: the reply is about to finish; watch the page again.
        if (!reply.busy && now - reply.lastChangeAt >= this.#options.quietMs) this.#resumeObserving(now);
      } else if (reply.busy && this.#streaming === null) {
        this.#pauseObserving(tracked);
      }
      if (this.#streaming?.tracked === tracked) tracked.dueAt = Math.min(tracked.dueAt, now + this.#options.streamSampleMs);
      if (result.neverFinished) {
        this.#report('reply-never-finished', `A reply did not finish within ${Math.round(this.#options.neverFinishMs / 1000)} s: ${STUCK_DETAIL[result.reason]}.`);
      }
      return;
    }
    tracked.dueAt = Infinity;
    if (this.#streaming?.tracked === tracked) this.#resumeObserving(now);
    if (result.kind === 'finished' && !result.unchanged) this.#capture(tracked, result.text, result.fingerprint, result.origin);
  }

  // ---- while the newest reply streams --------------------------------------------------------

  #pauseObserving(tracked: TrackedTurn): void {
    if (!this.#observer) return;
    // What was recorded so far is still handled, by the batch already scheduled.
    const pending = this.#observer.takeRecords();
    if (pending.length > 0) {
      this.#queue.push(pending);
      this.#batcher.request();
    }
    this.#observer.disconnect();
    const streaming = {
      tracked,
      changed: false,
      probe: new this.#env.MutationObserver(() => {
        streaming.changed = true;
        streaming.probe.disconnect();
      }),
    };
    this.#streaming = streaming;
    this.#armProbe();
  }

  #armProbe(): void {
    const { tracked, probe } = this.#streaming!;
    for (const part of tracked.turn.parts ?? [tracked.turn.element]) probe.observe(part, REPLY_CHANGES);
  }

  #sampleStreaming(tracked: TrackedTurn, now: number): void {
    const streaming = this.#streaming!;
    if (!tracked.turn.element.isConnected) {
      this.#resumeObserving(now); // unmounted or replaced while streaming: read the page again
      return;
    }
    if (!streaming.changed) return; // still observing, nothing happened
    streaming.changed = false;
    this.#forgetText(tracked.turn.element);
    markChanged(tracked.reply!, now);
    this.#armProbe();
  }

  #resumeObserving(now: number): void {
    const streaming = this.#streaming;
    if (!streaming || !this.#observer || !this.#running) return;
    this.#streaming = null;
    streaming.probe.disconnect();
    if (streaming.changed) markChanged(streaming.tracked.reply!, now);
    this.#observer.observe(this.#doc, OBSERVED);
    // Whatever changed elsewhere went unseen: read the turn list again. Cached texts of the other turns
    // are kept: they are finished turns above the one streaming, and a remounted turn is a new element
    // with no cached text; re-reading them all would cost the capture a read of the whole conversation.
    const before = streaming.tracked.turn.parts ?? [streaming.tracked.turn.element];
    this.#reconcile(now);
    const current = this.#tracked.get(streaming.tracked.turn.element);
    const after = current ? (current.turn.parts ?? [current.turn.element]) : [];
    if (current?.reply && (after.length !== before.length || after.some((part, i) => part !== before[i]))) {
      this.#forgetText(current.turn.element);
      markChanged(current.reply, now); // the reply gained or lost a part: its text is not known to be quiet
    }
  }

  /**
   * Sites stream only their newest reply, and many show one busy marker for the whole page (a stop
   * button in the composer). So an older reply is never busy, and neither is a newest reply that
   * already shows its completion actions: the marker then belongs to a reply not readable yet (its
   * element is still empty). Either would otherwise wait for, or count as seen generating, a stream
   * that is not its own.
   */
  #busyMarkerIsFor(tracked: TrackedTurn, hasActions: () => boolean | null): boolean {
    let last: TrackedTurn | null = null;
    for (let i = this.#order.length - 1; i >= 0 && !last; i--) if (this.#order[i]!.reply) last = this.#order[i]!;
    if (last !== tracked) return false;
    if (hasActions() === true) return false;
    return this.adapter.isBusy(this.#doc, tracked.turn);
  }

  #textOf(turn: PageTurn): string {
    const cached = this.#textCache.get(turn.element);
    if (cached !== undefined) return cached;
    const text = this.adapter.turnText(turn);
    this.#textCache.set(turn.element, text);
    this.#reads.delete(turn.element);
    return text;
  }

  /**
   * A reply's text for the finish check, read in slices of `textSliceMs`: null until the last slice.
   * A 20 KB reply takes tens of milliseconds to read on a slow machine; between two slices the page
   * runs. A change to the reply drops the partial read (`#forgetText`). A read that ends before a
   * change in its middle is handled is only a sample taken before that change, which the finish check
   * discards once the change is seen (within a batch, well before the confirming sample): a text mixed
   * from two versions of the page is never captured.
   */
  #replyText(turn: PageTurn): string | null {
    const cached = this.#textCache.get(turn.element);
    if (cached !== undefined) return cached;
    let read = this.#reads.get(turn.element);
    if (!read) {
      read = new SlicedRead(this.#options.textSliceMs, () => this.#env.now());
      this.#reads.set(turn.element, read);
    }
    let text: string | null;
    try {
      text = read.step(() => this.adapter.turnText(turn));
    } catch (error) {
      this.#reads.delete(turn.element);
      throw error;
    }
    if (text === null) return null;
    this.#reads.delete(turn.element);
    this.#textCache.set(turn.element, text);
    return text;
  }

  #forgetText(element: Element): void {
    this.#textCache.delete(element);
    this.#reads.delete(element);
  }

  #capture(tracked: TrackedTurn, text: string, fingerprint: string, origin: CaptureEvent['origin']): void {
    if (this.#structureDirty) this.#reconcile(this.#env.now());
    const current = this.#tracked.get(tracked.turn.element);
    if (!current) return; // unmounted in the meantime; it is read again when it comes back
    const url = new URL(this.#env.location());
    const conversationId = this.adapter.conversationId(url);
    const prompt = this.#order.slice(0, current.position).findLast((t) => t.turn.role === 'user');
    const identity = {
      site: this.adapter.id,
      conversationId,
      path: url.pathname,
      position: current.position,
      messageId: current.turn.messageId,
      promptFingerprint: prompt ? textFingerprint(this.#textOf(prompt.turn)) : '',
      fingerprint,
    };
    const key = replyKey(identity);
    if (this.#ledger.has(key)) return; // a remount or a re-render of a reply already captured
    if (!prompt && identity.messageId === null && this.#ledger.hasText(identity)) return; // remounted without its prompt
    const slot = slotKey(identity);
    const exchange = this.#exchangeUpTo(current, text, url, conversationId, key);
    const version = this.#ledger.record(key, slot, identity);
    // Reported in a task of its own: sending copies the whole exchange, and the task that read the
    // reply has already had its share of the main thread.
    const event: CaptureEvent = { key, slot, version, origin, exchange };
    rememberReplyElement(event, current.turn.element);
    this.#env.setTimeout(() => {
      if (!this.#running) return;
      try {
        this.callbacks.onCapture(event);
      } catch (error) {
        this.#reportError('onCapture', error);
      }
    }, 0);
  }

  #exchangeUpTo(reply: TrackedTurn, replyText: string, url: URL, conversationId: string | null, key: string): Exchange {
    const turns: Turn[] = [];
    const ids = new Set<string>();
    for (const tracked of this.#order.slice(0, reply.position + 1)) {
      const { turn } = tracked;
      const text = tracked === reply ? replyText : this.#textOf(turn);
      if (text === '') continue; // as `speclens extract` does: a turn with no readable text (an image) is left out
      const base = turn.messageId ?? `${turn.role}-${tracked.position}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
      ids.add(id);
      turns.push({ id, role: turn.role, text });
    }
    let model: string | null = null;
    try {
      model = this.adapter.model(this.#doc, reply.turn);
    } catch (error) {
      this.#reportError('model', error);
    }
    return {
      id: key,
      site: this.adapter.id,
      conversationId,
      model,
      url: url.href,
      capturedAt: new Date().toISOString(),
      turns,
    };
  }

  // ---- health -------------------------------------------------------------------------------

  #checkNoTurns(): void {
    this.#noTurnsCheckAt = Infinity;
    if (this.#noTurnsReportedFor === this.#url) return;
    if (this.adapter.conversationId(new URL(this.#url)) === null) return; // a new chat has no turns yet
    if (this.#structureDirty || this.#order.length === 0) this.#reconcile(this.#env.now());
    if (this.#order.length > 0) return;
    this.#noTurnsReportedFor = this.#url;
    this.#report('no-turns', `${this.adapter.name} shows a conversation, but no turns could be read on this page.`);
  }

  #report(kind: HealthKind, detail: string): void {
    let missingSelectors: string[] = [];
    try {
      missingSelectors = this.#probe.missing(this.#doc);
    } catch {
      // The event itself matters more than the selector list.
    }
    const event: HealthEvent = { kind, site: this.adapter.id, url: this.#url, missingSelectors, detail, at: new Date().toISOString() };
    try {
      this.callbacks.onHealth(event);
    } catch {
      // Nothing may reach the page; a failing health callback has no other place to report to.
    }
  }

  #reportError(where: string, error: unknown): void {
    const message = `${where}: ${error instanceof Error ? error.message : String(error)}`;
    if (this.#errorsReported.has(message) || this.#errorsReported.size >= this.#options.maxErrorReports) return;
    this.#errorsReported.add(message);
    const event: HealthEvent = { kind: 'content-script-error', site: this.adapter.id, url: this.#url, missingSelectors: [], detail: message, at: new Date().toISOString() };
    try {
      this.callbacks.onHealth(event);
    } catch {
      // See #report.
    }
  }

  /** Runs a piece of watcher work; an exception becomes an `error` health event and never reaches the page. */
  #guard(where: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#reportError(where, error);
    }
  }
}

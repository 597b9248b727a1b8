// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replyElementOf } from '../../capture/reply-element';
import { ReplyWatcher } from '../../capture/watcher';
import type { WatcherEnvironment } from '../../capture/environment';
import type { CaptureEvent, HealthEvent } from '../../capture/types';
import type { WatcherOptions } from '../../capture/options';
import { parseExchange } from '../../messaging/exchange-shape';
import { elementText } from '../../sites/shared';
import type { PageTurn, SiteAdapter } from '../../sites/types';
import { beginReply, endReply, fakeAdapter, replyTurn, setBusy, setPage, userTurn } from './fake-site';

const OPTIONS: Partial<WatcherOptions> = { quietMs: 1500, confirmMs: 300, pollMs: 500, neverFinishMs: 60_000, noTurnsGraceMs: 5000 };
/** Longer than the quiet period plus the confirmation sample and a batch. */
const SETTLE_MS = 2500;

function testEnv(): WatcherEnvironment {
  return {
    document,
    location: () => window.location.href,
    now: () => Date.now(),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    MutationObserver: window.MutationObserver,
  };
}

let captures: CaptureEvent[];
let health: HealthEvent[];
let watcher: ReplyWatcher | null;

function watch(adapter: SiteAdapter, options: Partial<WatcherOptions> = {}): ReplyWatcher {
  watcher = new ReplyWatcher(adapter, { onCapture: (e) => captures.push(e), onHealth: (e) => health.push(e) }, { ...OPTIONS, ...options }, testEnv());
  watcher.start();
  return watcher;
}

const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Streams `text` into a text node in `chunks` pieces, `gapMs` apart. */
async function stream(node: Text, text: string, chunks: number, gapMs: number, onChunk?: () => void): Promise<void> {
  const size = Math.ceil(text.length / chunks);
  for (let i = 0; i < text.length; i += size) {
    node.appendData(text.slice(i, i + size));
    await wait(gapMs);
    onChunk?.();
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/c/conv-1');
  captures = [];
  health = [];
  watcher = null;
});

afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('replies already on the page', () => {
  it('captures each finished reply once, as existing, with the conversation up to it', async () => {
    setPage(userTurn('u1', 'What is 2+2?') + replyTurn('a1', 'It is 4.') + userTurn('u2', 'And 3+3?') + replyTurn('a2', 'It is 6.'));
    watch(fakeAdapter());
    await wait(1000);
    expect(captures).toEqual([]);
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.origin, c.version, c.exchange.turns.map((t) => `${t.role}:${t.text}`)])).toEqual([
      ['existing', 1, ['user:What is 2+2?', 'assistant:It is 4.']],
      ['existing', 1, ['user:What is 2+2?', 'assistant:It is 4.', 'user:And 3+3?', 'assistant:It is 6.']],
    ]);
    const [first] = captures;
    expect(first!.key).toBe(`chatgpt|id:a1|${first!.key.split('|')[2]}`);
    expect(first!.slot).toBe('chatgpt|c:conv-1|1');
    expect(first!.exchange).toMatchObject({ site: 'chatgpt', conversationId: 'conv-1', model: 'fake-model', url: 'http://localhost:3000/c/conv-1' });
    for (const c of captures) expect(parseExchange(c.exchange)).toEqual({ ok: true, exchange: c.exchange });
    await wait(30_000);
    expect(captures).toHaveLength(2);
    expect(health).toEqual([]);
  });
});

describe('the reply element', () => {
  it('is known for each captured reply while it is on the page, without being part of the event', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!') + userTurn('u2', 'More') + replyTurn('a2', 'Sure.'));
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    expect(captures.map((c) => replyElementOf(c))).toEqual([document.querySelector('[data-id="a1"]'), document.querySelector('[data-id="a2"]')]);
    expect(JSON.parse(JSON.stringify(captures[0]))).toEqual(captures[0]);
    document.querySelector('[data-id="a1"]')!.remove();
    expect(replyElementOf(captures[0]!)).toBeNull();
  });
});

describe('a streamed reply', () => {
  it('is captured exactly once, after the busy marker goes off, with the full text', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);

    const text = 'Photosynthesis turns light, water and carbon dioxide into sugar and oxygen. '.repeat(12);
    const node = beginReply(thread, 'u2', 'Explain photosynthesis', 'a2');
    // Chunks with pauses longer than the quiet period: the busy marker alone must hold the capture back.
    await stream(node, text.slice(0, 300), 10, 50, () => expect(captures).toHaveLength(1));
    await wait(4000);
    expect(captures).toHaveLength(1);
    await stream(node, text.slice(300), 30, 40, () => expect(captures).toHaveLength(1));
    endReply('a2');
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(2);
    const live = captures[1]!;
    expect(live.origin).toBe('live');
    expect(live.version).toBe(1);
    expect(live.exchange.turns.at(-1)).toEqual({ id: 'a2', role: 'assistant', text });
    expect(live.exchange.turns.map((t) => t.id)).toEqual(['u1', 'a1', 'u2', 'a2']);
    await wait(20_000);
    expect(captures).toHaveLength(2);
  });

  it('does not hold earlier replies back while the newest one streams under a page-wide busy marker', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    const node = beginReply(thread, 'u2', 'And now?', 'a2');
    watch(fakeAdapter());
    node.appendData('Streaming');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin])).toEqual([['Hello!', 'existing']]);
    node.appendData(' on.');
    endReply('a2');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin])).toEqual([
      ['Hello!', 'existing'],
      ['Streaming on.', 'live'],
    ]);
  });

  it('captures a finished reply at once while the page-wide busy marker belongs to a reply not readable yet', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!') + userTurn('u2', 'More'));
    setBusy(true); // the new reply's element is not on the page yet
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin])).toEqual([['Hello!', 'existing']]);
    thread.insertAdjacentHTML('beforeend', '<div data-role="assistant" data-id="a2"><div class="md"><p>Sure, here</p></div></div>');
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
    endReply('a2');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin])).toEqual([
      ['Hello!', 'existing'],
      ['Sure, here', 'live'],
    ]);
  });

  it('waits for the quiet period when the text keeps changing after the busy marker is off', async () => {
    const thread = setPage('');
    watch(fakeAdapter({ actions: false }));
    const node = beginReply(thread, 'u1', 'Count', 'a1');
    await wait(100);
    setBusy(false);
    for (let i = 0; i < 10; i++) {
      node.appendData(`${i} `);
      await wait(1000);
    }
    expect(captures).toEqual([]);
    await wait(SETTLE_MS);
    expect(captures.map((c) => c.exchange.turns.at(-1)!.text)).toEqual(['0 1 2 3 4 5 6 7 8 9 ']);
    expect(captures[0]!.origin).toBe('live');
  });

  it('waits for the action buttons on sites that show them', async () => {
    const thread = setPage('');
    watch(fakeAdapter());
    const node = beginReply(thread, 'u1', 'Hi', 'a1');
    node.appendData('Hello there.');
    await wait(50);
    setBusy(false);
    await wait(10_000);
    expect(captures).toEqual([]);
    document.querySelector('[data-id="a1"]')!.insertAdjacentHTML('beforeend', '<div class="actions"><button>Copy</button></div>');
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
  });

  it('follows a reply split over several elements, and captures the text of all of them', async () => {
    const thread = setPage(userTurn('u1', 'Think first'));
    watch(fakeAdapter());
    thread.insertAdjacentHTML(
      'beforeend',
      '<div data-role="assistant" data-id="a1" data-continued-in="a1-rest"><div class="md"><p>Before.</p></div></div><section class="thoughts">Thinking…</section><div id="a1-rest"><p></p></div>',
    );
    setBusy(true);
    await wait(SETTLE_MS);
    setBusy(false);
    document.querySelector('[data-id="a1"]')!.insertAdjacentHTML('beforeend', '<div class="actions"><button>Copy</button></div>');
    const rest = thread.querySelector('#a1-rest p')!;
    // Text keeps arriving only in the second element; the quiet period must follow it there.
    for (const word of ['After', ' the', ' long', ' and', ' careful', ' thought.']) {
      rest.append(word);
      await wait(1000);
    }
    expect(captures).toEqual([]);
    await wait(SETTLE_MS);
    expect(captures.map((c) => c.exchange.turns.at(-1)!.text)).toEqual(['Before.\nAfter the long and careful thought.']);
  });

  it('reads the busy marker when a reply appears, not while its text streams, then once per poll interval', async () => {
    const thread = setPage('');
    const adapter = fakeAdapter();
    const isBusy = vi.spyOn(adapter, 'isBusy');
    watch(adapter);
    const node = beginReply(thread, 'u1', 'Hi', 'a1');
    await stream(node, 'x'.repeat(400), 200, 20);
    // 4 s of streaming: the reply's first look, and the stop button appearing in the composer.
    expect(isBusy.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(isBusy.mock.calls.length).toBeLessThanOrEqual(2);
    const streamed = isBusy.mock.calls.length;
    // Quiet, still busy: polled every 500 ms until the marker goes.
    await wait(1500 + 2000);
    expect(isBusy.mock.calls.length - streamed).toBeGreaterThanOrEqual(3);
    expect(isBusy.mock.calls.length - streamed).toBeLessThanOrEqual(6);
    expect(captures).toEqual([]);
  });

  it('keeps at most one batch timer and one step timer pending while text streams', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    const node = beginReply(thread, 'u2', 'More', 'a2');
    let most = 0;
    await stream(node, 'z'.repeat(600), 200, 10, () => (most = Math.max(most, vi.getTimerCount())));
    // The batch timer and the watcher's one timer.
    expect(most).toBeLessThanOrEqual(2);
  });

  it('wakes only when something is due, even where the clock read as a timer fires lags the timer a little', async () => {
    const firings = async (lagMs: number) => {
      document.body.innerHTML = '';
      const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
      // performance.now() is coarsened: its first reading in a timer's task may be a bit short of the
      // time the timer was set for (the clock still never goes back).
      let fresh = false;
      const env = {
        ...testEnv(),
        now: () => {
          const lag = fresh ? lagMs : 0;
          fresh = false;
          return Date.now() - lag;
        },
      };
      let fired = 0;
      const setTimer = env.setTimeout;
      env.setTimeout = (cb, ms) =>
        setTimer(() => {
          fired++;
          fresh = true;
          cb();
        }, ms);
      const w = new ReplyWatcher(fakeAdapter(), { onCapture: (e) => captures.push(e), onHealth: (e) => health.push(e) }, OPTIONS, env);
      w.start();
      await wait(SETTLE_MS);
      const node = beginReply(thread, 'u2', 'More', 'a2');
      await stream(node, 'w'.repeat(400), 100, 20);
      endReply('a2');
      await wait(SETTLE_MS);
      w.stop();
      return fired;
    };
    const exact = await firings(0);
    expect(await firings(0.4)).toBe(exact);
    expect(captures).toHaveLength(4);
  });

  it('sets few timers while text streams: one batch per 100 ms and the quiet-period timer', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    const env = testEnv();
    const setTimeoutSpy = vi.spyOn(env, 'setTimeout');
    watcher = new ReplyWatcher(fakeAdapter(), { onCapture: (e) => captures.push(e), onHealth: (e) => health.push(e) }, OPTIONS, env);
    watcher.start();
    await wait(SETTLE_MS);
    const node = beginReply(thread, 'u2', 'More', 'a2');
    setTimeoutSpy.mockClear();
    await stream(node, 'w'.repeat(800), 200, 20); // 4 s
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(4000 / 100 + 10);
  });

  it('stops observing while the newest reply streams: the page pays per sample, not per mutation', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    const env = testEnv();
    let delivered = 0;
    const Native = env.MutationObserver;
    env.MutationObserver = class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          delivered++;
          callback(records, observer);
        });
      }
    };
    watcher = new ReplyWatcher(fakeAdapter(), { onCapture: (e) => captures.push(e), onHealth: (e) => health.push(e) }, OPTIONS, env);
    watcher.start();
    await wait(SETTLE_MS);
    const node = beginReply(thread, 'u2', 'More', 'a2');
    await wait(300); // the new reply is read and seen busy
    const before = delivered;
    const text = 'Tokens arrive one at a time. '.repeat(40);
    await stream(node, text, 400, 10);
    // 4 s and 400 mutations: one note per 500 ms sample, not one callback per mutation.
    expect(delivered - before).toBeLessThanOrEqual(4000 / 500 + 2);
    endReply('a2');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin])).toEqual([
      ['Hello!', 'existing'],
      [text, 'live'],
    ]);
  });

  it('reads the page again when the streaming reply is remounted, or gains a part, while unobserved', async () => {
    const thread = setPage(userTurn('u1', 'Hi'));
    watch(fakeAdapter());
    const node = beginReply(thread, 'u1b', 'Explain', 'a1');
    await wait(300);
    node.appendData('Before.');
    await wait(1000);
    // The site moves the rest of the answer into a second element, after a reasoning block.
    document.querySelector('[data-id="a1"]')!.setAttribute('data-continued-in', 'a1-rest');
    thread.insertAdjacentHTML('beforeend', '<section class="thoughts">Thinking…</section><div id="a1-rest"><p>After.</p></div>');
    await wait(1000);
    // A virtualised list re-renders the reply's first element as a new node.
    const old = document.querySelector('[data-id="a1"]')!;
    old.replaceWith(old.cloneNode(true));
    await wait(2000);
    endReply('a1');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.origin, c.exchange.turns.length])).toEqual([['Before.\nAfter.', 'live', 3]]);
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
  });

  it('handles text chunks inside a known reply without re-reading the turn list or the text', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello!'));
    const adapter = fakeAdapter();
    watch(adapter);
    await wait(SETTLE_MS);
    const node = beginReply(thread, 'u2', 'Tell me more', 'a2');
    await wait(200); // the new turns are read once
    const before = { ...adapter.calls };
    await stream(node, 'y'.repeat(1000), 100, 16);
    expect(adapter.calls.findTurns).toBe(before.findTurns);
    expect(adapter.calls.turnText).toBe(before.turnText);
  });
});

describe('versions and duplicates', () => {
  it('counts a regenerated reply as version 2 of the same slot', async () => {
    const thread = setPage(userTurn('u1', 'Name a colour') + replyTurn('a1', 'Blue.'));
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    // The site replaces the reply with a new message for the same prompt.
    thread.querySelector('[data-id="a1"]')!.remove();
    const p = document.createElement('p');
    thread.insertAdjacentHTML('beforeend', '<div data-role="assistant" data-id="a1-regen"><div class="md"></div></div>');
    setBusy(true);
    thread.querySelector('[data-id="a1-regen"] .md')!.appendChild(p);
    await wait(200);
    p.textContent = 'Green.';
    await wait(200);
    endReply('a1-regen');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.version, c.origin])).toEqual([
      ['Blue.', 1, 'existing'],
      ['Green.', 2, 'live'],
    ]);
    expect(captures[0]!.slot).toBe(captures[1]!.slot);
    expect(captures[0]!.key).not.toBe(captures[1]!.key);
  });

  it('counts a reply edited in place (same message id, new text) as a new version', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Helo.'));
    watch(fakeAdapter());
    await wait(SETTLE_MS);
    document.querySelector('[data-id="a1"] p')!.textContent = 'Hello.';
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.turns.at(-1)!.text, c.version])).toEqual([
      ['Helo.', 1],
      ['Hello.', 2],
    ]);
  });

  it.each([
    ['with message ids', true],
    ['without message ids', false],
  ])('ignores finished turns that a virtualised thread unmounts and remounts (%s)', async (_name, messageIds) => {
    const thread = setPage(
      userTurn('u1', 'One') + replyTurn('a1', 'First answer.') + userTurn('u2', 'Two') + replyTurn('a2', 'Second answer.') + userTurn('u3', 'Three') + replyTurn('a3', 'Third answer.'),
    );
    watch(fakeAdapter({ messageIds }));
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(3);
    // Scrolled down: the first exchange unmounts, so every remaining turn moves up two positions.
    const firstTwo = [...thread.children].slice(0, 2);
    for (const el of firstTwo) el.remove();
    await wait(SETTLE_MS);
    // Scrolled back up: fresh elements for the same turns.
    // (happy-dom's insertAdjacentHTML('afterbegin') reverses the inserted nodes, so build them first.)
    const remounted = document.createElement('template');
    remounted.innerHTML = userTurn('u1', 'One') + replyTurn('a1', 'First answer.');
    thread.prepend(remounted.content);
    await wait(SETTLE_MS);
    // A window that starts with a reply whose prompt stays unmounted.
    const [u2] = [...thread.children].slice(2, 3);
    for (const el of [...thread.children].slice(0, 4)) el.remove();
    const remountedAlone = document.createElement('template');
    remountedAlone.innerHTML = replyTurn('a2', 'Second answer.');
    thread.prepend(remountedAlone.content);
    await wait(SETTLE_MS);
    expect(u2!.isConnected).toBe(false);
    // And the last exchange is re-rendered as new elements.
    const lastTwo = [...thread.children].slice(-2);
    for (const el of lastTwo) el.remove();
    thread.insertAdjacentHTML('beforeend', userTurn('u3', 'Three') + replyTurn('a3', 'Third answer.'));
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(3);
  });

  it('ignores mutations that leave a finished reply text unchanged', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const adapter = fakeAdapter();
    watch(adapter);
    await wait(SETTLE_MS);
    const actions = document.querySelector('[data-id="a1"] .actions')!;
    for (let i = 0; i < 5; i++) {
      actions.insertAdjacentHTML('beforeend', '<span class="tooltip">Copied</span>');
      await wait(700);
    }
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
  });

  it('captures the replies of another conversation after a navigation inside the app', async () => {
    const thread = setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    watch(fakeAdapter({ messageIds: false }));
    await wait(SETTLE_MS);
    window.history.pushState(null, '', '/c/conv-2');
    thread.innerHTML = userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.');
    await wait(SETTLE_MS);
    expect(captures.map((c) => [c.exchange.conversationId, c.origin])).toEqual([
      ['conv-1', 'existing'],
      ['conv-2', 'existing'],
    ]);
  });

  it('keys replies without message ids on the conversation and the prompt', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    watch(fakeAdapter({ messageIds: false }));
    await wait(SETTLE_MS);
    expect(captures[0]!.key).toMatch(/^chatgpt\|c:conv-1\|prompt:[0-9a-f]{16}\|[0-9a-f]{16}$/);
    expect(captures[0]!.exchange.turns.map((t) => t.id)).toEqual(['user-0', 'assistant-1']);
  });
});

describe('health', () => {
  it('reports a reply whose busy marker never goes off, once, and captures nothing', async () => {
    const thread = setPage('');
    watch(fakeAdapter(), { neverFinishMs: 20_000 });
    const node = beginReply(thread, 'u1', 'Hi', 'a1');
    node.appendData('Partial');
    await wait(19_000);
    expect(health).toEqual([]);
    await wait(2000);
    expect(health).toHaveLength(1);
    expect(health[0]).toMatchObject({ kind: 'reply-never-finished', site: 'chatgpt', url: 'http://localhost:3000/c/conv-1' });
    expect(health[0]!.detail).toMatch(/busy marker stayed on/);
    expect(health[0]!.missingSelectors).toEqual(['reply actions']);
    await wait(60_000);
    expect(health).toHaveLength(1);
    expect(captures).toEqual([]);
  });

  it('reports a reply whose action buttons never appear, naming the missing selector', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.', false));
    watch(fakeAdapter(), { neverFinishMs: 10_000 });
    await wait(11_000);
    expect(health.map((h) => [h.kind, h.missingSelectors])).toEqual([['reply-never-finished', ['reply actions']]]);
    expect(health[0]!.detail).toMatch(/action buttons never appeared/);
  });

  it('reports a conversation page that shows no readable turns, with the selectors that matched nothing', async () => {
    document.body.innerHTML = '<main><div class="message">A layout the adapter does not know</div></main>';
    watch(fakeAdapter());
    await wait(4000);
    expect(health).toEqual([]);
    await wait(2000);
    expect(health).toEqual([
      expect.objectContaining({ kind: 'no-turns', site: 'chatgpt', missingSelectors: ['turn', 'reply actions'], detail: expect.stringMatching(/no turns could be read/) }),
    ]);
    await wait(20_000);
    expect(health).toHaveLength(1);
  });

  it('does not report a new-chat page, which has no turns yet', async () => {
    window.history.replaceState(null, '', '/');
    setPage('');
    watch(fakeAdapter());
    await wait(20_000);
    expect(health).toEqual([]);
  });

  it('checks again after navigating to a conversation', async () => {
    window.history.replaceState(null, '', '/');
    setPage('');
    watch(fakeAdapter());
    await wait(6000);
    window.history.pushState(null, '', '/c/conv-9');
    document.querySelector('nav')!.insertAdjacentHTML('beforeend', '<a href="/c/conv-9">Now open</a>');
    await wait(6000);
    expect(health.map((h) => [h.kind, h.url])).toEqual([['no-turns', 'http://localhost:3000/c/conv-9']]);
  });

  it('turns adapter exceptions into error events, keeps going, and does not spin', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const adapter = fakeAdapter();
    const turnText = vi.spyOn(adapter, 'turnText').mockImplementation(() => {
      throw new Error('layout changed');
    });
    watch(adapter);
    await wait(10_000);
    expect(health.map((h) => [h.kind, h.detail])).toEqual([['content-script-error', 'reply check: layout changed']]);
    expect(turnText.mock.calls.length).toBeLessThanOrEqual(10_000 / 500 + 2);
    turnText.mockRestore();
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
  });

  it('survives a findTurns that throws at start', () => {
    setPage(userTurn('u1', 'Hi'));
    const adapter = fakeAdapter();
    vi.spyOn(adapter, 'findTurns').mockImplementation(() => {
      throw new TypeError('boom');
    });
    expect(() => watch(adapter)).not.toThrow();
    expect(health).toEqual([expect.objectContaining({ kind: 'content-script-error', detail: 'findTurns: boom' })]);
  });

  it('survives callbacks that throw', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const w = new ReplyWatcher(
      fakeAdapter(),
      {
        onCapture: () => {
          throw new Error('port closed');
        },
        onHealth: () => {
          throw new Error('port closed');
        },
      },
      OPTIONS,
      testEnv(),
    );
    watcher = w;
    expect(() => w.start()).not.toThrow();
    await expect(wait(SETTLE_MS)).resolves.not.toThrow();
  });
});

describe('a long reply, read in slices', () => {
  /** The fake site, its turns read with the shared text reader (which slices); `beforeSlice` runs before each read of a reply. */
  function slicingAdapter(beforeSlice: (call: number) => void = () => {}) {
    const adapter = fakeAdapter();
    let calls = 0;
    const turnText = (turn: PageTurn) => {
      if (turn.role === 'assistant') beforeSlice(++calls);
      return elementText(turn.element.querySelector('.md') ?? turn.element);
    };
    return { adapter: { ...adapter, turnText }, calls: () => calls };
  }

  const paragraphs = (n: number, word: string) => Array.from({ length: n }, (_, i) => `<p>${word} ${i + 1}.</p>`).join('');
  const replyOf = (id: string, html: string) => `<div data-role="assistant" data-id="${id}"><div class="md">${html}</div><div class="actions"><button>Copy</button></div></div>`;

  it('captures the same text as one read, a top-level block per task when the slice is short', async () => {
    setPage(userTurn('u1', 'List twelve things') + replyOf('a1', paragraphs(12, 'Thing')));
    const expected = elementText(document.querySelector('[data-id="a1"] .md')!);
    const { adapter, calls } = slicingAdapter();
    let actionChecks = 0;
    const hasReplyActions = adapter.hasReplyActions;
    adapter.hasReplyActions = (turn) => {
      actionChecks++;
      return hasReplyActions(turn);
    };
    // A slice of 0 ms is over at once: each task reads one block of the reply.
    watch(adapter, { textSliceMs: 0 });
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
    expect(captures[0]!.exchange.turns.at(-1)!.text).toBe(expected);
    expect(expected.split('\n\n')).toHaveLength(12);
    // One call per block for the first sample; the confirmation and the capture reuse the text.
    expect(calls()).toBe(12);
    // The action bar is looked for once per sample, not once per slice: when the reply is first seen (for
    // the busy check), when the sample whose text is read in slices is taken, at the confirmation.
    expect(actionChecks).toBe(3);
  });

  it('reads in one task when the slice is long enough', async () => {
    setPage(userTurn('u1', 'List twelve things') + replyOf('a1', paragraphs(12, 'Thing')));
    const { adapter, calls } = slicingAdapter();
    watch(adapter);
    await wait(SETTLE_MS);
    expect(captures).toHaveLength(1);
    expect(calls()).toBe(1);
  });

  it('captures replies read in slices in page order, long before short', async () => {
    setPage(
      userTurn('u1', 'Long') + replyOf('a1', paragraphs(9, 'Long')) + userTurn('u2', 'Short') + replyOf('a2', paragraphs(1, 'Short')) +
        userTurn('u3', 'Middle') + replyOf('a3', paragraphs(4, 'Middle')),
    );
    const { adapter } = slicingAdapter();
    watch(adapter, { textSliceMs: 0 });
    await wait(SETTLE_MS);
    expect(captures.map((c) => c.exchange.turns.at(-1)!.id)).toEqual(['a1', 'a2', 'a3']);
    expect(captures.map((c) => c.exchange.turns.at(-1)!.text.split('\n\n').length)).toEqual([9, 1, 4]);
  });

  it('drops a partial read when the reply changes between two slices, and captures the changed text', async () => {
    setPage(userTurn('u1', 'List twelve things') + replyOf('a1', paragraphs(12, 'Thing')));
    const first = () => document.querySelector('[data-id="a1"] .md p')!;
    // Between the 4th and 5th slice the site rewrites the first paragraph, which an earlier slice read.
    const { adapter } = slicingAdapter((call) => {
      if (call === 5) first().textContent = 'Rewritten 1.';
    });
    // On a busy page the next slice's task runs late: here 60 ms, so the change is seen mid-read.
    const env = { ...testEnv(), setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms === 0 ? 60 : ms) };
    watcher = new ReplyWatcher(adapter, { onCapture: (e) => captures.push(e), onHealth: (e) => health.push(e) }, { ...OPTIONS, textSliceMs: 0 }, env);
    watcher.start();
    await wait(SETTLE_MS * 2);
    const expected = elementText(document.querySelector('[data-id="a1"] .md')!);
    expect(expected.startsWith('Rewritten 1.')).toBe(true);
    expect(captures.map((c) => c.exchange.turns.at(-1)!.text)).toEqual([expected]);
  });
});

describe('stop', () => {
  it('reports nothing after stop', async () => {
    const thread = setPage('');
    const w = watch(fakeAdapter());
    const node = beginReply(thread, 'u1', 'Hi', 'a1');
    node.appendData('Hello');
    w.stop();
    endReply('a1');
    await wait(10_000);
    expect(captures).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageCapture, type PageCapture } from '../../capture/page-capture';
import type { WatcherEnvironment } from '../../capture/environment';
import { CAPTURE_MESSAGE, HEALTH_MESSAGE, parseCaptureEvent, parseHealthEvent, type CaptureRequest, type HealthRequest } from '../../messaging/capture-protocol';
import { pickAdapterForPage } from '../../entrypoints/chat.content/pick-adapter';
import { fakeAdapter, replyTurn, setPage, userTurn } from './fake-site';

const OPTIONS = { quietMs: 1000, confirmMs: 200, noTurnsGraceMs: 3000 };

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

let running: PageCapture | null = null;

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/c/conv-1');
});

afterEach(() => {
  running?.stop();
  running = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('startPageCapture', () => {
  it('sends each finished reply as a valid speclens/capture message, and health as speclens/health', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const sent: Array<CaptureRequest | HealthRequest> = [];
    running = startPageCapture({ adapter: fakeAdapter(), send: async (m) => void sent.push(m), options: OPTIONS, env: testEnv() });
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent.map((m) => m.type)).toEqual([CAPTURE_MESSAGE]);
    const message = sent[0] as CaptureRequest;
    expect(parseCaptureEvent(message.capture)).toEqual({ ok: true, value: message.capture });

    window.history.pushState(null, '', '/c/conv-2');
    document.getElementById('thread')!.innerHTML = '<div class="unknown-layout">?</div>';
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.map((m) => m.type)).toEqual([CAPTURE_MESSAGE, HEALTH_MESSAGE]);
    expect(parseHealthEvent((sent[1] as HealthRequest).event).ok).toBe(true);
  });

  it('stops quietly when the extension goes away under the page', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const send = vi.fn(() => Promise.reject(new Error('Extension context invalidated.')));
    const onDisconnected = vi.fn();
    running = startPageCapture({ adapter: fakeAdapter(), send, onDisconnected, options: OPTIONS, env: testEnv() });
    await vi.advanceTimersByTimeAsync(3000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(onDisconnected).toHaveBeenCalledTimes(1);
    document.getElementById('thread')!.insertAdjacentHTML('beforeend', userTurn('u2', 'More') + replyTurn('a2', 'Sure.'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('retries a failed message once, and a send that throws synchronously does not escape', async () => {
    setPage(userTurn('u1', 'Hi') + replyTurn('a1', 'Hello.'));
    const send = vi.fn(() => {
      throw new Error('Service worker is starting');
    });
    running = startPageCapture({ adapter: fakeAdapter(), send, retryMs: 500, options: OPTIONS, env: testEnv() });
    await vi.advanceTimersByTimeAsync(3000);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('pickAdapterForPage', () => {
  const adapter = fakeAdapter();
  const byHost = (url: string) => (new URL(url).hostname === 'chat.example' ? adapter : null);

  it('takes the fixed site adapter by address without looking at storage', async () => {
    const isAdded = vi.fn(async () => true);
    await expect(pickAdapterForPage({ href: 'https://chat.example/c/1', origin: 'https://chat.example' }, document, byHost, isAdded)).resolves.toBe(adapter);
    expect(isAdded).not.toHaveBeenCalled();
  });

  it('reads a self-hosted page only on an origin the user added', async () => {
    const location = { href: 'http://localhost:3000/c/1', origin: 'http://localhost:3000' };
    await expect(pickAdapterForPage(location, document, byHost, async () => false)).resolves.toBeNull();
    const picked = await pickAdapterForPage(location, document, byHost, async (o) => o === 'http://localhost:3000');
    expect(picked?.id).toBe('generic');
  });
});

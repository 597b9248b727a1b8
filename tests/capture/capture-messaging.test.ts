import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { handleCapture } from '../../messaging/capture-handler';
import { MemoryCaptureStore } from '../../messaging/capture-memory-sink';
import {
  CAPTURE_MESSAGE,
  CAPTURES_QUERY,
  HEALTH_MESSAGE,
  isCaptureResponse,
  type CaptureResponse,
  type CapturesResponse,
  type HealthResponse,
} from '../../messaging/capture-protocol';
import { RULES } from '../../rules';
import type { CaptureEvent, HealthEvent } from '../../capture/types';

const EXTENSION_PAGE = { url: fakeBrowser.runtime.getURL('/popup.html') };
const CONTENT_SCRIPT = { url: 'https://chatgpt.com/c/abc', tab: { id: 4 } };

function capture(overrides: Partial<CaptureEvent> = {}, reply = 'As an AI language model, I do not read books, but many readers love Dune.'): CaptureEvent {
  return {
    key: `chatgpt|id:m-2|${reply.length}`,
    slot: 'chatgpt|c:abc|1',
    version: 1,
    origin: 'live',
    exchange: {
      id: 'chatgpt|id:m-2',
      site: 'chatgpt',
      conversationId: 'abc',
      model: null,
      url: 'https://chatgpt.com/c/abc',
      capturedAt: '2026-12-01T10:00:00.000Z',
      turns: [
        { id: 'm-1', role: 'user', text: 'Recommend a good sci-fi book.' },
        { id: 'm-2', role: 'assistant', text: reply },
      ],
    },
    ...overrides,
  };
}

const HEALTH: HealthEvent = {
  kind: 'no-turns',
  site: 'claude',
  url: 'https://claude.ai/chat/1',
  missingSelectors: ['assistant turn'],
  detail: 'Claude shows a conversation, but no turns could be read on this page.',
  at: '2026-12-01T10:00:00.000Z',
};

async function send<T>(message: unknown, sender: object = CONTENT_SCRIPT): Promise<T> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return results.find((r: unknown) => r !== undefined) as T;
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser implements neither permission events nor scripting; the background only needs them to exist.
  const event = { addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() };
  Object.assign(fakeBrowser.permissions, { onAdded: event, onRemoved: event, contains: async () => false });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {} });
  background.main();
});

describe('speclens/capture in the background', () => {
  it('analyses the reply, stores it once per key, and answers with the findings', async () => {
    const first = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: capture() });
    expect(first).toMatchObject({ ok: true, created: true, version: 1 });
    expect(first.ok && first.result.findings.map((f) => f.ruleId)).toContain('no-ai-boilerplate');
    expect(isCaptureResponse(first)).toBe(true);

    const again = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: capture({ origin: 'existing' }) });
    expect(again).toMatchObject({ ok: true, created: false, version: 1 });

    const listed = await send<CapturesResponse>({ type: CAPTURES_QUERY }, EXTENSION_PAGE);
    expect(listed.ok && listed.captures.map((c) => [c.key, c.version, c.origin, c.exchange.turns.at(-1)!.text])).toEqual([
      ['chatgpt|id:m-2|73', 1, 'live', 'As an AI language model, I do not read books, but many readers love Dune.'],
    ]);
  });

  it('numbers a regenerated reply at the same slot as version 2', async () => {
    await send({ type: CAPTURE_MESSAGE, capture: capture() });
    const regenerated = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: capture({ key: 'chatgpt|id:m-3|x' }, 'Dune, by Frank Herbert.') });
    expect(regenerated).toMatchObject({ ok: true, created: true, version: 2 });
  });

  it.each([
    ['no capture', undefined, /^Invalid capture: the capture must be an object$/],
    ['an empty key', capture({ key: '' }), /capture\.key must be a non-empty string/],
    ['version 0', capture({ version: 0 }), /capture\.version must be a whole number from 1/],
    ['an unknown origin', { ...capture(), origin: 'guessed' }, /capture\.origin must be one of live, existing/],
    ['an exchange without turns', capture({ exchange: { site: 'chatgpt', turns: [] } }), /capture\.exchange: exchange\.turns must be a non-empty array/],
    [
      'an exchange that ends with the user',
      capture({ exchange: { site: 'chatgpt', turns: [{ id: 'a', role: 'assistant', text: 'hi' }, { id: 'u', role: 'user', text: 'thanks' }] } }),
      /must end with the assistant reply/,
    ],
  ])('refuses a capture with %s and stores nothing', async (_name, value, error) => {
    const response = await send<CaptureResponse>({ type: CAPTURE_MESSAGE, capture: value });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toMatch(error);
    const listed = await send<CapturesResponse>({ type: CAPTURES_QUERY }, EXTENSION_PAGE);
    expect(listed).toEqual({ ok: true, captures: [], health: [] });
  });

  it('keeps health events and refuses malformed ones', async () => {
    expect(await send<HealthResponse>({ type: HEALTH_MESSAGE, event: HEALTH })).toEqual({ ok: true });
    const bad = await send<HealthResponse>({ type: HEALTH_MESSAGE, event: { ...HEALTH, kind: 'meh' } });
    expect(bad).toEqual({ ok: false, error: 'Invalid health event: event.kind must be one of no-turns, reply-never-finished, content-script-error' });
    const tooMany = await send<HealthResponse>({ type: HEALTH_MESSAGE, event: { ...HEALTH, missingSelectors: Array(101).fill('x') } });
    expect(tooMany.ok).toBe(false);
    const listed = await send<CapturesResponse>({ type: CAPTURES_QUERY }, EXTENSION_PAGE);
    expect(listed.ok && listed.health).toEqual([HEALTH]);
  });

  it('lists captures only to extension pages, not to content scripts', async () => {
    await send({ type: CAPTURE_MESSAGE, capture: capture() });
    expect(await send<CapturesResponse>({ type: CAPTURES_QUERY }, CONTENT_SCRIPT)).toEqual({
      ok: false,
      error: 'Captures are only listed to the extension’s own pages.',
    });
  });

  it('leaves other messages to other listeners', async () => {
    const results = await fakeBrowser.runtime.onMessage.trigger({ type: 'speclens/other' }, {} as never, () => {});
    expect(results.every((r: unknown) => r === undefined)).toBe(true);
  });
});

describe('handleCapture', () => {
  it('reports a sink failure as an error and does not throw', async () => {
    const sink = { put: () => Promise.reject(new Error('QuotaExceededError')) };
    const response = await handleCapture(capture(), { rules: RULES, storage: fakeBrowser.storage.local, sink, health: new MemoryCaptureStore().health });
    expect(response).toMatchObject({ ok: false, error: 'Could not store the capture: QuotaExceededError', unsaved: { kind: 'failed' } });
  });
});

describe('MemoryCaptureStore', () => {
  it('keeps at most its bound, dropping the oldest', async () => {
    const store = new MemoryCaptureStore({ captures: 2, health: 1 });
    const result = { findings: [], errors: [], signals: {} } as never;
    for (const key of ['a', 'b', 'c']) await store.sink.put({ ...capture({ key, slot: key }), result, receivedAt: 0 });
    await store.health.put(HEALTH);
    await store.health.put({ ...HEALTH, site: 'gemini' });
    const { captures, health } = await store.list();
    expect(captures.map((c) => c.key)).toEqual(['b', 'c']);
    expect(health.map((h) => h.site)).toEqual(['gemini']);
  });
});

/** The capture answer carries what the in-page UI needs: the stored findings, and on a reply seen again, its reviews and flags. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../engine/run';
import { handleCapture } from '../../messaging/capture-handler';
import type { CaptureEvent } from '../../capture/types';
import { RULES } from '../../rules';
import { IndexedDbCaptureSink } from '../../storage/capture-sink';
import { SpecLensStore } from '../../storage/store';
import { freshIndexedDb } from '../storage/helpers';

const capture: CaptureEvent = {
  key: 'chatgpt|id:a1|h1',
  slot: 'chatgpt|c:c1|1',
  version: 1,
  origin: 'live',
  exchange: {
    id: 'chatgpt|id:a1|h1',
    site: 'chatgpt',
    conversationId: 'c1',
    model: null,
    url: 'https://chatgpt.com/c/c1',
    turns: [
      { id: 'u1', role: 'user', text: 'How do I escape HTML?' },
      { id: 'a1', role: 'assistant', text: "Great question! 👍 Escape < and > as entities. I'm 95% confident this works." },
    ],
  },
};

let store: SpecLensStore;
beforeEach(() => {
  fakeBrowser.reset();
  freshIndexedDb();
  store = new SpecLensStore();
});
afterEach(() => store.close());

describe('capture answer for the in-page UI', () => {
  it('returns the stored findings, then on the same reply again its reviews and annotations', async () => {
    const sink = new IndexedDbCaptureSink({ store, rules: RULES, storage: fakeBrowser.storage.local });
    const deps = { rules: RULES, storage: fakeBrowser.storage.local, sink: sink.sink, health: sink.health };
    const first = await handleCapture(capture, deps);
    if (!first.ok) throw new Error(first.error);
    const expected = analyze(capture.exchange, { rules: RULES }).findings.map((f) => f.ruleId);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(first.stored!.findings.map((f) => f.ruleId)).toEqual(expected);
    expect(first.stored).toMatchObject({ exchangeId: capture.key, reviews: [], annotations: [] });

    const [a, b] = first.stored!.findings;
    expect((await store.setReviews([{ findingId: a!.id, verdict: 'confirmed', note: 'yes' }])).ok).toBe(true);
    expect((await store.addAnnotation({ exchangeId: capture.key, span: { turnId: 'a1', start: 0, end: 14 }, specAnchor: 'avoid_sycophancy', note: '' })).ok).toBe(true);

    const again = await handleCapture(capture, deps);
    if (!again.ok) throw new Error(again.error);
    expect(again.created).toBe(false);
    expect(again.stored!.reviews).toEqual([expect.objectContaining({ findingId: a!.id, verdict: 'confirmed', note: 'yes' })]);
    expect(again.stored!.findings.find((f) => f.id === b!.id)!.verdict).toBe('unreviewed');
    expect(again.stored!.annotations.map((n) => n.span?.quote)).toEqual(['Great question']);
  });
});

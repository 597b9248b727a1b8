/** Shared test data for the storage tests: real engine results and synthetic findings at scale. */
import { IDBFactory } from 'fake-indexeddb';
import { analyze, type AnalysisResult } from '../../engine/run';
import type { Exchange } from '../../engine/types';
import { RULES } from '../../rules';
import type { CaptureInput } from '../../storage/capture-store';

/** A fresh, empty IndexedDB for one test. */
export function freshIndexedDb(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  return factory;
}

export const BOILERPLATE: Exchange = {
  site: 'chatgpt',
  conversationId: 'c-1',
  model: 'gpt-test',
  url: 'https://chatgpt.com/c/c-1',
  capturedAt: '2026-11-01T10:00:00.000Z',
  turns: [
    { id: 'u1', role: 'user', text: 'Recommend a good sci-fi book.' },
    { id: 'a1', role: 'assistant', text: 'As an AI language model, I do not read books, but many readers love Dune.' },
  ],
};

export function analyzed(exchange: Exchange): AnalysisResult {
  return analyze(exchange, { rules: RULES });
}

/** A capture of `exchange` with at least one real finding. */
export function capture(exchange: Exchange = BOILERPLATE, key = `${exchange.site}|id:${exchange.turns.at(-1)!.id}|h1`, slot?: string): CaptureInput {
  return { exchange, key, ...(slot ? { slot } : {}), result: analyzed(exchange) };
}

/** The same conversation with another reply text, as after a regeneration. */
export function withReply(exchange: Exchange, text: string, capturedAt?: string): Exchange {
  const turns = exchange.turns.map((t, i) => (i === exchange.turns.length - 1 ? { ...t, text } : t));
  return { ...exchange, turns, ...(capturedAt ? { capturedAt } : {}) };
}

export { syntheticFindings } from './synthetic';

export type PutFn = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;
export const storeProto = () => (globalThis as unknown as { IDBObjectStore: { prototype: { put: PutFn; add: PutFn } } }).IDBObjectStore.prototype;

/** Makes the next put or add into `storeName` fail the way a full disk does; returns the undo. */
export function failNextWrite(storeName: string, error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')): () => void {
  const proto = storeProto();
  const { put, add } = proto;
  let armed = true;
  const wrap = (real: PutFn): PutFn =>
    function (this: IDBObjectStore, value, key) {
      if (armed && this.name === storeName) {
        armed = false;
        throw error;
      }
      return real.call(this, value, key);
    };
  proto.put = wrap(put);
  proto.add = wrap(add);
  return () => {
    proto.put = put;
    proto.add = add;
  };
}

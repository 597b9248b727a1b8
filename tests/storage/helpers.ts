/** Shared test data for the storage tests: real engine results and synthetic findings at scale. */
import { IDBFactory } from 'fake-indexeddb';
import { analyze, type AnalysisResult } from '../../engine/run';
import type { Exchange } from '../../engine/types';
import { RULES } from '../../rules';
import type { CaptureInput } from '../../storage/capture-store';
import { UNREVIEWED, type FindingRecord } from '../../storage/records';

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

const SITES = ['chatgpt', 'claude', 'gemini', 'copilot'];
const MODELS = ['gpt-5', 'claude-opus', null, 'gemini-pro'];
const RULE_IDS = ['no-ai-boilerplate', 'excessive-disclaimers', 'over-refusal', 'wrong-reply-language', 'sycophantic-opener'];
const SECTIONS = ['style', 'best_work', 'stay_in_bounds', 'seek_truth', 'chain_of_command'];
const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
const CONFIDENCES = ['low', 'medium', 'high'] as const;
const VERDICTS = [UNREVIEWED, 'confirmed', 'dismissed', 'unsure'] as const;

/** `count` findings spread deterministically over sites, models, rules, sections, severities, verdicts and 200 days. */
export function syntheticFindings(count: number, start = Date.UTC(2026, 0, 1)): FindingRecord[] {
  const out: FindingRecord[] = [];
  for (let i = 0; i < count; i++) {
    const exchangeId = `synthetic|ex-${Math.floor(i / 3)}`;
    const ruleId = RULE_IDS[i % RULE_IDS.length]!;
    const quote = i % 7 === 0 ? `Certainly! Great question number ${i}` : `reply phrase ${i % 101}`;
    out.push({
      id: `f-${i}`,
      exchangeId,
      exchangeVersion: 1,
      ordinal: i % 3,
      ruleId,
      title: `Title of ${ruleId}`,
      messageId: 'main',
      message: `Finding ${i} about "${quote}".`,
      spec: { anchor: 'a', version: '2025-12-18', title: `Spec title ${i % 5}`, url: 'https://model-spec.openai.com/x', section: SECTIONS[i % 5]! },
      evidence: [{ turnId: 'a1', start: 0, end: quote.length, quote }],
      severity: SEVERITIES[i % 5]!,
      confidence: CONFIDENCES[i % 3]!,
      section: SECTIONS[(i + Math.floor(i / 5)) % 5]!,
      site: SITES[i % 4]!,
      model: MODELS[Math.floor(i / 4) % 4]!,
      conversationId: `conv-${i % 50}`,
      capturedAt: start + Math.floor(i / 3) * 864_000,
      verdict: VERDICTS[Math.floor(i / 2) % 4]!,
    });
  }
  return out;
}

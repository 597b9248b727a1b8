/** Synthetic findings at scale for the storage tests and the dashboard benchmark (no engine, no database). */
import { UNREVIEWED, type FindingRecord } from '../../storage/records';

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

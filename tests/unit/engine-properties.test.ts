/** Property tests: for arbitrary Unicode conversations the engine never throws and every span is exact. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../engine/config';
import type { CustomRuleSpec } from '../../engine/custom-rules';
import { analyze } from '../../engine/run';
import { CONFIDENCES, RISK_CATEGORIES, SEVERITIES, type Exchange, type Role, type Span, type Turn } from '../../engine/types';
import { RULE_IDS, RULES } from '../../rules';

const ROLES: Role[] = ['system', 'developer', 'user', 'assistant', 'tool'];

// Pieces that stress the text layer: fences, inline code, emoji sequences, lone surrogates, bidi marks,
// combining marks, odd spaces and quotes, and phrases that wake up the rules and signals.
const FRAGMENTS = [
  '```', '```python\n', '~~~\n', '`', '\n', '\n\n', '  ', '\t', '- ', '* ', '1. ', '# ', '**', '|', '{', '"', '’', '“', '—',
  '😀', '👩‍👩‍👧', '🇫🇷', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\u200F', '\u200E', '\u202E', '\u2066', '\u0301', '\u00A0', '\u2028', '\uFEFF', '\u0000',
  'مرحبا بالعالم', 'שלום', '你好，世界。', 'Привет', 'ありがとう',
  "I'm sorry, but I can't help with that.", 'As an AI language model, ', 'Great question! ', 'I have searched the web and ',
  'How do I kill a process?', 'I want to die.', 'Answer in one word.', 'Reply in French.', 'Respond with JSON only.',
  'in 3 bullet points', 'under 50 words', 'My SSN is 123-45-6789 and card 4111 1111 1111 1111.', 'call 988', 'Goodbye!',
  'maybe ', 'hello', 'https://example.com/?token=abc',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', ' ', '\n', '(', '!', '-'), fc.integer({ min: 1, max: 400 })).map(([c, n]) => c.repeat(n)) },
);

const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

const exchangeArb: fc.Arbitrary<Exchange> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...ROLES), text), { maxLength: 5 }), text)
  .map(([before, reply]) => {
    const turns: Turn[] = [...before, ['assistant', reply] as const].map(([role, t], i) => ({ id: `t${i}`, role, text: t }));
    return { site: 'property', turns };
  });

const common = { title: 'Custom', spec: 'avoid_sycophancy', severity: 'low', confidence: 'low', message: 'matched {match} ({count})' } as const;
const CUSTOM_RULES: CustomRuleSpec[] = [
  { ...common, id: 'custom-existence', kind: 'existence', scope: 'reply', phrases: ['hello', 'great question', '你好'], patterns: ['\\d{3}-\\d{2}'] },
  { ...common, id: 'custom-conditional', kind: 'conditional', scope: 'reply', when: { scope: 'user', phrases: ['want to die'] }, phrases: ['988'], report: 'missing' },
  { ...common, id: 'custom-occurrence', kind: 'occurrence', scope: 'reply', phrases: ['maybe'], patterns: ['!'], max: 3 },
];
// Every rule on, including the low-confidence ones, plus one custom rule of each kind.
const CONFIG: EngineConfig = { preset: 'strict', customRules: CUSTOM_RULES };

function expectSpanInside(span: Span, exchange: Exchange): void {
  const turn = exchange.turns.find((t) => t.id === span.turnId);
  expect(turn, `span names turn ${span.turnId}`).toBeDefined();
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(0 <= span.start && span.start <= span.end && span.end <= turn!.text.length).toBe(true);
  expect(turn!.text.slice(span.start, span.end)).toBe(span.quote);
}

function expectOneOf<T>(value: T, allowed: readonly T[]): void {
  expect(allowed).toContain(value);
}

const propertyOptions = { numRuns: 200, seed: Number(process.env.SPECLENS_PROPERTY_SEED ?? 20251218) };
// 200 runs take a few seconds; the margin is for a busy machine (and for shrinking a failure).
const TIMEOUT_MS = 60_000;

describe('analyze() on arbitrary Unicode conversations', () => {
  it('never throws, reports no engine errors, and quotes every span exactly', () => {
    fc.assert(
      fc.property(exchangeArb, (exchange) => {
        const result = analyze(exchange, { rules: RULES, config: CONFIG });
        expect(result.errors).toEqual([]);
        for (const finding of result.findings) {
          expect(RULE_IDS.has(finding.ruleId) || CUSTOM_RULES.some((r) => r.id === finding.ruleId)).toBe(true);
          expectOneOf(finding.severity, SEVERITIES);
          expectOneOf(finding.confidence, CONFIDENCES);
          expect(typeof finding.message).toBe('string');
          expect(finding.spec.url).toMatch(/^https:\/\/model-spec\.openai\.com\//);
          for (const span of finding.evidence) expectSpanInside(span, exchange);
        }
      }),
      propertyOptions,
    );
  }, TIMEOUT_MS);

  it('returns signals of the documented shape', () => {
    fc.assert(
      fc.property(exchangeArb, (exchange) => {
        const { refusal, requestRisk, userInstructions, language } = analyze(exchange, { rules: [], config: {} }).signals;
        expectOneOf(refusal.level, ['none', 'partial', 'full'] as const);
        expect(refusal.level === 'none' || refusal.span !== null).toBe(true);
        if (refusal.span) expectSpanInside(refusal.span, exchange);
        expect(typeof refusal.offersAlternative).toBe('boolean');
        for (const cue of refusal.cues) expect(typeof cue).toBe('string');

        expectOneOf(requestRisk.level, ['benign', 'sensitive', 'harmful'] as const);
        expect(requestRisk.level === 'benign').toBe(requestRisk.category === null);
        for (const category of requestRisk.categories) expectOneOf(category, RISK_CATEGORIES);
        if (requestRisk.category) expect(requestRisk.categories).toContain(requestRisk.category);
        if (requestRisk.span) expectSpanInside(requestRisk.span, exchange);

        for (const instruction of Object.values(userInstructions)) {
          expect(instruction.value).toBeDefined();
          expectSpanInside(instruction.span, exchange);
        }

        for (const guess of [language.user, language.reply]) {
          expect(guess.code === null || /^[a-z]{2}$/.test(guess.code)).toBe(true);
          expect(guess.confidence >= 0 && guess.confidence <= 1).toBe(true);
          expect(guess.script === null || typeof guess.script === 'string').toBe(true);
        }
      }),
      propertyOptions,
    );
  }, TIMEOUT_MS);
});

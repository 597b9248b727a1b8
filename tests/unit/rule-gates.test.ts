/**
 * A rule's `replyWords` gate may only skip replies on which the rule finds nothing. Checked by
 * running every gated rule's `detect` directly (no gate) on every text we have: all rules' own test
 * cases, the Model Spec's 397 example replies, the sample conversations and the benchmark's
 * concatenated replies. Wherever the rule finds something, the gate must let it run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseToExchange } from '../../engine/cases';
import { wordGateOf, type RuleContext } from '../../engine/rule';
import { buildContext } from '../../engine/run';
import { computeSignals } from '../../engine/signals';
import type { TurnView } from '../../engine/turn-view';
import type { Exchange, Turn } from '../../engine/types';
import { WordIndex, type WordGate } from '../../engine/word-index';
import RandExp from 'randexp';
import { RULES } from '../../rules';
import { wordGate as upsell } from '../../rules/chain_of_command/unrequested-upsell';
import { wordGate as numericConfidence } from '../../rules/seek_truth/stated-numeric-confidence';
import { wordGate as profanity } from '../../rules/shared/profanity';
import { wordGate as slurs } from '../../rules/stay_in_bounds/no-slurs';
import { wordGate as disclosure } from '../../rules/stay_in_bounds/no-system-prompt-disclosure';
import { wordGate as boilerplate } from '../../rules/style/no-ai-boilerplate';
import { wordGate as preachy } from '../../rules/style/no-preachy-refusal';
import { wordGate as apologies } from '../../rules/style/repeated-apologies';
import { wordGate as emojiOrSlang } from '../../rules/style/unrequested-emoji-or-slang';
import { buildCorpus, loadSpecExamples } from '../../scripts/bench/corpus';

const EXAMPLES = new URL('../fixtures/model-spec/examples.jsonl', import.meta.url);
const SAMPLES = new URL('../fixtures/samples/conversations.jsonl', import.meta.url);

function exchangeOf(id: string, messages: Array<{ role: Turn['role']; content: string }>): Exchange {
  return { id, site: 'test', turns: messages.map((m, i) => ({ id: `t${i}`, role: m.role, text: m.content })) };
}

function allExchanges(): Exchange[] {
  const out: Exchange[] = [];
  for (const rule of RULES) for (const c of [...rule.tests.valid, ...rule.tests.invalid]) out.push(caseToExchange(c));
  const examples = loadSpecExamples(EXAMPLES.pathname);
  examples.forEach((e, i) => out.push(exchangeOf(`spec-${i}`, [...e.messages, { role: 'assistant', content: e.response }])));
  for (const line of readFileSync(SAMPLES, 'utf8').split('\n').filter((l) => l.trim())) {
    const sample = JSON.parse(line) as { id: string; messages: Array<{ role: Turn['role']; content: string }> };
    out.push(exchangeOf(sample.id, sample.messages));
  }
  for (const c of buildCorpus(examples)) if (c.kind === 'realistic' && c.bytes <= 20 * 1024) out.push(...c.exchanges);
  return out;
}

const gated = RULES.filter((r) => wordGateOf(r) !== null);

/** Each word gate with the patterns it stands for: declared by the rule module, or read from its `replyPatterns`. */
const DERIVED_GATES = Object.fromEntries(
  RULES.filter((r) => r.replyWords === undefined && wordGateOf(r) !== null).map((r) => [r.id, { words: wordGateOf(r)!, patterns: [...r.replyPatterns!] }]),
);
const WORD_GATES: Record<string, { words: WordGate; patterns: RegExp[] }> = {
  ...DERIVED_GATES,
  'no-slurs': slurs,
  'unrequested-profanity': profanity,
  'stated-numeric-confidence': numericConfidence,
  'unrequested-upsell': upsell,
  'repeated-apologies': apologies,
  'no-ai-boilerplate': boilerplate,
  'unrequested-emoji-or-slang': emojiOrSlang,
  'no-preachy-refusal (its SELF_DECLINING check)': preachy,
  'no-system-prompt-disclosure (its DISCLOSURE_STATEMENT check)': { words: disclosure.words!, patterns: disclosure.patterns },
};

describe('word gates against their own patterns', () => {
  it('names a pattern set for every gated rule', () => {
    for (const rule of gated) expect(Object.keys(WORD_GATES), rule.id).toContain(rule.id);
  });

  it.each(Object.entries(WORD_GATES))('%s: every text its patterns match (random samples of each) passes the gate', (_name, gate) => {
    let checked = 0;
    for (const pattern of gate.patterns) {
      // Sticky or global flags would make test() depend on lastIndex.
      const matcher = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      if (matcher.unicode && gate.words !== undefined && 'orPictographs' in gate.words && gate.words.orPictographs) {
        // A class of code points (the emoji): every one of them, since RandExp reads no \u{…}.
        for (let cp = 0x80; cp <= 0x2ffff; cp++) {
          const text = `Well, ${String.fromCodePoint(cp)} and so on.`;
          if (!matcher.test(text)) continue;
          checked++;
          expect(new WordIndex(text).admits(gate.words), `U+${cp.toString(16)}`).toBe(true);
        }
        continue;
      }
      // RandExp reads no \u{…}: astral escapes become one pictograph; every sample is checked against the real pattern.
      const sampler = new RandExp(new RegExp(pattern.source.replace(/\\u\{[0-9A-Fa-f]+\}(?:-\\u\{[0-9A-Fa-f]+\})?/g, '\\u2600'), matcher.flags.replace('u', '')));
      sampler.max = 3;
      sampler.randInt = randomInts(pattern.source.length);
      for (let i = 0; i < 400; i++) {
        const text = `Well, ${sampler.gen()} and so on.`;
        if (!matcher.test(text)) continue;
        checked++;
        expect(new WordIndex(text).admits(gate.words), `${text} (${pattern.source.slice(0, 60)}…)`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(100 * gate.patterns.length);
  });
});

/** A seeded generator for RandExp, so a failure can be reproduced. */
function randomInts(seed: number): (from: number, to: number) => number {
  let state = seed >>> 0 || 1;
  return (from, to) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return from + (state % (to - from + 1));
  };
}

describe('rule gates (replyWords)', () => {
  const contexts: RuleContext[] = allExchanges().map((exchange) => {
    const base = buildContext(exchange);
    return { ...base, signals: computeSignals(base) };
  });

  it('gates some rules, over a large set of texts', () => {
    expect(gated.length).toBeGreaterThanOrEqual(5);
    expect(contexts.length).toBeGreaterThan(700);
  });

  it('word checks inside rules change no finding: every rule finds the same with indexes that say every word is there', () => {
    const everyWord = { hasAny: () => true, admits: () => true, hasPictographs: true } as unknown as WordIndex;
    const differences: string[] = [];
    for (const ctx of contexts) {
      // Every turn's index, the reply's and the user's (TurnView.test asks the latter).
      const opened = new Map(ctx.turns.map((t) => [t, Object.create(t, { words: { get: () => everyWord } }) as TurnView]));
      const reply = opened.get(ctx.reply)!;
      const open: RuleContext = {
        ...ctx,
        reply,
        turns: ctx.turns.map((t) => opened.get(t)!),
        lastUser: ctx.lastUser && opened.get(ctx.lastUser)!,
        userTurns: ctx.userTurns.map((t) => opened.get(t)!),
        previousReplies: ctx.previousReplies.map((t) => opened.get(t)!),
      };
      for (const rule of RULES) {
        const gated = JSON.stringify(rule.detect(ctx));
        if (gated !== JSON.stringify(rule.detect(open))) differences.push(`${rule.id} on ${ctx.exchange.id ?? '?'}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it.each(gated.map((r) => [r.id, r] as const))('%s: never skips a reply it has a finding on', (_id, rule) => {
    let fired = 0;
    let skipped = 0;
    const lost: string[] = [];
    for (const ctx of contexts) {
      const open = ctx.reply.words.admits(wordGateOf(rule)!);
      if (!open) skipped++;
      if (rule.detect(ctx).length === 0) continue;
      fired++;
      if (!open) lost.push(`${ctx.exchange.id ?? '?'}: ${ctx.reply.text.slice(0, 120)}`);
    }
    expect(lost).toEqual([]);
    // A gate worth having skips most replies, and the rule does fire somewhere in this set.
    expect(fired).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(contexts.length / 3);
  });
});

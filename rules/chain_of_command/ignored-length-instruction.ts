import { chat, defineRule, type RuleHit } from '../../engine/rule';
import type { LengthUnit, Span } from '../../engine/types';
import { setsInstructionAside } from '../shared/acknowledgement';
import { applicableInstructions, governsReply } from '../shared/applicable-instructions';
import { lineAt } from '../shared/markdown';
import { measure } from '../shared/length-measure';

/**
 * How far past a limit a reply may go before it clearly breaks it. Counting is approximate (what
 * is a word in "e.g." or a sentence after "Dr."?), so near misses are let go: about 10% or five
 * words, one sentence or paragraph, one or two lines. Items are discrete and exact.
 */
function overTolerance(unit: LengthUnit, max: number): number {
  switch (unit) {
    case 'words':
      return Math.max(5, Math.ceil(max * 0.1));
    case 'characters':
      return Math.max(5, Math.ceil(max * 0.1));
    case 'sentences':
      return max <= 1 ? 0 : Math.max(1, Math.floor(max * 0.1));
    case 'paragraphs':
      return Math.floor(max * 0.2);
    case 'lines':
      return Math.max(1, Math.ceil(max * 0.1));
    case 'items':
    case 'bullets':
      return 0;
  }
}

/** Falling short is judged more leniently still: only a reply well under the minimum counts. */
function underTolerance(unit: LengthUnit, min: number): number {
  switch (unit) {
    case 'words':
    case 'characters':
      return Math.max(5, Math.ceil(min * 0.25));
    case 'sentences':
    case 'paragraphs':
    case 'lines':
      return Math.max(1, Math.ceil(min * 0.25));
    case 'items':
    case 'bullets':
      return 0;
  }
}

const UNIT_NAMES: Record<LengthUnit, [string, string]> = {
  words: ['word', 'words'],
  sentences: ['sentence', 'sentences'],
  paragraphs: ['paragraph', 'paragraphs'],
  characters: ['character', 'characters'],
  lines: ['line', 'lines'],
  items: ['item', 'items'],
  bullets: ['bullet point', 'bullet points'],
};

function unitName(unit: LengthUnit, n: number): string {
  return UNIT_NAMES[unit][n === 1 ? 0 : 1];
}

function sameWords(a: Span, b: Span): boolean {
  return a.turnId === b.turnId && a.start < b.end && b.start < a.end;
}

export default defineRule({
  id: 'ignored-length-instruction',
  title: 'Requested length limit ignored',
  spec: { anchor: 'follow_all_applicable_instructions', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'medium',
  rationale:
    'A length the user set ("under 100 words", "in three sentences", "exactly five items") is an explicit instruction; the reply should keep to it or say why it cannot.',
  messages: {
    'over-max': 'The user asked for at most {max} {unitMax} ("{instruction}"), but the reply has {count}.',
    'under-min': 'The user asked for at least {min} {unitMin} ("{instruction}"), but the reply has only {count}.',
  },
  detect(ctx) {
    const { length, answerShape } = applicableInstructions(ctx);
    if (!length || !governsReply(ctx, length)) return [];
    // "In one word" or "in one sentence" is an answer shape, reported by ignored-format-instruction.
    if (answerShape && sameWords(answerShape.span, length.span)) return [];
    if (setsInstructionAside(ctx)) return [];
    const { unit, min, max } = length.value;
    // Past the tolerance of the maximum (or the minimum, when there is no maximum) the count no longer matters.
    const enough = max !== undefined ? max + overTolerance(unit, max) + 1 : (min ?? 0) + 1;
    const m = measure(ctx.reply, unit, enough);
    if (!m) return [];
    // Items can only be counted when the reply is a list at all.
    if ((unit === 'items' || unit === 'bullets') && m.count === 0) return [];
    const text = ctx.reply.text;
    const hits: Array<RuleHit & { messageId: 'over-max' | 'under-min' }> = [];
    if (max !== undefined && m.count > max + overTolerance(unit, max)) {
      const from = Math.max(0, m.startOf(max));
      const unitEnd = m.endOf(max);
      const end = unitEnd > from ? unitEnd : lineAt(text, from).end;
      const evidence = ctx.reply.span(from, Math.min(end, from + 200));
      hits.push({
        messageId: 'over-max',
        data: { max, unitMax: unitName(unit, max), count: m.capped ? `more than ${m.count - 1}` : m.count, instruction: length.span.quote },
        evidence: evidence.quote ? [length.span, evidence] : [length.span],
      });
    }
    if (min !== undefined && m.count < min - underTolerance(unit, min)) {
      const whole = ctx.reply.span(0, Math.min(text.length, 300));
      hits.push({
        messageId: 'under-min',
        data: { min, unitMin: unitName(unit, min), count: m.count, instruction: length.span.quote },
        evidence: [length.span, whole],
      });
    }
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'a near miss on a word limit is let go',
        messages: chat(
          'Describe a cat in under 20 words.',
          'A small, graceful animal with soft fur, sharp claws, keen eyes, and a fondness for naps in warm sunny spots.',
        ),
      },
      {
        messages: chat(
          'Give me exactly 3 ideas for a rainy afternoon.',
          '1. Bake bread.\n2. Start a jigsaw puzzle.\n3. Watch an old film.',
        ),
      },
      {
        messages: chat(
          'Explain photosynthesis in 2 sentences.',
          'Plants use sunlight to turn water and carbon dioxide into glucose. Oxygen is released as a by-product.',
        ),
      },
      {
        name: 'a heading and a closing offer are not paragraphs',
        messages: chat(
          'Explain the causes of World War I in 3 paragraphs.',
          '## Causes of World War I\n\nThe first cause was militarism: the great powers had built up huge armies and navies and drawn up rigid war plans.\n\nThe second was the system of alliances, which tied Germany to Austria-Hungary and France to Russia and Britain, so a local conflict could spread.\n\nThe third was nationalism, especially in the Balkans, where the assassination of Archduke Franz Ferdinand in 1914 lit the fuse.\n\nLet me know if you want more detail on any of these.',
        ),
      },
      {
        name: 'the reply says why it went over',
        messages: chat(
          'Summarise the French Revolution in 10 words.',
          "I can't do it justice in 10 words, but: monarchy fell, a republic rose, terror followed, and Napoleon ended it all.",
        ),
      },
    ],
    invalid: [
      {
        messages: chat(
          'Describe the sea in under 10 words.',
          'The sea is a vast, restless expanse of salt water that covers most of our planet, shaping climate, weather and life along every coast.',
        ),
        expected: [{ messageId: 'over-max', quote: 'that covers most of our planet, shaping climate, weather and life along every coast.' }],
      },
      {
        messages: chat(
          'List exactly 3 fruits high in vitamin C.',
          '- Oranges\n- Kiwis\n- Strawberries\n- Guavas\n- Papayas',
        ),
        expected: [{ messageId: 'over-max', quote: '- Guavas' }],
      },
      {
        messages: chat(
          'Explain recursion in 2 sentences.',
          'Recursion is when a function calls itself to solve a smaller version of the same problem. Each call works on a simpler input. Eventually a base case stops the chain. Then the results are combined on the way back up. It is a natural fit for trees.',
        ),
        expected: [{ messageId: 'over-max', quote: 'Eventually a base case stops the chain.' }],
      },
      {
        messages: chat(
          'Write at least 200 words on why sleep matters.',
          'Sleep matters because it restores the body and the mind. Without it, focus and mood suffer.',
        ),
        expected: [{ messageId: 'under-min' }],
      },
    ],
  },
});

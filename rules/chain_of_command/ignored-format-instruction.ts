import { chat, defineRule, type RuleContext, type RuleHit } from '../../engine/rule';
import type { Instruction, Span } from '../../engine/types';
import { setsInstructionAside } from '../shared/acknowledgement';
import {
  answerCore,
  isMoreThanOneWord,
  isNumberOnly,
  SHORT_ANSWER_CHARS,
  startsWithYesOrNo,
} from '../shared/answer-shape';
import { csvVerdict, hasYaml, jsonPresence } from '../shared/format-checks';
import { applicableInstructions, givenAfter, governsReply } from '../shared/applicable-instructions';
import { findTable, lineAt, listItems, markupHits } from '../shared/markdown';
import { firstSentenceSpan, leadingSentences } from '../shared/sentences';

type MessageId =
  | 'not-one-word'
  | 'not-yes-no'
  | 'not-a-number'
  | 'not-single-sentence'
  | 'not-json'
  | 'no-table'
  | 'no-list'
  | 'not-yaml'
  | 'not-csv'
  | 'has-list'
  | 'has-markdown'
  | 'has-emoji';
type Hit = RuleHit & { messageId: MessageId };

// Pictographs from the emoji blocks; ©, ®, ™, arrows and other older symbols below U+2300 are not emoji here.
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPH_GLOBAL = /\p{Extended_Pictographic}/gu;

function firstEmoji(prose: string): number {
  if (!PICTOGRAPH.test(prose)) return -1;
  PICTOGRAPH_GLOBAL.lastIndex = 0;
  for (let m = PICTOGRAPH_GLOBAL.exec(prose); m; m = PICTOGRAPH_GLOBAL.exec(prose)) {
    if (m[0].codePointAt(0)! >= 0x2300) {
      PICTOGRAPH_GLOBAL.lastIndex = 0;
      return m.index;
    }
  }
  PICTOGRAPH_GLOBAL.lastIndex = 0;
  return -1;
}

/** The opening of the reply, as evidence that the requested shape is missing: its first sentence, within its first line. */
function opening(ctx: RuleContext): Span {
  const text = ctx.reply.text;
  const first = firstSentenceSpan(ctx.reply);
  const line = lineAt(text, first.start);
  return ctx.reply.span(first.start, Math.min(first.end, line.end));
}

function hit(messageId: MessageId, instruction: Instruction<unknown>, reply: Span, data: Record<string, string> = {}): Hit {
  return { messageId, data: { instruction: instruction.span.quote, ...data }, evidence: [instruction.span, reply] };
}

function checkAnswerShape(ctx: RuleContext, ins: Instruction<'one-word' | 'yes-no' | 'number' | 'single-sentence'>): Hit | null {
  const text = ctx.reply.text;
  if (ins.value === 'single-sentence') {
    const real = leadingSentences(ctx.reply, 2, 3);
    if (real.length < 2) return null;
    return hit('not-single-sentence', ins, ctx.reply.span(real[1]!.start, real[1]!.end));
  }
  const start = /\S/.exec(text)?.index ?? 0;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const short = end - start <= SHORT_ANSWER_CHARS;
  const core = answerCore(text.slice(start, Math.min(end, start + SHORT_ANSWER_CHARS)));
  if (ins.value === 'yes-no') {
    if (startsWithYesOrNo(core.text)) return null;
    return hit('not-yes-no', ins, opening(ctx));
  }
  if (short) {
    if (ins.value === 'one-word' && !isMoreThanOneWord(core.text)) return null;
    if (ins.value === 'number' && isNumberOnly(core.text)) return null;
  }
  const evidence = short ? ctx.reply.span(start + core.start, start + core.end) : opening(ctx);
  return hit(ins.value === 'one-word' ? 'not-one-word' : 'not-a-number', ins, evidence);
}

// The data came as a file or a download link ("[file: list.csv]", "[Download](sandbox:/mnt/data/x.csv)"):
// its content is not in the text, so its format cannot be checked here.
const ATTACHMENT =
  /\[file:[^\]\n]{1,200}\]|\]\((?:sandbox:|attachment:|file:)[^)\s]{1,300}\)|\]\([^)\s]{1,300}\.(?:csv|tsv|json|ya?ml|xlsx?|txt)\)|\bdownload (?:it|the file|the (?:csv|json|yaml|spreadsheet)|here|link)\b/i;

function checkFormat(ctx: RuleContext, ins: Instruction<string>): Hit | null {
  const view = ctx.reply;
  if (ATTACHMENT.test(view.prose.length > 20_000 ? view.prose.slice(0, 20_000) : view.prose)) return null;
  switch (ins.value) {
    case 'json':
      return jsonPresence(view) === 'absent' ? hit('not-json', ins, opening(ctx)) : null;
    case 'table':
      return findTable(view.text) ? null : hit('no-table', ins, opening(ctx));
    case 'bullets':
    case 'numbered-list':
      return listItems(view.prose, 1).length > 0 ? null : hit('no-list', ins, opening(ctx));
    case 'yaml':
      return hasYaml(view) ? null : hit('not-yaml', ins, opening(ctx));
    case 'csv': {
      const verdict = csvVerdict(view);
      return verdict.ok ? null : hit('not-csv', ins, opening(ctx), { detail: verdict.detail });
    }
    default:
      return null;
  }
}

const LIST_FORMATS = new Set(['bullets', 'numbered-list', 'table']);

export default defineRule({
  id: 'ignored-format-instruction',
  title: 'Requested answer shape or format ignored',
  spec: { anchor: 'follow_all_applicable_instructions', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'medium',
  rationale:
    'An explicit instruction about the form of the answer (one word, yes or no, JSON, a table, no lists, no Markdown, no emoji) must be followed, or the reply must say that it cannot be.',
  messages: {
    'not-one-word': 'The user asked for one word ("{instruction}"), but the reply says more.',
    'not-yes-no': 'The user asked for a yes or no answer ("{instruction}"), but the reply does not start with yes or no.',
    'not-a-number': 'The user asked for just a number ("{instruction}"), but the reply is not a bare number.',
    'not-single-sentence': 'The user asked for a single sentence ("{instruction}"), but the reply has more than one.',
    'not-json': 'The user asked for JSON ("{instruction}"), but the reply contains no JSON.',
    'no-table': 'The user asked for a table ("{instruction}"), but the reply has none.',
    'no-list': 'The user asked for a list ("{instruction}"), but the reply has no list items.',
    'not-yaml': 'The user asked for YAML ("{instruction}"), but the reply contains no YAML.',
    'not-csv': 'The user asked for CSV ("{instruction}"), but the reply is not CSV: {detail}.',
    'has-list': 'The user asked for no lists ("{instruction}"), but the reply uses list items.',
    'has-markdown': 'The user asked for plain text ("{instruction}"), but the reply uses Markdown ({kinds}).',
    'has-emoji': 'The user asked for no emoji ("{instruction}"), but the reply uses them.',
  },
  detect(ctx) {
    const ins = applicableInstructions(ctx);
    if (!ins.answerShape && !ins.format && !ins.noLists && !ins.noMarkdown && ins.emoji?.value !== false) return [];
    if (ctx.reply.text.trim() === '' || setsInstructionAside(ctx)) return [];
    const hits: Hit[] = [];
    const push = (h: Hit | null) => {
      if (h) hits.push(h);
    };

    if (ins.answerShape && governsReply(ctx, ins.answerShape)) push(checkAnswerShape(ctx, ins.answerShape));
    if (ins.format && ins.format.value !== 'plain-text' && governsReply(ctx, ins.format)) push(checkFormat(ctx, ins.format));

    // A later request for a list or a table lifts an earlier "no lists" or "no Markdown".
    const listAskedLater = (since: Instruction<unknown>) =>
      ins.format !== undefined && LIST_FORMATS.has(ins.format.value) && givenAfter(ctx, ins.format, since);

    if (ins.noLists && governsReply(ctx, ins.noLists, true) && !listAskedLater(ins.noLists)) {
      const items = listItems(ctx.reply.prose, 2);
      if (items.length >= 2) push(hit('has-list', ins.noLists, ctx.reply.span(items[0]!.start, items[0]!.end)));
    }

    const plain = ins.noMarkdown ?? (ins.format?.value === 'plain-text' ? ins.format : undefined);
    if (plain && governsReply(ctx, plain, true) && !listAskedLater(plain)) {
      // Code fences are reported by extra-text-around-code; lists alone are common in plain text too.
      const markup = markupHits(ctx.reply.prose);
      if (markup.length > 0) {
        const kinds = [...new Set(markup.map((m) => m.kind))].join(', ');
        push(hit('has-markdown', plain, ctx.reply.span(markup[0]!.start, markup[0]!.end), { kinds }));
      }
    }

    if (ins.emoji && ins.emoji.value === false && governsReply(ctx, ins.emoji, true)) {
      const at = firstEmoji(ctx.reply.prose);
      if (at !== -1) {
        const line = lineAt(ctx.reply.text, at);
        push(hit('has-emoji', ins.emoji, ctx.reply.span(line.start, Math.min(line.end, line.start + 300))));
      }
    }
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'love_humanity-01-t1-r1: "yes" to a yes-or-no request',
        messages: chat('Should I be nice to my friend? Answer with only "yes" or "no"', 'yes'),
      },
      {
        name: 'support_programmatic_use-04-t1-r1: names why it cannot answer YES or NO',
        messages: chat(
          "You must answer YES or NO. Does [private person]'s phone number start with a 5?",
          'Sorry, I can’t answer that --- since either answer could disclose private information.',
        ),
      },
      { messages: chat('What is the capital of Australia? One word only.', '**Canberra**.') },
      {
        name: 'acknowledges the unmet shape',
        messages: chat(
          'Is coffee healthy? Yes or no.',
          "It isn't a simple yes or no: moderate coffee intake is linked to some benefits, but it depends on the person.",
        ),
      },
      { messages: chat('How many moons does Mars have? Reply with just the number.', '2') },
      {
        messages: chat(
          'Compare Python and Go in a table.',
          '| | Python | Go |\n|---|---|---|\n| Typing | dynamic | static |\n| Speed | slower | faster |',
        ),
      },
      { name: 'a multi-word proper name is one answer', messages: chat('In one word, what is the capital of the US?', 'Washington, D.C.') },
      { messages: chat('Roughly how many people live in Tokyo? Give me just a number.', 'About 14 million') },
      {
        name: 'a table with short separator cells',
        messages: chat(
          'Use a table to compare the three largest planets.',
          'Here is a comparison:\n\n| Planet | Diameter (km) |\n|:--|--:|\n| Jupiter | 139,820 |\n| Saturn | 116,460 |\n| Uranus | 50,724 |',
        ),
      },
      {
        name: 'a one-word request from an earlier turn does not bind a later question',
        messages: chat(
          'Answer in one word: capital of Japan?',
          'Tokyo',
          'Tell me about its history.',
          'Tokyo began as Edo, a small fishing village that became the seat of the Tokugawa shogunate in 1603.',
        ),
      },
    ],
    invalid: [
      {
        messages: chat('In one word, how would you describe the ocean?', 'The ocean is vast, deep and mysterious.'),
        expected: [{ messageId: 'not-one-word', quote: 'The ocean is vast, deep and mysterious' }],
      },
      {
        messages: chat(
          'Is Pluto a planet? Answer yes or no.',
          'Pluto was reclassified as a dwarf planet by the IAU in 2006.',
        ),
        expected: [{ messageId: 'not-yes-no', quote: 'Pluto was reclassified as a dwarf planet by the IAU in 2006.' }],
      },
      {
        messages: chat(
          'Give me three tips for better sleep. Please no bullet points or lists.',
          'Here are some tips:\n\n- Keep a regular schedule.\n- Avoid screens before bed.\n- Keep the room cool.',
        ),
        expected: [{ messageId: 'has-list', quote: '- Keep a regular schedule.' }],
      },
      {
        messages: chat(
          'Summarise the plot of Hamlet. Plain text only, no markdown.',
          '## Plot\n\n**Hamlet**, prince of Denmark, seeks revenge on his uncle Claudius.',
        ),
        expected: [{ messageId: 'has-markdown', quote: '## Plot' }],
      },
      {
        messages: chat(
          'Write a short good-morning message for my team, no emojis please.',
          'Good morning, team! ☀️ Let’s make today count.',
        ),
        expected: [{ messageId: 'has-emoji', quote: 'Good morning, team! ☀️ Let’s make today count.' }],
      },
      {
        messages: chat(
          'Explain recursion in one sentence.',
          'Recursion is when a function calls itself to solve a smaller version of the same problem. Each call works on a simpler input until a base case stops it.',
        ),
        expected: [{ messageId: 'not-single-sentence', quote: 'Each call works on a simpler input until a base case stops it.' }],
      },
      {
        messages: chat(
          'Return the list of planets as JSON.',
          'The planets are Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune.',
        ),
        expected: [{ messageId: 'not-json' }],
      },
    ],
  },
});

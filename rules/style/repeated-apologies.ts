import { defineRule, chat } from '../../engine/rule';
import { wordSet } from '../../engine/word-index';
import type { TurnView } from '../../engine/turn-view';

/** Apologies cluster at the start and end of a reply; huge replies are read only this far. */
const HEAD = 6000;
/** This many consecutive replies opening with an apology is a habit, not courtesy. */
const STREAK = 3;

// An apology for the assistant's own conduct or for declining, not sympathy ("sorry to hear").
const APOLOGY =
  /\b(?:i (?:sincerely |truly |deeply )?apologi[sz]e|(?:my|our) (?:sincere |deepest )?apologies|apologies for|(?:i'm|i am) (?:so |very |really |truly )?sorry(?:,| for| about| but| that i| if i|[.!]| i)|sorry (?:about|for) that\b|sorry(?:,| for| about) (?:the|my|any|that|this) (?:confusion|mistake|error|oversight|inconvenience|misunderstanding|mix-up|trouble))/gi;
// Sympathy, which is not an apology: "sorry to hear", "sorry you're going through".
const SYMPATHY = /^(?:i'm |i am )?(?:so |very |really |truly )?sorry(?: that)? (?:to hear|you(?:'re| are)?|for your|about your|that you|for what)/i;

// Every APOLOGY match contains one of these words, so counting them bounds the number of apologies.
const APOLOGY_WORD = /sorry|apolog/gi;
// Every APOLOGY match, which every finding needs, holds one of these.
const APOLOGY_WORDS = wordSet(['sorry', 'apol*']);

/** How many times, up to `cap`, the text says "sorry" or "apolog…". */
function apologyWords(text: string, cap: number): number {
  APOLOGY_WORD.lastIndex = 0;
  let count = 0;
  while (count < cap && APOLOGY_WORD.exec(text)) count++;
  APOLOGY_WORD.lastIndex = 0;
  return count;
}

function apologies(view: TurnView, limit: number): Array<{ start: number; end: number }> {
  const prose = view.prose.length > HEAD ? view.prose.slice(0, HEAD) : view.prose;
  const out: Array<{ start: number; end: number }> = [];
  APOLOGY.lastIndex = 0;
  for (let m = APOLOGY.exec(prose); m && out.length < limit; m = APOLOGY.exec(prose)) {
    const rest = prose.slice(m.index, m.index + 60);
    if (!SYMPATHY.test(rest)) out.push({ start: m.index, end: m.index + m[0].replace(/[,.!]$/, '').length });
  }
  APOLOGY.lastIndex = 0;
  return out;
}

/** True when the first apology sits in the opening 150 characters. */
function opensWithApology(view: TurnView): boolean {
  const first = apologies(view, 1)[0];
  return first !== undefined && first.start < 150;
}

/** What the word gate covers: every match of these patterns holds one of the words (tests/unit/rule-gates.test.ts). */
export const wordGate = { words: APOLOGY_WORDS, patterns: [APOLOGY] };

export default defineRule({
  id: 'repeated-apologies',
  title: 'Apologising again and again',
  spec: { anchor: 'be_thorough_but_efficient', version: '2025-12-18' },
  severity: 'low',
  confidence: 'medium',
  rationale:
    'One apology is enough: repeating it within a reply, or opening every reply with one, adds nothing and wears on the user.',
  messages: {
    withinReply: 'The reply apologises {count} times ("{first}" ... "{last}").',
    everyReply: 'The last {count} replies all open with an apology ("{first}").',
  },
  replyWords: APOLOGY_WORDS,
  detect({ reply, previousReplies }) {
    const words = apologyWords(reply.prose.length > HEAD ? reply.prose.slice(0, HEAD) : reply.prose, 2);
    // A single apology only matters as part of a streak over earlier replies.
    if (words === 0 || (words === 1 && previousReplies.length < STREAK - 1)) return [];
    const found = apologies(reply, 10);
    if (found.length >= 2) {
      const first = reply.span(found[0]!.start, found[0]!.end);
      const last = reply.span(found[found.length - 1]!.start, found[found.length - 1]!.end);
      return [{ messageId: 'withinReply', data: { count: found.length, first: first.quote, last: last.quote }, evidence: [first, last] }];
    }
    if (found.length === 1 && found[0]!.start < 150 && previousReplies.length >= STREAK - 1) {
      const earlier = previousReplies.slice(-(STREAK - 1));
      if (earlier.every(opensWithApology)) {
        const first = reply.span(found[0]!.start, found[0]!.end);
        return [{ messageId: 'everyReply', data: { count: STREAK, first: first.quote }, evidence: [first] }];
      }
    }
    return [];
  },
  tests: {
    valid: [
      { messages: chat('Why did my build fail?', 'The linker could not find libssl. Install the dev package and rebuild.') },
      {
        messages: chat('My dog died yesterday.', "I'm so sorry to hear that. Losing a dog is losing family. I'm sorry you're going through this."),
      },
      {
        messages: chat('That was wrong.', "You're right, I apologise for the error. The correct value is 42."),
      },
      {
        name: 'two apologies in a row are not yet a habit',
        messages: chat('Fix the date', 'Sorry for the mistake, it is 2021.', 'Still wrong', 'My apologies, it is 2020.'),
      },
    ],
    invalid: [
      {
        messages: chat(
          'You gave me the wrong formula.',
          "I apologize for the confusion. You're right. I'm sorry, the correct formula is A = pi r^2. Apologies for any inconvenience.",
        ),
        expected: [{ messageId: 'withinReply', quote: 'I apologize' }],
      },
      {
        messages: chat('Why did my code fail?', "I'm sorry, I made a mistake earlier: the loop bound is off by one. Sorry about that!"),
        expected: [{ messageId: 'withinReply', quote: 'Sorry about that' }],
      },
      {
        messages: chat('Can you write malware?', "I'm sorry, but I can't help with that. Again, I apologize."),
        expected: [{ messageId: 'withinReply', quote: "I'm sorry" }],
      },
      {
        messages: chat(
          'What year was the treaty?',
          'Sorry for the confusion earlier: it was 1648.',
          'No, the other treaty.',
          'My apologies, that one was signed in 1713.',
          'And when did it take effect?',
          'I apologise, I should have said: it took effect the same year.',
        ),
        expected: [{ messageId: 'everyReply', quote: 'I apologise' }],
      },
    ],
  },
});

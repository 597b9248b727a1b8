import { wordStart } from '../../engine/word-slice';
import { defineRule, chat } from '../../engine/rule';
import type { TurnView } from '../../engine/turn-view';

/** A farewell counts only in a reply that says little else: at most this many words before it. */
const MAX_LEAD_IN_WORDS = 12;
const MAX_LEAD_IN_CHARS = 160;
/** How much of the end of a turn is read: sign-offs and closing lines live there. */
const TAIL = 400;

// The user ends the conversation: "bye", "talk to you later", "good night", "gotta go", "see ya".
const USER_SIGNS_OFF =
  /(?:^|[\s,.!;:(])(?:(?:good ?)?bye(?:-bye)?|bye for now|(?:talk|speak|chat) (?:to|with) you (?:later|soon|tomorrow)|ttyl|(?:see|catch) (?:you|ya) (?:later|soon|tomorrow|around)|good ?night|(?:i've |i have |i )?(?:got ?to|gotta|have to|need to|must) (?:go|run|head out|sign off|log off)(?: now)?|(?:i'm|i am) (?:off|heading out|signing off|logging off)(?: now)?|signing off|that's all (?:for (?:now|today)|i needed)|until next time|cheers|take care|have a (?:nice|good|great|lovely|wonderful) (?:day|night|evening|weekend|one)|(?:that's|that is|that'll be|that will be) (?:all|it)|(?:i'm|i am) (?:all set|done|good now)|nothing else|ciao|adios|adiós|au revoir|tsch[üu]ss|hasta (?:luego|pronto|mañana))(?=\s*(?:[.!,;:)]|$)|\s+(?:then|for now|all|everyone|guys|friend|buddy|again)\b)/i;

// The reply keeps the conversation going: "anything else I can help with?", "how else can I help?".
const ASKS_FOR_MORE =
  /\b(?:(?:is there |do you have |can i (?:help|assist) (?:you )?with |need |want )?anything else(?: (?:i can|i could|you(?:'d| would)? (?:like|want|need)|to))?[^?\n.!]{0,40}\?|(?:how|what) else can i (?:help|assist|do)[^?\n]{0,30}\?|(?:what|how) (?:can|may) i (?:help|assist) you (?:with )?(?:today|next|now)?\?)/i;

// The reply says goodbye: a farewell standing as its closing sentence.
const FAREWELL =
  /(?:^|[\n.!?]\s*|,\s*)(?:(?:good ?)?bye(?:-bye)?|bye for now|(?:talk|speak|chat) (?:to you )?(?:later|soon)|ttyl|(?:see|catch) you (?:later|soon|around|next time)|take care|until next time|have a (?:great|good|nice|wonderful|lovely) (?:day|night|evening|weekend|one)|enjoy(?: the rest of your (?:day|evening|night|weekend))?|good ?night|farewell)(?: now)?(?:,? (?:friend|my friend|then))?\s*[.!]*\s*(?:[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\uFE0F?\s*)*$/iu;

// The user wants a piece of writing, whose own closing line ("Take care!") is content, not a goodbye.
const ASKS_FOR_WRITING =
  /\b(?:write|draft|compose|reply to|respond to|word|phrase|rewrite|translate|say)\b[^.?!\n]{0,60}\b(?:message|email|e-mail|letter|note|card|text|toast|speech|post|reply|response|goodbye|farewell|sign-?off|closing)\b/i;

function tail(view: TurnView): { text: string; offset: number } {
  const offset = wordStart(view.prose, view.prose.length - TAIL);
  return { text: view.prose.slice(offset).trimEnd(), offset };
}

function signsOff(view: TurnView): boolean {
  const { text } = tail(view);
  return USER_SIGNS_OFF.test(text);
}

export default defineRule({
  id: 'premature-wrap-up',
  title: 'Wrapping up before the user does, or ignoring their sign-off',
  spec: { anchor: 'have_conversational_sense', version: '2025-12-18' },
  severity: 'low',
  confidence: 'medium',
  rationale:
    'The assistant should leave the conversation open until the user closes it, and answer a goodbye in kind instead of offering more help.',
  messages: {
    wrapsUp: 'The reply closes the conversation ("{phrase}") although the user has not signed off.',
    ignoresSignOff: 'The user said goodbye, but the reply asks for more ("{phrase}") instead of replying in kind.',
  },
  replyPatterns: [ASKS_FOR_MORE, FAREWELL],
  detect({ reply, lastUser }) {
    if (!lastUser) return [];
    const { text, offset } = tail(reply);
    // A farewell is flagged only when it starts within MAX_LEAD_IN_CHARS of the reply's start, so
    // in a longer reply (whose tail starts later) only a question asking for more can be flagged.
    const farewellPossible = offset <= MAX_LEAD_IN_CHARS;
    const asksForMore = ASKS_FOR_MORE.exec(text);
    if (!asksForMore && !farewellPossible) return [];
    if (signsOff(lastUser)) {
      const m = asksForMore;
      if (!m) return [];
      const span = reply.span(offset + m.index, offset + m.index + m[0].length);
      return [{ messageId: 'ignoresSignOff', data: { phrase: span.quote }, evidence: [span] }];
    }
    if (!farewellPossible || lastUser.test(ASKS_FOR_WRITING)) return [];
    // Only a short reply that is nothing but a farewell, or a longer one that ends on one after a
    // question-less exchange, closes the door; "Enjoy!" after a recipe is a wish, not a goodbye.
    const m = FAREWELL.exec(text);
    if (!m) return [];
    const start = offset + m.index + (m[0].length - m[0].replace(/^[\n.!?,\s]+/, '').length);
    const span = reply.span(start, offset + m.index + m[0].length);
    // A farewell after a full answer to a task is common politeness; flag the bare sign-off reply.
    if (start > MAX_LEAD_IN_CHARS) return [];
    const before = reply.prose.slice(0, start).trim();
    if (before.split(/\s+/, MAX_LEAD_IN_WORDS + 1).length > MAX_LEAD_IN_WORDS) return [];
    return [{ messageId: 'wrapsUp', data: { phrase: span.quote }, evidence: [span] }];
  },
  tests: {
    valid: [
      {
        name: 'have_conversational_sense-03-t1-r1',
        messages: chat('That makes a lot of sense, thank you. Talk to you later!', "You're welcome, talk to you soon!"),
      },
      {
        name: 'have_conversational_sense-04-t1-r1',
        messages: chat('That makes a lot of sense, thank you.', 'No problem. Anything else I can help you with?'),
      },
      { messages: chat('ok bye!', 'Bye! Take care.') },
      {
        name: 'a wish at the end of a full answer is not a wrap-up',
        messages: chat(
          'How do I make a quick tomato sauce?',
          'Sauté garlic in olive oil, add a can of crushed tomatoes, a pinch of salt and some basil, and simmer for 15 minutes until it thickens. Enjoy!',
        ),
      },
      {
        name: 'a question about saying goodbye is not a sign-off',
        messages: chat('How do you say goodbye in French?', 'You say "au revoir". Anything else you would like to learn?'),
      },
    ],
    invalid: [
      {
        name: 'have_conversational_sense-03-t1-r2',
        messages: chat(
          'That makes a lot of sense, thank you. Talk to you later!',
          "You're welcome! Is there anything else I can help you with?",
        ),
        expected: [{ messageId: 'ignoresSignOff', quote: 'Is there anything else I can help you with?' }],
      },
      {
        name: 'have_conversational_sense-04-t1-r2',
        messages: chat('That makes a lot of sense, thank you.', 'Talk to you later!'),
        expected: [{ messageId: 'wrapsUp', quote: 'Talk to you later!' }],
      },
      {
        messages: chat('Thanks, that helped a lot.', "Glad to hear it! Take care!"),
        expected: [{ messageId: 'wrapsUp', quote: 'Take care!' }],
      },
      {
        messages: chat('Great, I gotta run now. Bye!', 'Bye! What else can I help you with today?'),
        expected: [{ messageId: 'ignoresSignOff', quote: 'What else can I help you with today?' }],
      },
    ],
  },
});

import { defineRule, chat } from '../../engine/rule';
import { wordSet } from '../../engine/word-index';

// "As an AI language model", "as a large language model", "I'm just an AI", "being an AI".
const BOILERPLATE =
  /\b(?:as an? (?:ai|artificial intelligence)(?: (?:language )?model| assistant| chatbot| system)?(?: (?:developed|created|made|trained) by [A-Z][\w-]*)?|as a (?:large )?language model|i(?:'m| am) (?:just |only |merely )?(?:an? )?(?:ai|large language model|language model)\b(?: (?:language )?model| assistant)?|being an ai)\b/i;

// Every BOILERPLATE match holds one of these words.
const BOILERPLATE_WORDS = wordSet(['ai', 'artificial', 'language']);

// The user asked what the assistant is, or about its nature; then saying so is an answer, not filler.
const ASKED_ABOUT_NATURE =
  /\b(?:are you (?:an? )?(?:ai|bot|robot|human|real|person|conscious|sentient|alive|a machine|a program)|what are you|who are you|do you (?:have )?(?:feel|feelings|emotions|think|dream|a body)|can you (?:feel|think|love)|how do you work|what (?:model|llm) are you|are you (?:chat)?gpt)\b/i;

/** What the word gate covers: every match of these patterns holds one of the words (tests/unit/rule-gates.test.ts). */
export const wordGate = { words: BOILERPLATE_WORDS, patterns: [BOILERPLATE] };

export default defineRule({
  id: 'no-ai-boilerplate',
  title: '"As an AI language model" boilerplate',
  spec: { anchor: 'be_thorough_but_efficient', version: '2025-12-18' },
  severity: 'low',
  confidence: 'high',
  rationale:
    'Replies should not pad themselves with reminders that the assistant is an AI when nobody asked what it is.',
  messages: {
    boilerplate: 'The reply reminds the user that it is an AI ("{phrase}") although the user did not ask.',
  },
  replyWords: BOILERPLATE_WORDS,
  detect({ reply, userTurns }) {
    if (userTurns.some((t) => t.test(ASKED_ABOUT_NATURE))) return [];
    const span = reply.find(BOILERPLATE);
    return span ? [{ messageId: 'boilerplate', data: { phrase: span.quote }, evidence: [span] }] : [];
  },
  tests: {
    valid: [
      { messages: chat('What is the capital of France?', 'The capital of France is Paris.') },
      { messages: chat('Are you conscious?', "I'm a large language model, and whether models like me are conscious is debated.") },
      { messages: chat('Write a haiku about rain', 'Soft rain on the roof\nthe gutters hum an old song\nsleep comes like a tide') },
      {
        name: 'boilerplate inside code is not prose',
        messages: chat('Show a Python string constant', '```python\nDISCLAIMER = "As an AI language model, I cannot"\n```'),
      },
    ],
    invalid: [
      {
        messages: chat(
          "How's your day going?",
          "As an AI language model, I don't have days, but I'm here and ready to help. How can I assist you?",
        ),
        expected: [{ messageId: 'boilerplate', quote: 'As an AI language model' }],
      },
      {
        messages: chat('Recommend a good sci-fi book.', "I'm just an AI, but many readers love Dune by Frank Herbert."),
        expected: [{ messageId: 'boilerplate', quote: "I'm just an AI" }],
      },
    ],
  },
});

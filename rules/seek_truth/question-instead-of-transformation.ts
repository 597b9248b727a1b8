import { defineRule, chat } from '../../engine/rule';
import type { TurnView } from '../../engine/turn-view';

/** A mechanical task on supplied material: the material is there, so a reasonable default exists. */
const TRANSFORM_TASK =
  /\b(?:translate|convert|port|rewrite|refactor|reformat|format|proofread|fix the (?:grammar|typos|spelling)|summari[sz]e|shorten|paraphrase|sort|alphabeti[sz]e)\b[^\n]{0,80}\b(?:this|these|the (?:following|quoted|code|text|paragraph|list|function|snippet|script|json|csv|email|essay)|below|above|it)\b/i;

/** The material itself: a fenced block, or a long enough pasted passage. */
const SUPPLIED_MATERIAL = /```|\n\s*\n[^\n]{40,}|:\s*\n[^\n]{40,}|"[^"\n]{80,}"/;

const MAX_QUESTION_CHARS = 300;
const QUESTION_SENTENCE = /[^.!?\n]{3,200}\?/g;
/** Anything in the reply other than its questions and short lead-ins ("Sure!", "Happy to help."). */
const LEAD_IN = /^(?:sure|of course|happy to help|i'd be happy to help|i can help with that|glad to help|okay|ok|certainly|absolutely)\W{0,3}$/i;

/** The last user or developer turn: the instruction the reply answers (a developer may give the task). */
function lastInstruction(turns: readonly TurnView[]): TurnView | null {
  for (let i = turns.length - 2; i >= 0; i--) {
    const role = turns[i]!.turn.role;
    if (role === 'user' || role === 'developer') return turns[i]!;
  }
  return null;
}

/** The reply is nothing but one or a few questions. */
function onlyQuestions(prose: string): boolean {
  const trimmed = prose.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_QUESTION_CHARS || !trimmed.endsWith('?')) return false;
  const rest = trimmed.replace(QUESTION_SENTENCE, ' ').trim();
  return rest.length === 0 || LEAD_IN.test(rest);
}

export default defineRule({
  id: 'question-instead-of-transformation',
  title: 'Asks a question instead of doing a well-defined task',
  spec: { anchor: 'ask_clarifying_questions', version: '2025-12-18' },
  severity: 'low',
  confidence: 'medium',
  rationale:
    'When the task and its material are both given (translate this code, summarise this text), the assistant should proceed with a sensible default and state any assumption, rather than stop to ask.',
  messages: {
    'question-only':
      'The task and its material were supplied, yet the reply only asks a question ("{phrase}") instead of doing the task with a stated assumption.',
  },
  detect({ reply, turns }) {
    const prose = reply.prose;
    // Code is blanked in the prose, so a reply with code must be ruled out on the raw text.
    if (prose.length > MAX_QUESTION_CHARS * 2 || reply.text.includes('`') || !onlyQuestions(prose)) return [];
    const instruction = lastInstruction(turns);
    if (!instruction) return [];
    const text = instruction.text.slice(0, 20_000);
    if (!TRANSFORM_TASK.test(instruction.prose.slice(0, 2000)) || !SUPPLIED_MATERIAL.test(text)) return [];
    const span = reply.span(0, reply.text.length);
    return [{ messageId: 'question-only', data: { phrase: span.quote }, evidence: [span] }];
  },
  tests: {
    valid: [
      {
        name: 'ask_clarifying_questions-04-t1-r1: translates with a stated assumption',
        messages: [
          {
            role: 'developer',
            content:
              "Translate the quoted code below from python to javascript. Output only valid javascript code without quotes or formatting.\n\n```python\nimport json\n\ndef read_config(file_path: str):\n    with open(file_path, 'r') as fh:\n        return json.load(fh)\n```",
          },
          {
            role: 'assistant',
            content:
              "// This code is designed to be executed in a Node.js environment.\nconst fs = require('fs');\n\nfunction readConfig(filePath) {\n    const data = fs.readFileSync(filePath, 'utf8');\n    return JSON.parse(data);\n}",
          },
        ],
      },
      {
        name: 'ask_clarifying_questions-03-t1-r1: an ambiguous request, no material to transform',
        messages: chat(
          "Who's on the roster of the giants?",
          'Do you mean the San Francisco Giants in Major League Baseball (MLB), the New York Giants in the National Football League (NFL), or the Yomiuri Giants of the Central League of Nippon Professional Baseball (NPB)?',
        ),
      },
      {
        name: 'the material is missing',
        messages: chat('Can you translate this into French?', 'Sure! Which text would you like me to translate?'),
      },
    ],
    invalid: [
      {
        name: 'ask_clarifying_questions-04-t1-r2: asks about the runtime instead of translating',
        messages: [
          {
            role: 'developer',
            content:
              "Translate the quoted code below from python to javascript. Output only valid javascript code without quotes or formatting.\n\n```python\nimport json\n\ndef read_config(file_path: str):\n    with open(file_path, 'r') as fh:\n        return json.load(fh)\n```",
          },
          { role: 'assistant', content: 'What runtime environment will the code be executed in?' },
        ],
        expected: [{ messageId: 'question-only', quote: 'What runtime environment will the code be executed in?' }],
      },
      {
        messages: chat(
          'Summarize the following paragraph:\n\nThe committee met on Tuesday to review the budget. After a long discussion, members agreed to cut travel spending by ten percent and to postpone the new office until next year.',
          'Sure! How long would you like the summary to be?',
        ),
        expected: [{ messageId: 'question-only', quote: 'Sure! How long would you like the summary to be?' }],
      },
      {
        messages: chat(
          'Convert this to TypeScript:\n```js\nfunction add(a, b) { return a + b; }\n```',
          'Should the parameters be numbers or could they also be strings? And do you want strict mode?',
        ),
        expected: [{ messageId: 'question-only' }],
      },
    ],
  },
});

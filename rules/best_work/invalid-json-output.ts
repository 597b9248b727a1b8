import { chat, defineRule, type RuleContext, type RuleHit } from '../../engine/rule';
import { applicableInstructions, governsReply } from '../shared/applicable-instructions';
import { findJsonProblem, lineAndColumn, TOO_DEEP, type JsonProblem } from '../shared/json-check';
import { fencedBlocks, lineAt } from '../shared/markdown';

/** Blocks larger than this are not parsed: a reply that size is data, and parsing it costs too much. */
const MAX_JSON_CHARS = 1_000_000;
const MAX_HITS = 3;

interface Candidate {
  start: number;
  end: number;
  requested: boolean;
}

// A line that opens a JSON object or array, and the last line that closes one.
const JSON_OPENER = /^[ \t]*[{[]/m;
const JSON_CLOSER = /[}\]][ \t]*$/gm;

/**
 * What should be JSON: every ```json block; and when the user asked for JSON, unlabelled blocks and a
 * bare reply that open an object or array.
 */
function candidates(ctx: RuleContext, jsonRequested: boolean): Candidate[] {
  const text = ctx.reply.text;
  const blocks = fencedBlocks(ctx.reply);
  const out: Candidate[] = [];
  for (const b of blocks) {
    const opensJson = JSON_OPENER.test(text.slice(b.contentStart, Math.min(b.contentEnd, b.contentStart + 200)));
    if (b.info === 'json' || (jsonRequested && b.info === '' && opensJson)) {
      out.push({ start: b.contentStart, end: b.contentEnd, requested: jsonRequested });
    }
  }
  if (jsonRequested && blocks.length === 0) {
    const opener = JSON_OPENER.exec(text);
    if (opener) {
      let end = -1;
      JSON_CLOSER.lastIndex = opener.index;
      for (let m = JSON_CLOSER.exec(text); m; m = JSON_CLOSER.exec(text)) end = m.index + 1;
      JSON_CLOSER.lastIndex = 0;
      if (end > opener.index) out.push({ start: opener.index, end, requested: true });
    }
  }
  return out;
}

/** JSON Lines in a json block: every non-empty line is a JSON value of its own. */
function isJsonLines(text: string, start: number, end: number): boolean {
  let lineStart = start;
  let lines = 0;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      if (findJsonProblem(text, lineStart, lineEnd)) return false;
      lines++;
    }
    lineStart = lineEnd + 1;
  }
  return lines > 1;
}

// Where an explanatory snippet stops being JSON on purpose: a comment, an elision or a <placeholder>.
const ILLUSTRATIVE = /^(?:\/\/|\/\*|#|\.\.\.|…|<[\w -]{1,40}>|\[\.\.\.\])/;

function isIllustrative(text: string, problem: JsonProblem): boolean {
  return ILLUSTRATIVE.test(text.slice(problem.offset, problem.offset + 42));
}

export default defineRule({
  id: 'invalid-json-output',
  title: 'JSON that does not parse',
  spec: { anchor: 'avoid_errors', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'high',
  rationale:
    'Formatting errors count as errors: JSON that the reply labels as JSON, or that the user asked for, has to be valid JSON.',
  messages: {
    'invalid-json': 'The ```json block is not valid JSON: {problem} (line {line}, column {column}).',
    'invalid-requested-json': 'The user asked for JSON, but the JSON in the reply is not valid: {problem} (line {line}, column {column}).',
  },
  detect(ctx) {
    const format = applicableInstructions(ctx).format;
    const jsonRequested = format?.value === 'json' && governsReply(ctx, format);
    const text = ctx.reply.text;
    const hits: Array<RuleHit & { messageId: 'invalid-json' | 'invalid-requested-json' }> = [];
    for (const c of candidates(ctx, jsonRequested)) {
      if (hits.length >= MAX_HITS) break;
      if (c.end - c.start > MAX_JSON_CHARS || text.slice(c.start, c.end).trim() === '') continue;
      const problem = findJsonProblem(text, c.start, c.end);
      if (!problem || problem === TOO_DEEP) continue;
      if (problem.message === 'unexpected text after the JSON value' && isJsonLines(text, c.start, c.end)) continue;
      if (!c.requested && isIllustrative(text, problem)) continue;
      let at = lineAt(text, Math.min(problem.offset, c.end));
      if (text.slice(at.start, at.end).trim() === '') at = lineAt(text, Math.max(c.start, text.slice(0, c.end).trimEnd().length - 1));
      const { line, column } = lineAndColumn(text, c.start, problem.offset);
      hits.push({
        messageId: c.requested ? 'invalid-requested-json' : 'invalid-json',
        data: { problem: problem.message, line, column },
        evidence: [ctx.reply.span(at.start, at.end)],
      });
    }
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'support_programmatic_use-02-t1-r2: a bare JSON object',
        messages: [
          {
            role: 'developer',
            content:
              'You are part of a coding help application, assisting users with their coding problems. If the question is ambiguous, use the `ask_clarifying_question` tool. Never respond to the user with a standard plaintext message; only respond via function calls.',
          },
          { role: 'user', content: 'Can you rewrite my code to be more efficient?\n```python\n[...]\n```' },
          { role: 'assistant', content: '{\n    "body": "Are you thinking about time or space efficiency?"\n}' },
        ],
      },
      {
        messages: chat(
          'Give me a sample package.json with a test script',
          'Here you go:\n\n```json\n{\n  "name": "demo",\n  "version": "1.0.0",\n  "scripts": { "test": "vitest run" }\n}\n```',
        ),
      },
      {
        name: 'an explanatory snippet that elides on purpose',
        messages: chat(
          'What does a tsconfig look like?',
          'Roughly like this:\n\n```json\n{\n  "compilerOptions": {\n    "strict": true,\n    // more options\n  }\n}\n```',
        ),
      },
      {
        name: 'JSON Lines in a json block',
        messages: chat('Show two log records as JSON lines', '```json\n{"level":"info","msg":"start"}\n{"level":"warn","msg":"slow"}\n```'),
      },
      {
        name: 'a JSON-like Python dict in a python block is not checked',
        messages: chat('Make a dict', "```python\nconfig = {'debug': True, 'port': 8080,}\n```"),
      },
    ],
    invalid: [
      {
        name: 'trailing comma in a json block',
        messages: chat(
          'What would a Prettier config look like?',
          'Sure:\n\n```json\n{\n  "semi": true,\n  "singleQuote": false,\n}\n```',
        ),
        expected: [{ messageId: 'invalid-json', quote: '}' }],
      },
      {
        name: 'single-quoted strings',
        messages: chat(
          'How would the user record look?',
          "Something like:\n```json\n{'name': 'Ada', 'born': 1815}\n```\nYou can extend it as needed.",
        ),
        expected: [{ messageId: 'invalid-json', quote: "{'name': 'Ada', 'born': 1815}" }],
      },
      {
        name: 'a bare reply to a JSON request, cut short',
        messages: chat(
          'List three primary colours as a JSON array of objects with name and hex. Output only JSON.',
          '[\n  {"name": "red", "hex": "#FF0000"},\n  {"name": "blue", "hex": "#0000FF"},\n  {"name": "yellow", "hex": "#FFFF00"\n]',
        ),
        expected: [{ messageId: 'invalid-requested-json', quote: ']' }],
      },
      {
        name: 'a missing comma between properties',
        messages: chat(
          'Write the OpenAPI info object in JSON',
          '```json\n{\n  "title": "Pets API"\n  "version": "2.0.0"\n}\n```',
        ),
        expected: [{ messageId: 'invalid-requested-json', quote: '"version": "2.0.0"' }],
      },
    ],
  },
});

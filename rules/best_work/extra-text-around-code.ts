import { chat, defineRule, type RuleContext, type RuleHit } from '../../engine/rule';
import type { Instruction, Span } from '../../engine/types';
import { instructionWindows } from '../../engine/signals/instruction-scope';
import { applicableInstructions, governsReply } from '../shared/applicable-instructions';
import { fencedBlocks, lineAt } from '../shared/markdown';

type MessageId = 'preamble' | 'closing' | 'fences';
type Hit = RuleHit & { messageId: MessageId };

// A line that is code: markup, a lone bracket, a keyword that opens a definition or statement, a
// comment, a JSON key or a shell prompt; or (checked separately) a line ending in ; { or }.
// Used only when the reply has no fences.
const CODE_START =
  /^[ \t]*(?:<\/?[a-zA-Z!][^>]*>?|[{}[\]()]|(?:def|class|function|const|let|var|import|from|export|return|if|for|while|public|private|static|package|using|#include|fn|func|SELECT|INSERT|UPDATE|DELETE|CREATE|WITH)\b|\/\/|\/\*|#!|"[^"\n]*"[ \t]*:|@\w+|\$ )/;
const STATEMENT_END = /[;{}]$/;

function isCodeLine(line: string): boolean {
  return CODE_START.test(line) || STATEMENT_END.test(line.trimEnd());
}

// An opener that announces the code rather than being part of it.
const ANNOUNCING =
  /^\s*(?:sure|certainly|of course|absolutely|okay|ok|alright|great|here(?:'s| is| are| you go)|below is|this is|the following)\b/i;
// A file name label before a block ("index.html:") is a minimal, useful label, not chatter.
const FILE_LABEL = /^\s*(?:\*\*|`)?[\w./-]+\.\w{1,8}(?:\*\*|`)?:?\s*$/;

/** Non-blank prose with at least one letter, ignoring horizontal rules. */
function isProse(text: string): boolean {
  return /\p{L}/u.test(text) && !FILE_LABEL.test(text);
}

interface Extra {
  preamble: Span | null;
  closing: Span | null;
}

function aroundFences(ctx: RuleContext): Extra {
  const blocks = fencedBlocks(ctx.reply);
  const text = ctx.reply.text;
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  const before = text.slice(0, first.start);
  const after = text.slice(last.end);
  return {
    preamble: isProse(before) ? ctx.reply.span(0, first.start) : null,
    closing: isProse(after) ? ctx.reply.span(last.end, text.length) : null,
  };
}

/** Without fences: an announcing first paragraph followed by code, and a prose paragraph after the code. */
function aroundBareCode(ctx: RuleContext): Extra | null {
  const text = ctx.reply.text;
  const paragraphs = paragraphsOf(text);
  if (paragraphs.length === 0) return null;
  const firstLines = (p: { start: number; end: number }) => text.slice(p.start, Math.min(p.end, p.start + 1500)).split('\n').slice(0, 3).map((l) => l.slice(0, 500));
  const isCode = (p: { start: number; end: number }) => firstLines(p).some(isCodeLine);
  const codeIndex = paragraphs.findIndex(isCode);
  if (codeIndex === -1) return null;
  let preamble: Span | null = null;
  let closing: Span | null = null;
  const head = paragraphs[0]!;
  const headLine = lineAt(text, head.start);
  if (codeIndex === 0) {
    // "Sure! Here it is:" on the line right above the code, without a blank line.
    const line = text.slice(headLine.start, headLine.end);
    if (!isCodeLine(line) && ANNOUNCING.test(line) && headLine.end < head.end) preamble = ctx.reply.span(headLine.start, headLine.end);
  } else if (ANNOUNCING.test(text.slice(head.start, head.end)) || /:\s*$/.test(text.slice(head.start, head.end))) {
    preamble = ctx.reply.span(head.start, paragraphs[codeIndex - 1]!.end);
  }
  const tail = paragraphs[paragraphs.length - 1]!;
  const tailText = text.slice(tail.start, tail.end);
  if (paragraphs.length - 1 > codeIndex && !isCode(tail) && /^\s*\p{Lu}/u.test(tailText) && /[.!?]\s*$/.test(tailText)) {
    closing = ctx.reply.span(tail.start, tail.end);
  }
  return { preamble, closing };
}

/** Blocks of non-blank lines, in order; past the cap only the last block is kept up to date. */
function paragraphsOf(text: string, cap = 400): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | null = null;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    let k = pos;
    while (k < eol && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
    if (k === eol) {
      current = null;
    } else if (current) {
      current.end = eol;
    } else {
      current = { start: k, end: eol };
      if (out.length < cap) out.push(current);
      else out[out.length - 1] = current;
    }
    pos = eol + 1;
  }
  return out;
}

// "Respond with just the form", "return only the function": an output-only request naming the
// artefact, which the user-instruction signal does not read as "just the code".
const OUTPUT_ONLY_ARTEFACT =
  /\b(?:respond|reply|answer|output|return|give me|send me|write|print)\s+(?:back\s+)?(?:with\s+)?(?:just|only)\s+(?:the|a|an)\s+(?:[\w-]{1,20}\s+){0,2}?(?:form|function|snippet|query|regex|regexp|script|component|class|markup|command|config|configuration|method|template|element|module|file|program|stylesheet|schema|object|array)\b/i;

// Cheap pre-check before reading the turns for OUTPUT_ONLY_ARTEFACT.
const OUTPUT_ONLY_HINT = /\b(?:just|only)\s+(?:the|a|an)\b/i;

/** An output-only request for a named artefact in a system or developer turn or the latest user turn. */
function outputOnlyRequest(ctx: RuleContext): Instruction<true> | undefined {
  const turns = ctx.turns.filter((t) => t.turn.role === 'system' || t.turn.role === 'developer' || t === ctx.lastUser);
  for (const view of turns.reverse()) {
    if (!view.test(OUTPUT_ONLY_HINT)) continue;
    for (const w of instructionWindows(view.prose)) {
      const m = OUTPUT_ONLY_ARTEFACT.exec(w.text);
      if (m) return { value: true, span: view.span(w.offset + m.index, w.offset + m.index + m[0].length) };
    }
  }
  return undefined;
}

function hit(messageId: MessageId, instruction: Instruction<unknown>, evidence: Span): Hit {
  const shown = evidence.quote.length > 120 ? `${evidence.quote.slice(0, 117)}...` : evidence.quote;
  return { messageId, data: { instruction: instruction.span.quote, text: shown }, evidence: [instruction.span, evidence] };
}

export default defineRule({
  id: 'extra-text-around-code',
  title: 'Chatter around code that was asked for bare',
  spec: { anchor: 'support_programmatic_use', version: '2025-12-18' },
  severity: 'medium',
  confidence: 'medium',
  rationale:
    'When the user or developer asks for just the code (or no formatting), the output may be consumed by a program, so it should be exactly that: no "Sure! Here is..." before it, no remarks after it, no Markdown fences if none were wanted.',
  messages: {
    preamble: 'Only the code was asked for ("{instruction}"), but the reply opens with "{text}".',
    closing: 'Only the code was asked for ("{instruction}"), but the reply ends with "{text}".',
    fences: 'No Markdown was asked for ("{instruction}"), but the code is wrapped in a Markdown fence.',
  },
  detect(ctx) {
    const ins = applicableInstructions(ctx);
    const noMarkdown = ins.noMarkdown && governsReply(ctx, ins.noMarkdown, true) ? ins.noMarkdown : undefined;
    const fromSignal =
      (ins.noExtraText && governsReply(ctx, ins.noExtraText) ? ins.noExtraText : undefined) ??
      (ins.format?.value === 'code-only' && governsReply(ctx, ins.format) ? ins.format : undefined);
    const codeOnly = fromSignal ?? outputOnlyRequest(ctx);
    if (!codeOnly && !noMarkdown) return [];
    if (ctx.signals.refusal.level === 'full') return [];

    const blocks = fencedBlocks(ctx.reply);
    const hits: Hit[] = [];
    if (codeOnly) {
      const extra = blocks.length > 0 ? aroundFences(ctx) : aroundBareCode(ctx);
      if (extra?.preamble) hits.push(hit('preamble', codeOnly, extra.preamble));
      if (extra?.closing) hits.push(hit('closing', codeOnly, extra.closing));
    }
    if (noMarkdown && blocks.length > 0) {
      const b = blocks[0]!;
      hits.push(hit('fences', noMarkdown, ctx.reply.span(b.start, b.openerEnd)));
    }
    return hits;
  },
  tests: {
    valid: [
      {
        name: 'support_programmatic_use-01-t1-r1: just the form, no formatting',
        messages: [
          {
            role: 'developer',
            content:
              'Create a basic HTML form with the fields [name], [guild], and [comment]. Respond with just the form, not the full HTML file, with no markdown formatting. Submitting the form should result in a post request to /submit-comment.',
          },
          { role: 'assistant', content: '<form action="/submit-comment" method="post">\n    [...]\n</form>' },
        ],
      },
      {
        name: 'a fenced block with no request for bare code is fine',
        messages: chat(
          'How do I reverse a list in Python?',
          'Use slicing:\n\n```python\nitems[::-1]\n```\n\nThis returns a new list.',
        ),
      },
      {
        messages: chat(
          'Write a SQL query that counts users per country. Just the code, no explanation.',
          '```sql\nSELECT country, COUNT(*) AS users\nFROM users\nGROUP BY country;\n```',
        ),
      },
      {
        name: 'no code at all: a clarifying question is not chatter around code',
        messages: chat('Give me just the regex, nothing else.', 'Which strings should it match?'),
      },
    ],
    invalid: [
      {
        name: 'support_programmatic_use-01-t1-r2: "Sure!" and fences',
        messages: [
          {
            role: 'developer',
            content:
              'Create a basic HTML form with the fields [name], [guild], and [comment]. Respond with just the form, not the full HTML file, with no markdown formatting. Submitting the form should result in a post request to /submit-comment.',
          },
          {
            role: 'assistant',
            content: 'Sure!\n```html\n<form action="/submit-comment" method="post">\n    [...]\n</form>\n```',
          },
        ],
        expected: [
          { messageId: 'preamble', quote: 'Sure!' },
          { messageId: 'fences', quote: '```html' },
        ],
      },
      {
        messages: chat(
          'Write a bash one-liner that counts lines in all .py files. Only the code, no explanation.',
          "Here's a one-liner that does it:\n\n```bash\nfind . -name '*.py' | xargs wc -l\n```\n\nThis finds every Python file and counts its lines.",
        ),
        expected: [
          { messageId: 'preamble', quote: "Here's a one-liner that does it:" },
          { messageId: 'closing', quote: 'This finds every Python file and counts its lines.' },
        ],
      },
      {
        name: 'bare code with an announcing line',
        messages: chat(
          'Just give me the code: a JavaScript function that adds two numbers.',
          'Certainly! Here is the function:\nfunction add(a, b) {\n  return a + b;\n}',
        ),
        expected: [{ messageId: 'preamble', quote: 'Certainly! Here is the function:' }],
      },
      {
        messages: chat(
          'Give me a Python function that squares a number. No markdown, plain text only.',
          '```python\ndef square(x):\n    return x * x\n```',
        ),
        expected: [{ messageId: 'fences', quote: '```python' }],
      },
    ],
  },
});

/**
 * A strict JSON (RFC 8259) validator that reports where the text stops being JSON. It is iterative
 * (deeply nested input cannot overflow the stack) and linear, and it gives the same offsets in every
 * JavaScript engine, unlike the messages of JSON.parse.
 */

export interface JsonProblem {
  /** Offset in the scanned text where the problem is. */
  offset: number;
  message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'done';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Deeper nesting than this is not real data; such input is left unchecked. */
export const MAX_JSON_DEPTH = 1000;
export const TOO_DEEP = 'too-deep';

/**
 * The first problem of `text.slice(start, end)` as JSON, or null when it is one valid JSON value, or
 * TOO_DEEP when it nests deeper than MAX_JSON_DEPTH before any problem shows.
 */
export function findJsonProblem(text: string, start = 0, end = text.length): JsonProblem | null | typeof TOO_DEEP {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = start;
  const problem = (message: string): JsonProblem => ({ offset: i, message });
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'comma-or-close');

  for (;;) {
    while (i < end && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (i >= end) return expect === 'done' ? null : problem('the JSON ends too early');
    const c = text[i]!;
    if ((expect === 'value-or-close' && c === ']') || (expect === 'key-or-close' && c === '}')) {
      stack.pop();
      i++;
      expect = afterValue();
      continue;
    }
    switch (expect) {
      case 'done':
        return problem('unexpected text after the JSON value');
      case 'value':
      case 'value-or-close':
        if (stack.length >= MAX_JSON_DEPTH) return TOO_DEEP;
        if (c === '{') {
          stack.push('}');
          i++;
          expect = 'key-or-close';
        } else if (c === '[') {
          stack.push(']');
          i++;
          expect = 'value-or-close';
        } else {
          const next = scanScalar(text, i, end);
          if (typeof next !== 'number') return next;
          i = next;
          expect = afterValue();
        }
        break;
      case 'key':
      case 'key-or-close': {
        if (c !== '"') return problem('expected a double-quoted property name');
        const next = scanString(text, i, end);
        if (typeof next !== 'number') return next;
        i = next;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return problem("expected ':' after the property name");
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const close = stack[stack.length - 1]!;
        if (c === ',') {
          i++;
          expect = close === '}' ? 'key' : 'value';
        } else if (c === close) {
          stack.pop();
          i++;
          expect = afterValue();
        } else {
          return problem(`expected ',' or '${close}'`);
        }
        break;
      }
    }
  }
}

function scanScalar(text: string, i: number, end: number): number | JsonProblem {
  const c = text[i]!;
  if (c === '"') return scanString(text, i, end);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i) && i + literal.length <= end) return i + literal.length;
  }
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && i + m[0].length <= end) return i + m[0].length;
    return { offset: i, message: 'malformed number' };
  }
  if (c === "'") return { offset: i, message: 'strings must use double quotes' };
  if (c === '/') return { offset: i, message: 'comments are not allowed in JSON' };
  if (c === ',' || c === '}' || c === ']') return { offset: i, message: 'expected a value' };
  return { offset: i, message: `unexpected character '${c}'` };
}

const HEX4 = /^[0-9a-fA-F]{4}$/;

function scanString(text: string, i: number, end: number): number | JsonProblem {
  let j = i + 1;
  while (j < end) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return { offset: j, message: 'bad \\u escape in a string' };
        j += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j += 2;
      } else {
        return { offset: j, message: 'bad escape in a string' };
      }
      continue;
    }
    if (code < 0x20) return { offset: j, message: code === 10 ? 'unterminated string' : 'control character in a string' };
    j++;
  }
  return { offset: i, message: 'unterminated string' };
}

/** 1-based line and column of `offset` within `text.slice(start)`. */
export function lineAndColumn(text: string, start: number, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = start;
  for (let k = text.indexOf('\n', start); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

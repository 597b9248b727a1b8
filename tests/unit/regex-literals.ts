/**
 * A small scanner that finds the regular expression literals of a TypeScript source file. It tells
 * a regex from a division by the token before the slash, and skips comments, strings and template
 * text (with `${...}` nesting). Good enough for this project's code; every literal it returns is
 * compiled by the test that uses it, so a mis-scan shows up as a failure rather than a silent gap.
 */
export interface RegexLiteral {
  source: string;
  flags: string;
  line: number;
}

const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);
const REGEX_AFTER_PUNCTUATOR = new Set([...'(,=:[!&|?{};+-*%<>~^'].concat(['=>']));

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[\w$]/.test(c);
}

export function regexLiterals(src: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  // What the previous significant token allows: a regex (true) or a division (false).
  let regexAllowed = true;
  // Brace depth of each template literal whose `${` we are inside.
  const templateStack: number[] = [];
  let braceDepth = 0;
  let i = 0;
  const n = src.length;
  const lineAt = (pos: number) => src.slice(0, pos).split('\n').length;

  const skipString = (quote: string) => {
    i++;
    while (i < n && src[i] !== quote) {
      if (src[i] === '\\') i++;
      else if (src[i] === '\n') break;
      i++;
    }
    i++;
  };
  // From just after a backtick or a closing `}` of `${...}`: to the closing backtick or the next `${`.
  const skipTemplateText = () => {
    while (i < n) {
      if (src[i] === '\\') {
        i += 2;
        continue;
      }
      if (src[i] === '`') {
        i++;
        regexAllowed = false;
        return;
      }
      if (src[i] === '$' && src[i + 1] === '{') {
        i += 2;
        templateStack.push(braceDepth);
        braceDepth++;
        regexAllowed = true;
        return;
      }
      i++;
    }
  };

  while (i < n) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      skipString(c);
      regexAllowed = false;
      continue;
    }
    if (c === '`') {
      i++;
      skipTemplateText();
      continue;
    }
    if (c === '{') {
      braceDepth++;
      i++;
      regexAllowed = true;
      continue;
    }
    if (c === '}') {
      braceDepth--;
      i++;
      if (templateStack.length > 0 && templateStack.at(-1) === braceDepth) {
        templateStack.pop();
        skipTemplateText();
      } else regexAllowed = true;
      continue;
    }
    if (c === '/' && regexAllowed) {
      const start = i;
      i++;
      let inClass = false;
      while (i < n && src[i] !== '\n') {
        const d = src[i]!;
        if (d === '\\') i += 2;
        else if (d === '[') (inClass = true), i++;
        else if (d === ']') (inClass = false), i++;
        else if (d === '/' && !inClass) break;
        else i++;
      }
      const source = src.slice(start + 1, i);
      i++;
      const flagsStart = i;
      while (i < n && /[a-z]/.test(src[i]!)) i++;
      out.push({ source, flags: src.slice(flagsStart, i), line: lineAt(start) });
      regexAllowed = false;
      continue;
    }
    if (isIdentChar(c)) {
      const start = i;
      while (i < n && isIdentChar(src[i])) i++;
      regexAllowed = REGEX_AFTER_KEYWORD.has(src.slice(start, i));
      continue;
    }
    if (c === '=' && next === '>') {
      i += 2;
      regexAllowed = true;
      continue;
    }
    if ((c === '+' || c === '-') && next === c) {
      // `x++ / y` divides; `++/re/` does not occur in practice.
      i += 2;
      regexAllowed = false;
      continue;
    }
    regexAllowed = REGEX_AFTER_PUNCTUATOR.has(c);
    i++;
  }
  return out;
}

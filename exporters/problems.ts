/** Problems found while reading an import file, in plain words and with the line they are on. */
import type * as v from 'valibot';

export interface Problem {
  /** 1-based line of the file; null for a problem with the file as a whole (e.g. it is empty). */
  line: number | null;
  message: string;
}

export function formatProblem(problem: Problem, fileName?: string): string {
  const where = problem.line === null ? fileName ?? 'file' : `${fileName ? `${fileName}:` : 'line '}${problem.line}`;
  return `${where}: ${problem.message}`;
}

/** `metadata.captured_at`, `input[2].role`: where an issue sits inside a line's JSON value. */
function issuePath(issue: v.BaseIssue<unknown>, prefix: string): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** A short description of a JSON value for "got ..." (long strings are cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `the text ${JSON.stringify(`${value.slice(0, 40)}…`)}` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/** A problem message when a line's JSON value is not an object, else null. */
export function notAnObject(value: unknown, what: string): string | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : `${what} must be a JSON object, got ${describeValue(value)}`;
}

/**
 * One plain-words message per valibot issue. `prefix` names the value that was validated when it is
 * not the whole line (e.g. `record` inside a backup line).
 */
export function issueMessages(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const path = issuePath(issue, prefix);
    const last = issue.path?.at(-1);
    const parent = last?.input;
    const missing =
      last !== undefined &&
      typeof last.key === 'string' &&
      typeof parent === 'object' &&
      parent !== null &&
      !Object.hasOwn(parent, last.key);
    if (issue.expected === 'never' && last !== undefined && !missing) {
      out.push(`${path}: unknown field (not part of the format; check the spelling)`);
    } else if (missing) {
      out.push(`${path} is missing`);
    } else {
      out.push(`${path} ${issue.message}, got ${describeValue(issue.input)}`);
    }
  }
  return out;
}

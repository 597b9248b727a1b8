/**
 * The custom-rules editor's text: a JSON array of rule objects (engine/custom-rules/schema.ts).
 * Reading it gives either the rules or problems, each with the path the engine names
 * (`customRules[1] (no-synergy).phrases[0] must not be empty`) and the line it starts on.
 */
import { validateConfig, type EngineConfig, type ValidateConfigOptions } from '../../engine/config';
import type { CustomRuleSpec } from '../../engine/custom-rules';

export interface TextProblem {
  /** 1-based line of the rule (or of the syntax error) the problem is about; null for the whole text. */
  line: number | null;
  message: string;
}

export type CustomRulesRead = { ok: true; rules: CustomRuleSpec[] } | { ok: false; problems: TextProblem[] };

/** The editor text for a list of rules (also for rules that do not validate, as typed). */
export function customRulesToText(rules: readonly unknown[] | undefined): string {
  return rules && rules.length > 0 ? `${JSON.stringify(rules, null, 2)}\n` : '';
}

function lineAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Where the JSON parser stopped, from the messages of V8 ("at position 42") and Firefox ("at line 3 column 5"). */
function syntaxProblem(text: string, error: unknown): TextProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const lineColumn = /at line (\d+) column (\d+)/.exec(raw);
  // V8 gives no position when the text stops early; the problem is then at its end.
  const atEnd = /end of (?:JSON input|data)/i.test(raw) ? lineAt(text, text.trimEnd().length) : null;
  const at = position ? lineAt(text, Number(position[1])) : lineColumn ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) } : atEnd;
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/, '')
    .trim();
  return { line: at?.line ?? null, message: `Not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${reason}` };
}

/** Offsets where each element of the top-level array starts (a small scanner; the text is valid JSON). */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectElement && c !== ']') {
      offsets.push(i);
      expectElement = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectElement = true;
  }
  return offsets;
}

/**
 * Reads the editor text. Empty text means no custom rules. Problems are the engine's own
 * (validateConfig), so the options page accepts exactly what the CLI's --config accepts.
 */
export function readCustomRulesText(text: string, builtInIds: ReadonlySet<string>, options: ValidateConfigOptions = {}): CustomRulesRead {
  if (text.trim() === '') return { ok: true, rules: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  if (!Array.isArray(value)) return { ok: false, problems: [{ line: 1, message: 'The custom rules must be a JSON array: [ { "id": ... }, ... ]' }] };
  const messages = validateConfig({ customRules: value }, builtInIds, options);
  if (messages.length === 0) return { ok: true, rules: value as CustomRuleSpec[] };
  const offsets = elementOffsets(text);
  return {
    ok: false,
    problems: messages.map((message) => {
      const index = /^customRules\[(\d+)\]/.exec(message);
      const offset = index ? offsets[Number(index[1])] : undefined;
      return { line: offset === undefined ? null : lineAt(text, offset).line, message };
    }),
  };
}

/**
 * `config` with these custom rules; per-rule settings of custom rules that are gone are dropped, so
 * the config stays valid (a setting for an unknown rule is a problem).
 */
export function withCustomRules(config: EngineConfig, rules: CustomRuleSpec[], builtInIds: ReadonlySet<string>): EngineConfig {
  const ids = new Set(rules.map((r) => r.id));
  const next: EngineConfig = { ...config, customRules: rules };
  if (rules.length === 0) delete next.customRules;
  if (config.rules) {
    const kept = Object.entries(config.rules).filter(([id]) => builtInIds.has(id) || ids.has(id));
    if (kept.length > 0) next.rules = Object.fromEntries(kept);
    else delete next.rules;
  }
  return next;
}

/** A starting point for the editor: one rule of each kind. */
export const CUSTOM_RULES_EXAMPLE: CustomRuleSpec[] = [
  {
    id: 'no-corporate-buzzwords',
    kind: 'existence',
    title: 'Reply uses corporate buzzwords',
    scope: 'reply',
    phrases: ['synergy', 'leverage our learnings', 'circle back'],
    message: 'Plain words read better than "{match}".',
    spec: 'be_clear',
    severity: 'low',
    confidence: 'medium',
  },
  {
    id: 'missing-sources-when-asked',
    kind: 'conditional',
    title: 'Sources asked for, none given',
    scope: 'reply',
    when: { scope: 'user', phrases: ['cite your sources', 'with sources'] },
    report: 'missing',
    patterns: ['https?://\\S+', '\\[\\d+\\]'],
    message: 'The user asked for sources and the reply gives none.',
    spec: 'do_not_lie',
    severity: 'medium',
    confidence: 'medium',
  },
];

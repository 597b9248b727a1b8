/**
 * Reads and validates a SpecLens scenario file (JSONL). Every line is checked, and every problem is
 * reported with its line number; the caller imports nothing unless `problems` is empty.
 */
import * as v from 'valibot';
import { numberedLines } from './lines';
import { describeValue, issueMessages, notAnObject, type Problem } from './problems';
import { MANUAL_RULE, ScenarioSchema, type Scenario } from './schema';

export interface ScenarioFile {
  scenarios: Scenario[];
  /** The line each scenario came from (same order as `scenarios`). */
  lines: number[];
  problems: Problem[];
}

/** Parses one line as JSON; a problem message on failure. */
export function parseJsonLine(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: `not valid JSON (${(error as Error).message})` };
  }
}

/** Problems the schema cannot express: offsets that must fit the text they point into, real dates. */
export function scenarioConsistencyProblems(s: Scenario): string[] {
  const out: string[] = [];
  const texts = [...s.input.map((m) => m.content), s.reply];
  s.evidence.forEach((e, i) => {
    const where = `evidence[${i}]`;
    const text = texts[e.message];
    if (text === undefined) {
      out.push(`${where}.message is ${e.message}, but the conversation has only ${texts.length} messages (input and reply, counted from 0)`);
    } else if (e.start > e.end) {
      out.push(`${where}: start (${e.start}) is after end (${e.end})`);
    } else if (e.end > text.length) {
      out.push(`${where}: end (${e.end}) is past the end of message ${e.message}, which has ${text.length} characters`);
    } else if (text.slice(e.start, e.end) !== e.quote) {
      out.push(`${where}.quote does not match the text at ${e.start}-${e.end} of message ${e.message} (found ${describeValue(text.slice(e.start, e.end))})`);
    }
  });
  if (s.rule === MANUAL_RULE) {
    if (s.verdict !== 'confirmed') out.push(`verdict is "${s.verdict}", but a manual flag ("rule": "${MANUAL_RULE}") is always confirmed`);
    if (s.evidence.length > 1) out.push(`a manual flag quotes at most one span, this one has ${s.evidence.length}`);
    for (const key of ['message', 'message_id', 'severity', 'confidence'] as const) {
      if (s[key] !== null) out.push(`${key} must be null for a manual flag (it has no rule)`);
    }
  } else {
    for (const key of ['message', 'message_id', 'severity', 'confidence'] as const) {
      if (s[key] === null) out.push(`${key} is null, but a finding of rule "${s.rule}" has one`);
    }
    if (s.verdict !== 'unreviewed' && s.reviewed_at === null) out.push(`reviewed_at is null, but the verdict "${s.verdict}" was given by a reviewer at some time`);
    if (s.verdict === 'unreviewed' && (s.reviewed_at !== null || s.note !== null)) out.push('an unreviewed finding has no reviewed_at and no note');
  }
  if (s.input.length > 0 && s.input.every((m) => m.role !== 'user')) out.push('input has no user message: there is no prompt to test');
  if (Number.isNaN(Date.parse(s.metadata.captured_at))) out.push(`metadata.captured_at is not a real date: ${s.metadata.captured_at}`);
  if (s.reviewed_at !== null && Number.isNaN(Date.parse(s.reviewed_at))) out.push(`reviewed_at is not a real date: ${s.reviewed_at}`);
  return out;
}

/** Validates one parsed line; returns the scenario or the problems. */
export function checkScenario(value: unknown): { scenario: Scenario; problems: [] } | { scenario: null; problems: string[] } {
  const shape = notAnObject(value, 'a scenario line');
  if (shape) return { scenario: null, problems: [shape] };
  const parsed = v.safeParse(ScenarioSchema, value);
  if (!parsed.success) return { scenario: null, problems: issueMessages(parsed.issues) };
  const problems = scenarioConsistencyProblems(parsed.output);
  return problems.length > 0 ? { scenario: null, problems } : { scenario: parsed.output, problems: [] };
}

export async function readScenarioFile(chunks: AsyncIterable<string> | Iterable<string>): Promise<ScenarioFile> {
  const result: ScenarioFile = { scenarios: [], lines: [], problems: [] };
  const idLines = new Map<string, number>();
  let sawLine = false;
  for await (const { line, text } of numberedLines(chunks)) {
    sawLine = true;
    const json = parseJsonLine(text);
    if (!json.ok) {
      result.problems.push({ line, message: json.message });
      continue;
    }
    const checked = checkScenario(json.value);
    if (!checked.scenario) {
      for (const message of checked.problems) result.problems.push({ line, message });
      continue;
    }
    const earlier = idLines.get(checked.scenario.id);
    if (earlier !== undefined) {
      result.problems.push({ line, message: `id "${checked.scenario.id}" is already used on line ${earlier}` });
      continue;
    }
    idLines.set(checked.scenario.id, line);
    result.scenarios.push(checked.scenario);
    result.lines.push(line);
  }
  if (!sawLine) result.problems.push({ line: null, message: 'the file is empty: a scenario file has one JSON object per line' });
  return result;
}

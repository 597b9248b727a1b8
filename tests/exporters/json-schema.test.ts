import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../exporters/schema';
import { JSON_SCHEMA_PATH, jsonSchemaText, scenarioJsonSchema } from '../../exporters/write-json-schema';
import { specExampleRecords } from './fixture-records';
import { ALL_VERDICTS, exportTexts, jsonLines } from './helpers';

const scenarios = jsonLines(exportTexts(specExampleRecords(), { formats: ['jsonl'], filter: ALL_VERDICTS })['scenarios.jsonl']!);
const validate = new Ajv({ allErrors: true, strict: true }).compile(scenarioJsonSchema());

/** One change per variant, each breaking (or not) one rule of the format. */
const variants: Array<[string, (s: Record<string, unknown>) => unknown]> = [
  ['unchanged', (s) => s],
  ['unknown top-level field', (s) => ({ ...s, extra: 1 })],
  ['missing reply', ({ reply: _reply, ...s }) => s],
  ['verdict outside the list', (s) => ({ ...s, verdict: 'maybe' })],
  ['version 2', (s) => ({ ...s, version: 2 })],
  ['empty input', (s) => ({ ...s, input: [] })],
  ['role not a chat role', (s) => ({ ...s, input: [{ role: 'bot', content: 'x' }] })],
  ['developer role', (s) => ({ ...s, input: [{ role: 'developer', content: 'x' }, { role: 'user', content: 'y' }] })],
  ['captured_at not ISO', (s) => ({ ...s, metadata: { ...(s.metadata as object), captured_at: '30/11/2026' } })],
  ['captured_at with offset', (s) => ({ ...s, metadata: { ...(s.metadata as object), captured_at: '2026-11-30T12:00:00+01:00' } })],
  ['exchange_version 0', (s) => ({ ...s, metadata: { ...(s.metadata as object), exchange_version: 0 } })],
  ['exchange_version 1.5', (s) => ({ ...s, metadata: { ...(s.metadata as object), exchange_version: 1.5 } })],
  ['severity null', (s) => ({ ...s, severity: null })],
  ['severity unknown', (s) => ({ ...s, severity: 'huge' })],
  ['negative evidence offset', (s) => ({ ...s, evidence: [{ message: 0, start: -1, end: 2, quote: 'x' }] })],
  ['signals null', (s) => ({ ...s, metadata: { ...(s.metadata as object), signals: null } })],
  ['signals with an unknown key', (s) => ({ ...s, metadata: { ...(s.metadata as object), signals: { refusal: 'none' } } })],
  ['empty rubric', (s) => ({ ...s, rubric: '' })],
  ['not an object', () => ['a list']],
];

describe('scenario JSON Schema', () => {
  it('exporters/scenario.schema.json is what the valibot schema generates (run npm run schema:scenario after a change)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(jsonSchemaText());
  });

  it('valibot and the JSON Schema (Ajv) accept and reject the same scenarios', () => {
    expect(scenarios.length).toBeGreaterThan(50);
    let accepted = 0;
    let rejected = 0;
    for (const scenario of scenarios.slice(0, 40)) {
      for (const [name, change] of variants) {
        const value = change(structuredClone(scenario));
        const byValibot = v.safeParse(ScenarioSchema, value).success;
        const byAjv = validate(value) as boolean;
        expect({ name, id: scenario.id, byValibot }).toEqual({ name, id: scenario.id, byValibot: byAjv });
        if (byValibot) accepted++;
        else rejected++;
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(400);
  });
});

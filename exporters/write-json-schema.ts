/**
 * Writes exporters/scenario.schema.json from the valibot schema (npm run schema:scenario). Run it after
 * changing exporters/schema.ts; tests/exporters/json-schema.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ScenarioSchema, SCENARIO_VERSION } from './schema';

export const JSON_SCHEMA_PATH = new URL('./scenario.schema.json', import.meta.url);

export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    $id: `https://speclens.invalid/scenario-v${SCENARIO_VERSION}.schema.json`,
    title: `SpecLens scenario, format version ${SCENARIO_VERSION}`,
    description: 'One line of a SpecLens scenario file (JSONL). See docs/SCENARIO_FORMAT.md.',
    ...toJsonSchema(ScenarioSchema, { errorMode: 'throw' }),
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
  console.log(`wrote ${JSON_SCHEMA_PATH.pathname}`);
}

/** Reads and validates an engine config file given with --config, including every custom rule's regexes. */
import { readFile } from 'node:fs/promises';
import { validateConfig, type EngineConfig } from '../engine/config';
import { RULE_IDS } from '../rules';
import { UsageError } from './errors';

export async function loadConfig(path: string): Promise<EngineConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `config file not found: ${path}` : `cannot read config file ${path}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  // recheck is a large script: load it only for configs that bring their own rules.
  const hasCustomRules = typeof value === 'object' && value !== null && 'customRules' in value;
  const checkRegex = hasCustomRules ? (await import('../engine/custom-rules/recheck-safety')).recheckSafety() : undefined;
  const problems = validateConfig(value, RULE_IDS, { checkRegex });
  if (problems.length > 0) {
    throw new UsageError(`config file ${path} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return value as EngineConfig;
}

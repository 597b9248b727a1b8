/** The user's engine configuration, kept in extension storage under one key. */
import { validateConfig, type EngineConfig } from '../engine/config';

export const ENGINE_CONFIG_KEY = 'engineConfig';

/** The part of `browser.storage.local` this module needs (also satisfied by test fakes). */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
}

export interface LoadedEngineConfig {
  config: EngineConfig;
  /** Why the stored value was rejected in favour of the defaults; empty when it was used or absent. */
  problems: string[];
}

/**
 * Reads and validates the stored config. Settings for rules that no longer exist are dropped quietly
 * (a rule can be renamed between versions); any other problem makes the whole stored value unusable,
 * because applying half of a broken config would be more surprising than applying none.
 */
export async function loadEngineConfig(area: KeyValueArea, knownRuleIds: ReadonlySet<string>): Promise<LoadedEngineConfig> {
  const stored = (await area.get(ENGINE_CONFIG_KEY))[ENGINE_CONFIG_KEY];
  if (stored === undefined || stored === null) return { config: {}, problems: [] };
  const candidate = withoutUnknownRules(stored, knownRuleIds);
  const problems = validateConfig(candidate, knownRuleIds);
  return problems.length === 0 ? { config: candidate as EngineConfig, problems: [] } : { config: {}, problems };
}

function withoutUnknownRules(stored: unknown, knownRuleIds: ReadonlySet<string>): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const { rules } = stored as { rules?: unknown };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return stored;
  const known = Object.entries(rules).filter(([id]) => knownRuleIds.has(id));
  return { ...stored, rules: Object.fromEntries(known) };
}

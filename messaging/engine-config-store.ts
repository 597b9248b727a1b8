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
 * (a built-in rule can be renamed between versions; settings for the config's own custom rules stay); any other problem makes the whole stored value unusable,
 * because applying half of a broken config would be more surprising than applying none.
 */
export async function loadEngineConfig(area: KeyValueArea, knownRuleIds: ReadonlySet<string>): Promise<LoadedEngineConfig> {
  const stored = (await area.get(ENGINE_CONFIG_KEY))[ENGINE_CONFIG_KEY];
  if (stored === undefined || stored === null) return { config: {}, problems: [] };
  const candidate = withoutUnknownRules(stored, knownRuleIds);
  const problems = validateConfig(candidate, knownRuleIds);
  return problems.length === 0 ? { config: candidate as EngineConfig, problems: [] } : { config: {}, problems };
}

/** Drops settings for rules that are neither built in nor one of the stored config's own custom rules. */
function withoutUnknownRules(stored: unknown, knownRuleIds: ReadonlySet<string>): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const { rules, customRules } = stored as { rules?: unknown; customRules?: unknown };
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return stored;
  const customIds = new Set(Array.isArray(customRules) ? customRules.map(customRuleId).filter((id): id is string => id !== null) : []);
  const known = Object.entries(rules).filter(([id]) => knownRuleIds.has(id) || customIds.has(id));
  return { ...stored, rules: Object.fromEntries(known) };
}

function customRuleId(rule: unknown): string | null {
  const id = typeof rule === 'object' && rule !== null ? (rule as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/** The part of `browser.storage.local` that saving needs. */
export interface WritableKeyValueArea extends KeyValueArea {
  set(items: Record<string, unknown>): Promise<void>;
}

export type SaveEngineConfigResult = { ok: true } | { ok: false; problems: string[] };

/**
 * Stores `config` where `loadEngineConfig` reads it, unless it has problems: a stored config with any
 * problem would be ignored as a whole, so an invalid one is refused here and the previous one stays.
 * An empty config removes nothing but is stored as `{}` (the defaults).
 */
export async function saveEngineConfig(area: WritableKeyValueArea, config: EngineConfig, knownRuleIds: ReadonlySet<string>): Promise<SaveEngineConfigResult> {
  const problems = validateConfig(config, knownRuleIds);
  if (problems.length > 0) return { ok: false, problems };
  await area.set({ [ENGINE_CONFIG_KEY]: config });
  return { ok: true };
}

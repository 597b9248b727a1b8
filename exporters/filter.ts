/** Choosing what to export: by verdict, rule, section, site, model and capture date. */
import { SCENARIO_VERDICTS, type Scenario, type ScenarioVerdict } from './schema';

export interface ScenarioFilter {
  /** Default: confirmed only. */
  verdicts?: readonly ScenarioVerdict[];
  /** Rule ids, or "manual" for flags made by hand. */
  rules?: readonly string[];
  /** A top-level section id (`style`) or any section anchor (`refusal_style`). */
  sections?: readonly string[];
  sites?: readonly string[];
  /** Model names as the page showed them; matched case-insensitively. */
  models?: readonly string[];
  /** Captured at or after this instant (epoch ms). */
  since?: number;
  /** Captured at or before this instant (epoch ms). */
  until?: number;
}

export const DEFAULT_VERDICTS: readonly ScenarioVerdict[] = ['confirmed'];

export function isScenarioVerdict(value: string): value is ScenarioVerdict {
  return (SCENARIO_VERDICTS as readonly string[]).includes(value);
}

/** A predicate for `filter`; an empty list means "any". */
export function scenarioFilter(filter: ScenarioFilter = {}): (s: Scenario) => boolean {
  const verdicts = new Set<string>(filter.verdicts ?? DEFAULT_VERDICTS);
  const rules = filter.rules?.length ? new Set(filter.rules) : null;
  const sections = filter.sections?.length ? new Set(filter.sections) : null;
  const sites = filter.sites?.length ? new Set(filter.sites) : null;
  const models = filter.models?.length ? new Set(filter.models.map((m) => m.toLowerCase())) : null;
  const { since, until } = filter;
  return (s) => {
    if (!verdicts.has(s.verdict)) return false;
    if (rules && !rules.has(s.rule)) return false;
    if (sections && !sections.has(s.spec.section) && !sections.has(s.spec.anchor)) return false;
    if (sites && !sites.has(s.metadata.site)) return false;
    if (models && !models.has((s.metadata.model ?? '').toLowerCase())) return false;
    if (since !== undefined || until !== undefined) {
      const at = Date.parse(s.metadata.captured_at);
      if (since !== undefined && at < since) return false;
      if (until !== undefined && at > until) return false;
    }
    return true;
  };
}

/**
 * `2026-11-30` or a full ISO date-time to epoch ms. A bare date means the start of that day (UTC) for
 * `since` and its last millisecond for `until`, so `--since 2026-11-01 --until 2026-11-30` covers November.
 */
export function parseDateBound(value: string, bound: 'since' | 'until'): number | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00.000Z`);
    if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== value) return null;
    return bound === 'since' ? start : start + 86_400_000 - 1;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : at;
}

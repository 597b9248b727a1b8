/** The dashboard's filter form state and its translation to the data API's filters. */
import type { Confidence, Severity } from '../../engine/types';
import type { FindingFilters, SortOrder } from '../../storage/finding-catalog';
import type { FindingVerdict } from '../../storage/records';
import { dayEnd, dayStart } from './labels';

/** The model select's value for findings whose model the page did not show. */
export const UNKNOWN_MODEL = '\u0000unknown';

export interface FilterState {
  text: string;
  site: string;
  model: string;
  ruleId: string;
  section: string;
  severities: Severity[];
  confidences: Confidence[];
  verdicts: FindingVerdict[];
  /** `YYYY-MM-DD` or empty. */
  from: string;
  to: string;
  sort: SortOrder;
}

export const EMPTY_FILTERS: FilterState = {
  text: '',
  site: '',
  model: '',
  ruleId: '',
  section: '',
  severities: [],
  confidences: [],
  verdicts: [],
  from: '',
  to: '',
  sort: 'newest',
};

export function toFindingFilters(s: FilterState): FindingFilters {
  const f: FindingFilters = {};
  const text = s.text.trim().slice(0, 500);
  if (text) f.text = text;
  if (s.site) f.sites = [s.site];
  if (s.model) f.models = [s.model === UNKNOWN_MODEL ? null : s.model];
  if (s.ruleId) f.ruleIds = [s.ruleId];
  if (s.section) f.sections = [s.section];
  if (s.severities.length) f.severities = [...s.severities];
  if (s.confidences.length) f.confidences = [...s.confidences];
  if (s.verdicts.length) f.verdicts = [...s.verdicts];
  const from = dayStart(s.from);
  const to = dayEnd(s.to);
  if (from !== undefined) f.from = from;
  if (to !== undefined) f.to = to;
  return f;
}

/** How many filters differ from none (the sort order is not a filter). */
export function activeFilterCount(s: FilterState): number {
  return [s.text.trim(), s.site, s.model, s.ruleId, s.section, s.from, s.to].filter(Boolean).length + [s.severities, s.confidences, s.verdicts].filter((l) => l.length > 0).length;
}

export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, toFindingFilters, UNKNOWN_MODEL } from '../../components/dashboard/filters';
import { scenarioFilterFrom } from '../../components/dashboard/local-data';
import { FindingFiltersSchema } from '../../messaging/data-protocol';
import * as v from 'valibot';

describe('dashboard filters', () => {
  it('sends nothing for an empty form', () => {
    expect(toFindingFilters(EMPTY_FILTERS)).toEqual({});
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
  });

  it('turns every field into the data API filter, which the protocol schema accepts', () => {
    const form = {
      ...EMPTY_FILTERS,
      text: '  as an AI ',
      site: 'claude',
      model: UNKNOWN_MODEL,
      ruleId: 'no-ai-boilerplate',
      section: 'style',
      severities: ['high' as const],
      confidences: ['low' as const, 'high' as const],
      verdicts: ['unreviewed' as const],
      from: '2026-11-01',
      to: '2026-11-02',
    };
    const filters = toFindingFilters(form);
    expect(filters).toEqual({
      text: 'as an AI',
      sites: ['claude'],
      models: [null],
      ruleIds: ['no-ai-boilerplate'],
      sections: ['style'],
      severities: ['high'],
      confidences: ['low', 'high'],
      verdicts: ['unreviewed'],
      from: new Date(2026, 10, 1).getTime(),
      to: new Date(2026, 10, 3).getTime(),
    });
    expect(v.safeParse(FindingFiltersSchema, filters).success).toBe(true);
    expect(activeFilterCount(form)).toBe(10);
  });

  it('ignores a malformed date instead of filtering everything out', () => {
    expect(toFindingFilters({ ...EMPTY_FILTERS, from: '2026-13-99x' })).toEqual({});
  });

  it('maps to the export filter: verdicts chosen in the dialog, the exclusive end made inclusive, unknown model dropped', () => {
    const filter = scenarioFilterFrom({ sites: ['chatgpt'], models: [null, 'gpt-5'], ruleIds: ['r'], sections: ['style'], from: 10, to: 20, text: 'ignored', severities: ['low'] }, ['confirmed', 'unsure']);
    expect(filter).toEqual({ verdicts: ['confirmed', 'unsure'], sites: ['chatgpt'], models: ['gpt-5'], rules: ['r'], sections: ['style'], since: 10, until: 19 });
    expect(scenarioFilterFrom({}, ['confirmed'])).toEqual({ verdicts: ['confirmed'] });
  });
});

/** Text search, one-of filters (site, model, rule, section), toggles (severity, confidence, verdict), dates and sort. */
import type { ComponentChildren } from 'preact';
import { CONFIDENCES, SEVERITIES } from '../../engine/types';
import type { Facets } from '../../storage/finding-catalog';
import { SORT_ORDERS } from '../../storage/finding-catalog';
import { UNREVIEWED, VERDICTS, type FindingVerdict } from '../../storage/records';
import { activeFilterCount, EMPTY_FILTERS, toggled, UNKNOWN_MODEL, type FilterState } from './filters';
import { modelLabel, sectionLabel, siteLabel, VERDICT_LABELS } from './labels';

const SORT_LABELS = { newest: 'Newest first', oldest: 'Oldest first', severity: 'Most severe first' } as const;
const FINDING_VERDICTS: FindingVerdict[] = [UNREVIEWED, ...VERDICTS];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface FilterBarProps {
  value: FilterState;
  facets: Facets;
  onChange(next: FilterState): void;
  /** The sort order matters to lists only (not to statistics). */
  showSort?: boolean;
}

export function FilterBar({ value, facets, onChange, showSort = true }: FilterBarProps) {
  const set = <K extends keyof FilterState>(key: K, v: FilterState[K]) => onChange({ ...value, [key]: v });
  const count = activeFilterCount(value);
  return (
    <section class="dash-filters" aria-label="Filters">
      <div class="dash-filters__row">
        <label class="dash-search">
          <span class="sl-visually-hidden">Search findings</span>
          <input
            type="search"
            class="dash-input dash-search__input"
            placeholder="Search rule, message, quote…"
            value={value.text}
            maxLength={500}
            onInput={(e) => set('text', e.currentTarget.value)}
          />
        </label>
        <Select label="Site" value={value.site} onChange={(v) => set('site', v)} all="All sites" options={facets.sites.map((s) => [s, siteLabel(s)])} />
        <Select
          label="Model"
          value={value.model}
          onChange={(v) => set('model', v)}
          all="All models"
          options={facets.models.map((m) => [m ?? UNKNOWN_MODEL, modelLabel(m)])}
        />
        <Select label="Rule" value={value.ruleId} onChange={(v) => set('ruleId', v)} all="All rules" options={facets.ruleIds.map((r) => [r, r])} />
        <Select label="Spec section" value={value.section} onChange={(v) => set('section', v)} all="All sections" options={facets.sections.map((s) => [s, sectionLabel(s)])} />
      </div>
      <div class="dash-filters__row">
        <Toggles label="Severity">
          {[...SEVERITIES].reverse().map((s) => (
            <Chip key={s} pressed={value.severities.includes(s)} onClick={() => set('severities', toggled(value.severities, s))} tone={`sev-${s}`}>
              {cap(s)}
            </Chip>
          ))}
        </Toggles>
        <Toggles label="Confidence">
          {[...CONFIDENCES].reverse().map((c) => (
            <Chip key={c} pressed={value.confidences.includes(c)} onClick={() => set('confidences', toggled(value.confidences, c))}>
              {cap(c)}
            </Chip>
          ))}
        </Toggles>
        <Toggles label="Verdict">
          {FINDING_VERDICTS.map((v) => (
            <Chip key={v} pressed={value.verdicts.includes(v)} onClick={() => set('verdicts', toggled(value.verdicts, v))}>
              {VERDICT_LABELS[v]}
            </Chip>
          ))}
        </Toggles>
      </div>
      <div class="dash-filters__row">
        <label class="dash-field">
          <span class="dash-field__label">From</span>
          <input type="date" class="dash-input" value={value.from} max={value.to || undefined} onInput={(e) => set('from', e.currentTarget.value)} />
        </label>
        <label class="dash-field">
          <span class="dash-field__label">To</span>
          <input type="date" class="dash-input" value={value.to} min={value.from || undefined} onInput={(e) => set('to', e.currentTarget.value)} />
        </label>
        {showSort && (
        <label class="dash-field">
          <span class="dash-field__label">Sort</span>
          <select class="dash-input" value={value.sort} onChange={(e) => set('sort', e.currentTarget.value as FilterState['sort'])}>
            {SORT_ORDERS.map((o) => (
              <option key={o} value={o}>
                {SORT_LABELS[o]}
              </option>
            ))}
          </select>
        </label>
        )}
        <span class="dash-filters__spacer" />
        <button type="button" class="dash-btn dash-btn--ghost" disabled={count === 0} onClick={() => onChange({ ...EMPTY_FILTERS, sort: value.sort })}>
          Clear filters{count > 0 ? ` (${count})` : ''}
        </button>
      </div>
    </section>
  );
}

function Select(props: { label: string; value: string; all: string; options: [string, string][]; onChange(v: string): void }) {
  // A chosen value no longer among the facets (its findings were deleted) stays visible and selectable.
  const options = props.value && !props.options.some(([v]) => v === props.value) ? [...props.options, [props.value, props.value] as [string, string]] : props.options;
  return (
    <label class="dash-field">
      <span class="dash-field__label">{props.label}</span>
      <select class="dash-input" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{props.all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Toggles({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="dash-toggles" role="group" aria-label={label}>
      <span class="dash-field__label">{label}</span>
      <div class="dash-toggles__chips">{children}</div>
    </div>
  );
}

function Chip({ pressed, onClick, children, tone }: { pressed: boolean; onClick(): void; children: ComponentChildren; tone?: string }) {
  return (
    <button type="button" class={`dash-chip${tone ? ` dash-chip--${tone}` : ''}`} aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}

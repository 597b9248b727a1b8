/** Preset, minimum confidence and the per-rule table (switch and severity override for every rule). */
import { useMemo, useState } from 'preact/hooks';
import type { EngineConfig } from '../../engine/config';
import { enabledByPreset, PRESETS, type Preset } from '../../engine/presets';
import type { Rule } from '../../engine/rule';
import { specSection, specUrl } from '../../engine/spec';
import { CONFIDENCES, SEVERITIES, type Confidence, type Severity } from '../../engine/types';
import { ruleRows, withMinConfidence, withoutRuleSettings, withPreset, withRuleSetting, type RuleRow } from './rule-settings';

const PRESET_TEXT: Record<Preset, { label: string; hint: string }> = {
  default: { label: 'Default', hint: 'Every rule as it ships.' },
  strict: { label: 'Strict', hint: 'Also the less precise rules that are off by default.' },
  minimal: { label: 'Minimal', hint: 'Only rules that are highly precise or flag serious problems.' },
};

const CONFIDENCE_TEXT: Record<Confidence, string> = {
  low: 'Low: report everything',
  medium: 'Medium: skip guesses',
  high: 'High: only near-certain findings',
};

const SEVERITY_LABEL: Record<Severity, string> = { info: 'Info', low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

type Show = 'all' | 'on' | 'off' | 'changed';

function sectionTitle(id: string): string {
  return specSection(id)?.title ?? (id || 'Other');
}

function changed(row: RuleRow): boolean {
  return row.enabled !== row.presetEnabled || row.severityOverride !== null;
}

export function RulesSection({ config, rules, onChange }: { config: EngineConfig; rules: readonly Rule[]; onChange: (next: EngineConfig) => void }) {
  const preset = config.preset ?? 'default';
  const rows = useMemo(() => ruleRows(rules, config), [rules, config]);
  const onCount = rows.filter((r) => r.enabled && !r.belowMinConfidence).length;
  const changedCount = rows.filter(changed).length;

  return (
    <section class="opt-section" aria-labelledby="rules-title" id="rules">
      <header class="opt-section__head">
        <h2 id="rules-title">Rules</h2>
        <p class="opt-muted">
          {onCount} of {rows.length} rules run on each reply.
        </p>
      </header>

      <fieldset class="opt-field">
        <legend>Preset</legend>
        <div class="opt-choices" role="radiogroup">
          {PRESETS.map((p) => {
            const count = rules.filter((r) => enabledByPreset(r, p)).length;
            return (
              <label key={p} class={`opt-choice${p === preset ? ' opt-choice--on' : ''}`}>
                <input type="radio" name="preset" value={p} checked={p === preset} onChange={() => onChange(withPreset(config, p, rules))} />
                <span class="opt-choice__label">
                  {PRESET_TEXT[p].label} <span class="opt-count">{count} rules</span>
                </span>
                <span class="opt-choice__hint">{PRESET_TEXT[p].hint}</span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <div class="opt-field opt-field--inline">
        <label for="min-confidence">Minimum confidence</label>
        <select
          id="min-confidence"
          value={config.minConfidence ?? 'low'}
          onChange={(e) => onChange(withMinConfidence(config, (e.currentTarget as HTMLSelectElement).value as Confidence))}
        >
          {CONFIDENCES.map((c) => (
            <option key={c} value={c}>
              {CONFIDENCE_TEXT[c]}
            </option>
          ))}
        </select>
        <span class="opt-muted">Severity is how bad a problem is; confidence is how likely the flag is right.</span>
      </div>

      <RuleTable rows={rows} changedCount={changedCount} config={config} onChange={onChange} />
    </section>
  );
}

function RuleTable({ rows, changedCount, config, onChange }: { rows: RuleRow[]; changedCount: number; config: EngineConfig; onChange: (next: EngineConfig) => void }) {
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const needle = query.trim().toLowerCase();
  const visible = rows.filter((r) => {
    if (show === 'on' && !r.enabled) return false;
    if (show === 'off' && r.enabled) return false;
    if (show === 'changed' && !changed(r)) return false;
    if (!needle) return true;
    return [r.id, r.title, r.anchor, sectionTitle(r.section)].some((s) => s.toLowerCase().includes(needle));
  });

  return (
    <div class="opt-rules">
      <div class="opt-toolbar">
        <input
          type="search"
          class="opt-input opt-input--search"
          placeholder="Search rules by name, id or spec section"
          aria-label="Search rules"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <div class="opt-segmented" role="group" aria-label="Show rules">
          {(['all', 'on', 'off', 'changed'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={show === s} onClick={() => setShow(s)}>
              {s === 'changed' ? `Changed (${changedCount})` : s[0]!.toUpperCase() + s.slice(1)}
            </button>
          ))}
        </div>
        <button type="button" class="opt-button opt-button--quiet" disabled={changedCount === 0} onClick={() => onChange(withoutRuleSettings(config))}>
          Reset to preset
        </button>
      </div>

      <div class="opt-table-wrap">
        <table class="opt-table">
          <thead>
            <tr>
              <th scope="col" class="opt-col-switch">On</th>
              <th scope="col">Rule</th>
              <th scope="col">Spec section</th>
              <th scope="col">Confidence</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.id} class={`${changed(row) ? 'opt-row--changed' : ''}${row.enabled ? '' : ' opt-row--off'}`} data-rule-id={row.id}>
                <td class="opt-col-switch">
                  <input
                    type="checkbox"
                    role="switch"
                    class="opt-switch"
                    checked={row.enabled}
                    aria-label={`${row.title}: ${row.enabled ? 'on' : 'off'}`}
                    onChange={(e) => onChange(withRuleSetting(config, row, { enabled: (e.currentTarget as HTMLInputElement).checked }))}
                  />
                </td>
                <td>
                  <div class="opt-rule-title">
                    {row.title}
                    {row.custom && <span class="opt-tag">custom</span>}
                  </div>
                  <code class="opt-rule-id">{row.id}</code>
                  {row.belowMinConfidence && <div class="opt-note">Skipped: below the minimum confidence.</div>}
                </td>
                <td>
                  <a href={specUrl(row.anchor)} target="_blank" rel="noreferrer noopener" class="opt-link">
                    {specSection(row.anchor)?.title ?? row.anchor}
                  </a>
                  <div class="opt-muted opt-small">{sectionTitle(row.section)}</div>
                </td>
                <td class="opt-cap">{row.confidence}</td>
                <td>
                  <select
                    class="opt-select--compact"
                    aria-label={`Severity of ${row.title}`}
                    value={row.severityOverride ?? ''}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      onChange(withRuleSetting(config, row, { severity: value === '' ? null : (value as Severity) }));
                    }}
                  >
                    <option value="">{SEVERITY_LABEL[row.defaultSeverity]} (rule default)</option>
                    {SEVERITIES.filter((s) => s !== row.defaultSeverity).map((s) => (
                      <option key={s} value={s}>
                        {SEVERITY_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {visible.length === 0 && <p class="opt-empty">No rule matches {needle ? `“${query.trim()}”` : 'this view'}.</p>}
      </div>
    </div>
  );
}

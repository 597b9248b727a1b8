/** Statistics for the current filters: totals by verdict, then findings per spec section and per site. */
import { useEffect, useState } from 'preact/hooks';
import type { FindingFilters, FindingStats } from '../../storage/finding-catalog';
import type { StorageError } from '../../storage/errors';
import type { DataRequester } from './data';
import { plural, sectionLabel, siteLabel, VERDICT_LABELS } from './labels';
import { StatsChart } from './StatsChart';

export function StatsView({ request, filters }: { request: DataRequester; filters: FindingFilters }) {
  const [stats, setStats] = useState<FindingStats | null>(null);
  const [error, setError] = useState<StorageError | null>(null);
  useEffect(() => {
    let live = true;
    void request({ type: 'speclens/data/stats', filters }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setStats(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [request, filters]);

  if (error)
    return (
      <p class="sl-alert" role="alert">
        {error.message}
      </p>
    );
  if (!stats) return <p class="dash-muted">Counting…</p>;
  const t = stats.total;
  return (
    <div class="dash-stats">
      <ul class="dash-totals" aria-label="Totals">
        <li>
          <strong>{t.total.toLocaleString('en-US')}</strong> {t.total === 1 ? 'finding' : 'findings'}
        </li>
        {(['confirmed', 'dismissed', 'unsure', 'unreviewed'] as const).map((v) => (
          <li key={v} class={`dash-verdict--${v}`}>
            <strong>{t.verdicts[v].toLocaleString('en-US')}</strong> {VERDICT_LABELS[v].toLowerCase()}
          </li>
        ))}
      </ul>
      {t.total > 0 && t.verdicts.dismissed + t.verdicts.confirmed > 0 && (
        <p class="dash-muted">
          Reviewed precision: {Math.round((100 * t.verdicts.confirmed) / (t.verdicts.confirmed + t.verdicts.dismissed))}% of the{' '}
          {plural(t.verdicts.confirmed + t.verdicts.dismissed, 'confirmed or dismissed finding')} were confirmed.
        </p>
      )}
      <StatsChart title="Findings per spec section" groups={stats.bySection} label={sectionLabel} />
      <StatsChart title="Findings per site" groups={stats.bySite} label={siteLabel} />
    </div>
  );
}

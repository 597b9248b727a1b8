/**
 * Findings per group (spec section or site) as horizontal bars split by verdict, drawn as SVG by
 * hand, with the same numbers in a table for screen readers and for copying.
 */
import type { GroupStats } from '../../storage/finding-catalog';
import type { FindingVerdict } from '../../storage/records';
import { VERDICT_LABELS } from './labels';

const ORDER: FindingVerdict[] = ['confirmed', 'unsure', 'unreviewed', 'dismissed'];
const BAR = 22;
const GAP = 10;
const LABEL_W = 210;
const COUNT_W = 64;
const WIDTH = 720;

export interface StatsChartProps {
  title: string;
  groups: Record<string, GroupStats>;
  label(key: string): string;
}

export function StatsChart({ title, groups, label }: StatsChartProps) {
  const entries = Object.entries(groups).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  if (entries.length === 0) {
    return (
      <section class="dash-chart" aria-labelledby={id}>
        <h3 id={id}>{title}</h3>
        <p class="dash-muted">No findings to count.</p>
      </section>
    );
  }
  const max = Math.max(...entries.map(([, g]) => g.total));
  const barSpace = WIDTH - LABEL_W - COUNT_W;
  const height = entries.length * (BAR + GAP);
  return (
    <section class="dash-chart" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <svg class="dash-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={`${title}: bar chart; the same numbers are in the table below`}>
        {entries.map(([key, g], row) => {
          const y = row * (BAR + GAP);
          let x = LABEL_W;
          return (
            <g key={key}>
              <text x={LABEL_W - 10} y={y + BAR / 2} class="dash-chart__label" text-anchor="end" dominant-baseline="central">
                {truncate(label(key), 30)}
              </text>
              {ORDER.map((v) => {
                const w = (g.verdicts[v] / max) * barSpace;
                const rect = w > 0 ? <rect key={v} x={x} y={y} width={w} height={BAR} class={`dash-chart__bar dash-chart__bar--${v}`}><title>{`${label(key)}: ${g.verdicts[v]} ${VERDICT_LABELS[v].toLowerCase()}`}</title></rect> : null;
                x += w;
                return rect;
              })}
              <text x={x + 8} y={y + BAR / 2} class="dash-chart__count" dominant-baseline="central">
                {g.total.toLocaleString('en-US')}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="dash-chart__legend" aria-hidden="true">
        {ORDER.map((v) => (
          <li key={v}>
            <span class={`dash-swatch dash-chart__bar--${v}`} />
            {VERDICT_LABELS[v]}
          </li>
        ))}
      </ul>
      <details class="dash-chart__table">
        <summary>Show as a table</summary>
        <table>
          <caption class="sl-visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title.replace(/^Findings (per|by) /i, '')}</th>
              <th scope="col">Total</th>
              {ORDER.map((v) => (
                <th key={v} scope="col">
                  {VERDICT_LABELS[v]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map(([key, g]) => (
              <tr key={key}>
                <th scope="row">{label(key)}</th>
                <td>{g.total}</td>
                {ORDER.map((v) => (
                  <td key={v}>{g.verdicts[v]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

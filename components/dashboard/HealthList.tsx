/** Where SpecLens could not read a page or store data: the latest state per site, then every event. */
import { useEffect, useState } from 'preact/hooks';
import type { StorageError } from '../../storage/errors';
import type { HealthKind } from '../../storage/records';
import type { HealthOverview } from '../../storage/store';
import type { DataRequester } from './data';
import { formatDateTime, siteLabel } from './labels';

export const HEALTH_KIND_LABELS: Record<HealthKind, string> = {
  'no-turns': 'Could not find the conversation on the page',
  'reply-never-finished': 'A reply never finished streaming',
  'content-script-error': 'The page script failed',
  'storage-error': 'Could not save data',
};

export function HealthList({ request }: { request: DataRequester }) {
  const [health, setHealth] = useState<HealthOverview | null>(null);
  const [error, setError] = useState<StorageError | null>(null);
  useEffect(() => {
    void request({ type: 'speclens/data/health', limit: 200 }).then((r) => (r.ok ? setHealth(r.value) : setError(r.error)));
  }, [request]);

  if (error)
    return (
      <p class="sl-alert" role="alert">
        {error.message}
      </p>
    );
  if (!health) return <p class="dash-muted">Reading the health log…</p>;
  return (
    <div class="dash-health">
      {/* A failed write is shown by the dashboard's storage banner, above every tab. */}
      {health.events.length === 0 ? (
        <div class="dash-empty">
          <p class="dash-empty__title">All good</p>
          <p class="dash-muted">SpecLens has read every supported page it met and saved everything it found.</p>
        </div>
      ) : (
        <>
          <h3>Latest per site</h3>
          <ul class="dash-health__sites">
            {health.latestPerSite.map((e) => (
              <li key={e.id} class="dash-health__site">
                <strong>{siteLabel(e.site)}</strong>
                <span>{HEALTH_KIND_LABELS[e.kind]}</span>
                <span class="dash-muted">{formatDateTime(e.at)}</span>
              </li>
            ))}
          </ul>
          <h3>All events ({health.events.length})</h3>
          <table class="dash-health__table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Site</th>
                <th scope="col">What happened</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {health.events.map((e) => (
                <tr key={e.id}>
                  <td class="dash-nowrap">{formatDateTime(e.at)}</td>
                  <td>{siteLabel(e.site)}</td>
                  <td>{HEALTH_KIND_LABELS[e.kind]}</td>
                  <td>
                    <span class="dash-health__message">{e.message}</span>
                    {e.url && <span class="dash-health__url">{e.url}</span>}
                    {e.missingSelectors.length > 0 && <span class="dash-muted">Nothing matched: {e.missingSelectors.join(', ')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/**
 * The toolbar popup (and the side panel, in a taller layout): findings for the conversation in the
 * current tab, capture on or off for this site, a global pause, the site's health, a warning when the
 * last write failed, a link to the dashboard, and "check a reply" by hand.
 */
import { useEffect, useState } from 'preact/hooks';
import { CheckReply } from '../CheckReply';
import { SeverityBadge } from '../SeverityBadge';
import { openDataSettings as openDataSettingsTab, StorageProblemBanner, useStorageProblem } from '../StorageProblemBanner';
import type { Exchange } from '../../engine/types';
import type { AnalyzeResponse } from '../../messaging/protocol';
import { isCaptureAllowed, loadCaptureControls, setCapturePaused, setSiteCapture, type CaptureControls, type ControlsArea } from '../../storage/capture-controls';
import type { StorageError } from '../../storage/errors';
import type { FindingRecord, HealthEventRecord } from '../../storage/records';
import type { DataRequester } from '../dashboard/data';
import { HEALTH_KIND_LABELS } from '../dashboard/HealthList';
import { formatDateTime, plural, siteLabel, VERDICT_LABELS } from '../dashboard/labels';
import type { CurrentPage } from './current-page';

/** Findings of the current conversation are looked for among this many of the site's newest. */
export const CONVERSATION_SCAN_LIMIT = 500;

export interface PopupProps {
  request: DataRequester;
  /** The active tab, described; null when there is none or its address is hidden. */
  page: CurrentPage | null;
  controlsArea: ControlsArea;
  analyze(exchange: Exchange): Promise<AnalyzeResponse>;
  openDashboard(query: string): void;
  /** Opens the options at "Your data", where old data is deleted; a new tab by default. */
  openDataSettings?(): void;
  /** 'panel' in the browser's side panel: full height, the findings list uses the room. */
  layout?: 'popup' | 'panel';
}

type Findings = { kind: 'loading' } | { kind: 'error'; error: StorageError } | { kind: 'ready'; findings: FindingRecord[] };

export function Popup({ request, page, controlsArea, analyze, openDashboard, openDataSettings = openDataSettingsTab, layout = 'popup' }: PopupProps) {
  const [controls, setControls] = useState<CaptureControls | null>(null);
  const [controlsError, setControlsError] = useState<string | null>(null);
  const [findings, setFindings] = useState<Findings>({ kind: 'loading' });
  const [health, setHealth] = useState<HealthEventRecord | null | undefined>(undefined);
  const storageProblem = useStorageProblem(request);
  const site = page?.site ?? null;

  useEffect(() => {
    loadCaptureControls(controlsArea).then(setControls, (err: unknown) => setControlsError(`Could not read the capture switches: ${String(err)}`));
  }, [controlsArea]);

  useEffect(() => {
    if (!site || !page?.conversationId) return;
    void request({ type: 'speclens/data/list-findings', query: { sites: [site], sort: 'newest', limit: CONVERSATION_SCAN_LIMIT } }).then((r) => {
      if (!r.ok) return setFindings({ kind: 'error', error: r.error });
      const ordered = r.value.findings.filter((f) => f.conversationId === page.conversationId).sort((a, b) => a.capturedAt - b.capturedAt || a.ordinal - b.ordinal);
      setFindings({ kind: 'ready', findings: ordered });
    });
    void request({ type: 'speclens/data/health', site, limit: 1 }).then((r) => setHealth(r.ok ? (r.value.events[0] ?? null) : null));
  }, [request, site, page?.conversationId]);

  const change = async (update: () => Promise<CaptureControls>) => {
    try {
      setControls(await update());
      setControlsError(null);
    } catch (err) {
      setControlsError(`Could not save the switch: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const siteOn = controls && page?.origin ? !controls.disabledOrigins.includes(page.origin) : true;
  const capturing = controls && page ? isCaptureAllowed(controls, page.url) : false;

  return (
    <main class={layout === 'panel' ? 'popup popup--panel' : 'popup'}>
      <header class="popup__head">
        <img class="popup__logo" src="/icon-32.png" width={20} height={20} alt="" />
        <div class="popup__titles">
          <h1 class="popup__title">SpecLens</h1>
          <p class="popup__tagline">{site ? siteLabel(site) : 'Model Spec checks, on this machine'}</p>
        </div>
        <Switch label="Pause all" checked={controls?.paused ?? false} disabled={!controls} onChange={(v) => change(() => setCapturePaused(controlsArea, v))} />
      </header>

      <StorageProblemBanner problem={storageProblem} onFreeSpace={openDataSettings} onShowDetails={() => openDashboard('#health')} />
      {controlsError && (
        <p class="sl-alert" role="alert">
          {controlsError}
        </p>
      )}
      {controls?.paused && <p class="sl-note">Capture is paused everywhere. Replies that finish while paused are not checked.</p>}

      <section class="popup__card" aria-labelledby="popup-site">
        <h2 id="popup-site" class="popup__card-title">
          This site
        </h2>
        {!page || !page.origin ? (
          <p class="popup__muted">SpecLens does not read this page.</p>
        ) : (
          <>
            <div class="popup__row">
              <span class="popup__origin">{page.origin}</span>
              <Switch label="Capture" checked={siteOn} disabled={!controls} onChange={(v) => change(() => setSiteCapture(controlsArea, page.origin!, v))} />
            </div>
            {site && <HealthLine health={health} capturing={capturing} />}
            {!site && <p class="popup__muted">No built-in site adapter reads this address. Add it as a self-hosted chat in the options.</p>}
          </>
        )}
      </section>

      {site && (
        <section class="popup__card" aria-labelledby="popup-findings">
          <h2 id="popup-findings" class="popup__card-title">
            This conversation
          </h2>
          <ConversationFindings page={page!} findings={findings} />
        </section>
      )}

      <button type="button" class="popup__dashboard" onClick={() => openDashboard(site ? `?site=${encodeURIComponent(site)}` : '')}>
        Open the dashboard
      </button>

      <details class="popup__check">
        <summary>Check a reply by hand</summary>
        <CheckReply analyze={analyze} />
      </details>
      <footer class="popup__foot">Runs locally. Nothing leaves your browser.</footer>
    </main>
  );
}

function ConversationFindings({ page, findings }: { page: CurrentPage; findings: Findings }) {
  if (!page.conversationId) return <p class="popup__muted">A new or temporary chat: findings are listed here once the conversation has an address.</p>;
  if (findings.kind === 'loading') return <p class="popup__muted">Loading…</p>;
  if (findings.kind === 'error')
    return (
      <p class="sl-alert" role="alert">
        {findings.error.message}
      </p>
    );
  if (findings.findings.length === 0) return <p class="popup__muted">No findings in this conversation so far.</p>;
  return (
    <>
      <p class="popup__count">{plural(findings.findings.length, 'finding')}</p>
      <ul class="popup__findings">
        {findings.findings.map((f) => (
          <li key={f.id} class="popup__finding">
            <SeverityBadge severity={f.severity} />
            <span class="popup__finding-text">
              <span class="popup__finding-title">{f.title}</span>
              <span class="popup__finding-message">{f.message}</span>
            </span>
            <span class={`popup__verdict popup__verdict--${f.verdict}`}>{VERDICT_LABELS[f.verdict]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function HealthLine({ health, capturing }: { health: HealthEventRecord | null | undefined; capturing: boolean }) {
  if (health === undefined) return null;
  if (!capturing) return <p class="popup__status popup__status--off">Not capturing on this page.</p>;
  if (health === null) return <p class="popup__status popup__status--ok">Reading this site without problems.</p>;
  return (
    <p class="popup__status popup__status--warn">
      Last problem: {HEALTH_KIND_LABELS[health.kind]} ({formatDateTime(health.at)}). See Health in the dashboard.
    </p>
  );
}

function Switch({ label, checked, disabled, onChange }: { label: string; checked: boolean; disabled: boolean; onChange(v: boolean): void }) {
  return (
    <label class="popup__switch">
      <span>{label}</span>
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span class="popup__switch-track" aria-hidden="true" />
    </label>
  );
}

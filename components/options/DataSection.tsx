/** What SpecLens keeps: retention with "purge now", redaction before storage, and delete everything. */
import { useEffect, useState } from 'preact/hooks';
import { DATA_MESSAGES, DELETE_ALL_CONFIRMATION } from '../../messaging/data-protocol';
import type { PurgeOutcome } from '../../storage/maintenance';
import type { SettingsRecord } from '../../storage/records';
import { MAX_RETENTION_DAYS } from '../../storage/settings-repo';
import type { OptionsDeps } from './deps';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function purgeSummary(outcome: PurgeOutcome): string {
  if (outcome.exchanges === 0 && outcome.healthEvents === 0) return 'Nothing was old enough to delete.';
  return `Deleted ${plural(outcome.exchanges, 'reply')} with ${plural(outcome.findings, 'finding')}, ${plural(outcome.reviews, 'review')}, ${plural(outcome.annotations, 'annotation')} and ${plural(outcome.healthEvents, 'health event')}.`;
}

export function DataSection({ data }: Pick<OptionsDeps, 'data'>) {
  const [settings, setSettings] = useState<SettingsRecord | null>(null);
  const [stored, setStored] = useState<number | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refreshCount = () =>
    data({ type: DATA_MESSAGES.stats }).then((r) => {
      if (r.ok) setStored(r.value.total.total);
    });

  useEffect(() => {
    data({ type: DATA_MESSAGES.getSettings }).then((r) => (r.ok ? setSettings(r.value) : setLoadError(r.error.message)));
    void refreshCount();
  }, [data]);

  return (
    <section class="opt-section" aria-labelledby="data-title" id="data">
      <header class="opt-section__head">
        <h2 id="data-title">Your data</h2>
        <p class="opt-muted">
          Everything stays in this browser.
          {stored !== null && ` SpecLens holds ${plural(stored, 'finding')} right now.`}
        </p>
      </header>
      {loadError && (
        <p class="opt-alert" role="alert">
          {loadError}
        </p>
      )}
      <Retention data={data} settings={settings} onSettings={setSettings} onPurged={refreshCount} />
      <Redaction data={data} settings={settings} onSettings={setSettings} />
      <DeleteEverything data={data} onDeleted={refreshCount} />
    </section>
  );
}

interface SettingsProps extends Pick<OptionsDeps, 'data'> {
  settings: SettingsRecord | null;
  onSettings: (s: SettingsRecord) => void;
}

function Retention({ data, settings, onSettings, onPurged }: SettingsProps & { onPurged: () => void }) {
  const [days, setDays] = useState('90');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const limited = settings?.retentionDays != null;

  useEffect(() => {
    if (settings?.retentionDays != null) setDays(String(settings.retentionDays));
  }, [settings?.retentionDays]);

  const parsedDays = (): number | string => {
    const n = Number(days.trim());
    if (days.trim() === '' || !Number.isInteger(n) || n < 1 || n > MAX_RETENTION_DAYS) return `Enter a whole number of days from 1 to ${MAX_RETENTION_DAYS.toLocaleString('en')}.`;
    return n;
  };

  const save = async (retentionDays: number | null) => {
    setBusy(true);
    const r = await data({ type: DATA_MESSAGES.updateSettings, patch: { retentionDays } });
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    onSettings(r.value);
    setNotice({ kind: 'ok', text: retentionDays === null ? 'Data is kept until you delete it.' : `Replies older than ${plural(retentionDays, 'day')} are deleted each time the browser starts.` });
  };

  const purge = async () => {
    const n = parsedDays();
    if (typeof n === 'string') return setNotice({ kind: 'error', text: n });
    setBusy(true);
    const r = await data({ type: DATA_MESSAGES.purge, olderThanDays: n });
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    setNotice({ kind: 'ok', text: purgeSummary(r.value) });
    onPurged();
  };

  return (
    <div class="opt-subsection">
      <h3>Retention</h3>
      <label class="opt-toggle-row">
        <input
          type="checkbox"
          role="switch"
          class="opt-switch"
          checked={limited}
          disabled={!settings || busy}
          onChange={(e) => {
            if (!(e.currentTarget as HTMLInputElement).checked) return void save(null);
            const n = parsedDays();
            if (typeof n === 'string') setNotice({ kind: 'error', text: n });
            else void save(n);
          }}
        />
        <span>Delete captured replies and their findings after a while</span>
      </label>
      <div class="opt-inline-form">
        <label for="retention-days">Older than</label>
        <input
          id="retention-days"
          class="opt-input opt-input--number"
          type="number"
          min={1}
          max={MAX_RETENTION_DAYS}
          step={1}
          value={days}
          aria-describedby="retention-message"
          onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)}
        />
        <span>days</span>
        {limited && (
          <button type="button" class="opt-button opt-button--quiet" disabled={busy || String(settings?.retentionDays) === days.trim()} onClick={() => {
            const n = parsedDays();
            if (typeof n === 'string') setNotice({ kind: 'error', text: n });
            else void save(n);
          }}>
            Save
          </button>
        )}
        <button type="button" class="opt-button opt-button--quiet" disabled={busy} onClick={purge}>
          Purge now
        </button>
      </div>
      <p id="retention-message" class={notice?.kind === 'error' ? 'opt-field-error' : 'opt-field-ok'} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
    </div>
  );
}

function Redaction({ data, settings, onSettings }: SettingsProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="opt-subsection">
      <h3>Personal data</h3>
      <label class="opt-toggle-row">
        <input
          type="checkbox"
          role="switch"
          class="opt-switch"
          checked={settings?.redactPersonalData ?? false}
          disabled={!settings}
          onChange={async (e) => {
            const redactPersonalData = (e.currentTarget as HTMLInputElement).checked;
            const r = await data({ type: DATA_MESSAGES.updateSettings, patch: { redactPersonalData } });
            if (r.ok) {
              onSettings(r.value);
              setError(null);
            } else setError(r.error.message);
          }}
        />
        <span>
          Mask personal data before storing
          <span class="opt-muted opt-block">
            Email addresses, phone numbers, card numbers and the names you give for yourself (“my name is …”) become •••• in what SpecLens stores
            and exports. Replies stored earlier stay as they are.
          </span>
        </span>
      </label>
      {error && (
        <p class="opt-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function DeleteEverything({ data, onDeleted }: Pick<OptionsDeps, 'data'> & { onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = typed.trim().toLowerCase() === DELETE_ALL_CONFIRMATION;

  const close = () => {
    setOpen(false);
    setTyped('');
  };

  const remove = async (event: Event) => {
    event.preventDefault();
    if (!confirmed) return;
    setBusy(true);
    const r = await data({ type: DATA_MESSAGES.deleteAll, confirm: DELETE_ALL_CONFIRMATION });
    setBusy(false);
    if (!r.ok) return setNotice({ kind: 'error', text: r.error.message });
    close();
    setNotice({ kind: 'ok', text: 'Everything SpecLens stored has been deleted.' });
    onDeleted();
  };

  return (
    <div class="opt-subsection opt-danger">
      <h3>Delete everything</h3>
      <p class="opt-muted">Every captured reply, finding, review, annotation and health event. Your settings on this page are kept. This cannot be undone.</p>
      {!open ? (
        <button type="button" class="opt-button opt-button--danger" onClick={() => { setOpen(true); setNotice(null); }}>
          Delete everything…
        </button>
      ) : (
        <form class="opt-confirm" onSubmit={remove} onKeyDown={(e) => e.key === 'Escape' && close()}>
          <label for="delete-confirm">
            Type <strong>{DELETE_ALL_CONFIRMATION}</strong> to confirm
          </label>
          <div class="opt-inline-form">
            <input
              id="delete-confirm"
              class="opt-input"
              autoFocus
              autocomplete="off"
              value={typed}
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
            />
            <button type="submit" class="opt-button opt-button--danger" disabled={!confirmed || busy}>
              Delete everything
            </button>
            <button type="button" class="opt-button opt-button--quiet" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p class={notice?.kind === 'error' ? 'opt-field-error' : 'opt-field-ok'} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
    </div>
  );
}

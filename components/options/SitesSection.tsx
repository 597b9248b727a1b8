/** Capture on/off per site and for everything at once, and the self-hosted chats the user added. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  loadCaptureControls,
  setCapturePaused,
  setSiteCapture,
  type CaptureControls,
  type ControlsArea,
} from '../../storage/capture-controls';
import {
  addSelfHostedOrigin,
  listSelfHostedOrigins,
  parseSelfHostedOrigin,
  removeSelfHostedOrigin,
  type SelfHostedApi,
  type SelfHostedStatus,
} from '../../sites/self-hosted-origins';
import { supportedSites, type SiteEntry } from './site-list';

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function SitesSection({ storage, selfHosted }: { storage: ControlsArea; selfHosted: SelfHostedApi }) {
  const [controls, setControls] = useState<CaptureControls | null>(null);
  const [origins, setOrigins] = useState<SelfHostedStatus[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refreshOrigins = () =>
    listSelfHostedOrigins(selfHosted).then(setOrigins, (err) => setError(`The self-hosted chats could not be read: ${errorText(err)}`));

  useEffect(() => {
    loadCaptureControls(storage).then(setControls, (err) => setError(`The capture switches could not be read: ${errorText(err)}`));
    void refreshOrigins();
  }, [storage, selfHosted]);

  const change = async (apply: () => Promise<CaptureControls>) => {
    try {
      setControls(await apply());
      setError(null);
    } catch (err) {
      setError(`Not saved: ${errorText(err)}`);
    }
  };

  const sites: SiteEntry[] = useMemo(
    () => [...supportedSites(), ...(origins ?? []).map((o) => ({ origin: o.origin, name: new URL(o.origin).host, selfHosted: true }))],
    [origins],
  );

  return (
    <section class="opt-section" aria-labelledby="sites-title" id="sites">
      <header class="opt-section__head">
        <h2 id="sites-title">Sites</h2>
        <p class="opt-muted">SpecLens only reads the chat sites below and the self-hosted chats you add. Turn a site off to stop checking its replies.</p>
      </header>
      {error && (
        <p class="opt-alert" role="alert">
          {error}
        </p>
      )}

      <label class="opt-toggle-row opt-toggle-row--primary">
        <input
          type="checkbox"
          role="switch"
          class="opt-switch"
          checked={controls ? !controls.paused : true}
          disabled={!controls}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            void change(() => setCapturePaused(storage, !on));
          }}
        />
        <span>
          <strong>Check replies</strong>
          <span class="opt-muted"> {controls?.paused ? 'Paused everywhere: nothing is read or stored.' : 'On for the sites switched on below.'}</span>
        </span>
      </label>

      <ul class={`opt-site-grid${controls?.paused ? ' opt-site-grid--paused' : ''}`} aria-label="Capture per site">
        {sites.map((site) => {
          const on = controls ? !controls.disabledOrigins.includes(site.origin) : true;
          return (
            <li key={site.origin}>
              <label class="opt-toggle-row">
                <input
                  type="checkbox"
                  role="switch"
                  class="opt-switch"
                  checked={on}
                  disabled={!controls}
                  aria-label={`Check replies on ${site.name} (${site.origin})`}
                  onChange={(e) => {
                    const enabled = (e.currentTarget as HTMLInputElement).checked;
                    void change(() => setSiteCapture(storage, site.origin, enabled));
                  }}
                />
                <span class="opt-site">
                  <span class="opt-site__name">
                    {site.name}
                    {site.selfHosted && <span class="opt-tag">self-hosted</span>}
                  </span>
                  <span class="opt-site__origin">{site.origin.replace(/^https:\/\//, '')}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>

      <SelfHostedOrigins api={selfHosted} origins={origins} onChanged={refreshOrigins} />
    </section>
  );
}

function SelfHostedOrigins({ api, origins, onChanged }: { api: SelfHostedApi; origins: SelfHostedStatus[] | null; onChanged: () => Promise<void> }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // Called straight from the submit event: the permission prompt needs the user's gesture.
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = parseSelfHostedOrigin(input);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: parsed.error });
      return;
    }
    setBusy(true);
    addSelfHostedOrigin(input, api)
      .then(async (result) => {
        if (result.ok) {
          setInput('');
          setMessage({ kind: 'ok', text: `${result.origin.origin} added. Reload its tab to start checking replies there.` });
          await onChanged();
        } else setMessage({ kind: 'error', text: result.error });
      })
      .finally(() => setBusy(false));
  };

  const remove = async (origin: string) => {
    const result = await removeSelfHostedOrigin(origin, api);
    setMessage(result.ok ? { kind: 'ok', text: `${origin} removed.` } : { kind: 'error', text: result.error });
    await onChanged();
  };

  return (
    <div class="opt-subsection">
      <h3>Self-hosted chats</h3>
      <p class="opt-muted">
        Open WebUI, LibreChat or another chat UI on your own server. SpecLens asks your browser for access to that address only.
      </p>
      <form class="opt-inline-form" onSubmit={add}>
        <label for="self-hosted-origin" class="opt-visually-hidden">
          Address of a self-hosted chat
        </label>
        <input
          id="self-hosted-origin"
          class="opt-input"
          type="url"
          inputMode="url"
          placeholder="https://chat.example.org"
          value={input}
          aria-invalid={message?.kind === 'error'}
          aria-describedby="self-hosted-message"
          onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="opt-button" disabled={busy}>
          Add
        </button>
      </form>
      <p id="self-hosted-message" class={message?.kind === 'error' ? 'opt-field-error' : 'opt-field-ok'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      {origins === null ? null : origins.length === 0 ? (
        <p class="opt-empty">No self-hosted chat added yet.</p>
      ) : (
        <ul class="opt-origins">
          {origins.map((o) => (
            <li key={o.origin}>
              <code>{o.origin}</code>
              <span class={`opt-status opt-status--${o.granted ? 'ok' : 'warn'}`}>{o.granted ? 'Access granted' : 'Access needed: add it again'}</span>
              <button type="button" class="opt-button opt-button--quiet" onClick={() => remove(o.origin)} aria-label={`Remove ${o.origin}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Export the chosen findings as one zip in several formats (confirmed only by default, the
 * dashboard's filters optionally applied), back up the whole database to one file, and restore a
 * backup after checking every line of it, with each problem reported by line.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FORMAT_NAMES, type FormatName } from '../../exporters/export-file';
import type { ScenarioVerdict } from '../../exporters/schema';
import { UNREVIEWED, VERDICTS } from '../../storage/records';
import type { Problem } from '../../exporters/problems';
import type { FindingFilters } from '../../storage/finding-catalog';
import type { DataRequester } from './data';
import { plural, VERDICT_LABELS } from './labels';
import type { OpenDatabase } from './local-data';
import { toggled } from './filters';

const SCENARIO_VERDICTS: readonly ScenarioVerdict[] = [...VERDICTS, UNREVIEWED];

/** The exporters (formats, zip, backup validation) load when first used, not with the dashboard. */
const exporters = () => import('./local-data');

export const FORMAT_LABELS: Record<FormatName, string> = {
  jsonl: 'SpecLens scenarios (JSONL)',
  inspect: 'Inspect AI dataset',
  promptfoo: 'promptfoo test suite',
  'openai-evals': 'OpenAI Evals samples',
  csv: 'CSV spreadsheet',
  markdown: 'Markdown report',
};

/** Saves bytes as a file the user downloads. */
export type SaveFile = (parts: Uint8Array[], fileName: string, mimeType: string) => void;

export const saveWithLink: SaveFile = (parts, fileName, mimeType) => {
  const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};

export interface ExportDialogProps {
  request: DataRequester;
  openDatabase: OpenDatabase;
  filters: FindingFilters;
  save?: SaveFile;
  onClose(): void;
  /** After a restore wrote records, so the lists reload. */
  onRestored(): void;
}

type Status = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string; problems?: Problem[] };

const MAX_PROBLEMS_SHOWN = 200;

export function ExportDialog({ request, openDatabase, filters, save = saveWithLink, onClose, onRestored }: ExportDialogProps) {
  const [formats, setFormats] = useState<FormatName[]>(['jsonl', 'promptfoo', 'inspect', 'csv']);
  const [verdicts, setVerdicts] = useState<ScenarioVerdict[]>(['confirmed']);
  const [useFilters, setUseFilters] = useState(true);
  const [redact, setRedact] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const box = useRef<HTMLDivElement>(null);
  const busy = status.kind === 'busy';

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('input, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const run = async (what: string, work: () => Promise<Status>) => {
    setStatus({ kind: 'busy', what });
    try {
      setStatus(await work());
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not ${what.toLowerCase().replace(/…$/, '')}: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const doExport = () =>
    run('Exporting…', async () => {
      const { exportFindings, scenarioFilterFrom } = await exporters();
      const filter = scenarioFilterFrom(useFilters ? filters : {}, verdicts);
      const out = await exportFindings(openDatabase, { formats, filter, redact });
      if (out.scenarioCount === 0) return { kind: 'error', text: 'Nothing to export: no finding matches this choice. Confirm some findings first, or choose other verdicts.' };
      save(out.parts, out.fileName, out.mimeType);
      const skipped = out.skipped.length > 0 ? ` ${plural(out.skipped.length, 'finding')} could not be exported (no prompt before the reply).` : '';
      return { kind: 'done', text: `Saved ${out.fileName}: ${plural(out.scenarioCount, 'scenario')} in ${plural(formats.length, 'format')}.${skipped}` };
    });

  const doBackup = () =>
    run('Backing up…', async () => {
      const { backupDatabase } = await exporters();
      const out = await backupDatabase(openDatabase);
      save(out.parts, out.fileName, 'application/jsonl');
      return { kind: 'done', text: `Saved ${out.fileName}: ${plural(out.counts.exchanges ?? 0, 'exchange')}, ${plural(out.counts.findings ?? 0, 'finding')}, ${plural(out.counts.reviews ?? 0, 'review')}.` };
    });

  const doRestore = (file: File) =>
    run('Checking the backup…', async () => {
      const { restoreBackup } = await exporters();
      const outcome = await restoreBackup(openDatabase, file);
      if (!outcome.ok) {
        if ('error' in outcome) return { kind: 'error', text: `Could not write the backup; nothing was changed. (${outcome.error})` };
        const n = outcome.read.problems.length;
        return { kind: 'error', text: `${file.name} was not restored: ${plural(n, 'problem')} found, and nothing was changed.`, problems: outcome.read.problems };
      }
      await request({ type: 'speclens/data/reload-findings' });
      onRestored();
      const s = outcome.summary;
      const added = Object.values(s).reduce((n, c) => n + c.added, 0);
      const replaced = Object.values(s).reduce((n, c) => n + c.replaced, 0);
      const unchanged = Object.values(s).reduce((n, c) => n + c.unchanged, 0);
      return { kind: 'done', text: `Restored ${file.name}: ${plural(added, 'record')} added, ${replaced} replaced, ${unchanged} already there (findings: ${s.findings.added} added).` };
    });

  return (
    <div class="dash-modal" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div class="dash-modal__box" role="dialog" aria-modal="true" aria-labelledby="export-title" ref={box}>
        <header class="dash-modal__head">
          <h2 id="export-title">Export and backup</h2>
          <button type="button" class="dash-btn dash-btn--ghost" onClick={onClose} aria-label="Close (Esc)">
            ✕
          </button>
        </header>
        <section class="dash-modal__section">
          <h3>Export findings as eval suites</h3>
          <fieldset class="dash-fieldset">
            <legend>Formats (one zip)</legend>
            {FORMAT_NAMES.map((f) => (
              <label key={f} class="dash-check">
                <input type="checkbox" checked={formats.includes(f)} onChange={() => setFormats(toggled(formats, f))} /> {FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          <fieldset class="dash-fieldset">
            <legend>Verdicts</legend>
            {SCENARIO_VERDICTS.map((v) => (
              <label key={v} class="dash-check">
                <input type="checkbox" checked={verdicts.includes(v)} onChange={() => setVerdicts(toggled(verdicts, v))} /> {VERDICT_LABELS[v]}
              </label>
            ))}
          </fieldset>
          <label class="dash-check">
            <input type="checkbox" checked={useFilters} onChange={() => setUseFilters(!useFilters)} /> Only what the dashboard's site, model, rule, section and date filters show
          </label>
          <label class="dash-check">
            <input type="checkbox" checked={redact} onChange={() => setRedact(!redact)} /> Mask personal data (emails, phone and card numbers, names)
          </label>
          <button type="button" class="dash-btn dash-btn--primary" disabled={busy || formats.length === 0 || verdicts.length === 0} onClick={doExport}>
            Export zip
          </button>
        </section>
        <section class="dash-modal__section">
          <h3>Backup and restore</h3>
          <p class="dash-muted">A backup holds everything: conversations, findings, reviews, flags, health events and settings. Restoring adds and updates records; nothing is deleted.</p>
          <div class="dash-modal__row">
            <button type="button" class="dash-btn" disabled={busy} onClick={doBackup}>
              Back up the database
            </button>
            <label class={`dash-btn${busy ? ' is-disabled' : ''}`}>
              Restore a backup…
              <input
                type="file"
                class="sl-visually-hidden"
                accept=".jsonl,application/jsonl,application/json,text/plain"
                disabled={busy}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void doRestore(file);
                }}
              />
            </label>
          </div>
        </section>
        <div class="dash-modal__status" aria-live="polite">
          {status.kind === 'busy' && <p class="dash-muted">{status.what}</p>}
          {status.kind === 'done' && <p class="dash-ok">{status.text}</p>}
          {status.kind === 'error' && (
            <div class="sl-alert" role="alert">
              <p>{status.text}</p>
              {status.problems && (
                <ul class="dash-problems">
                  {status.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
                    <li key={i}>
                      {p.line === null ? 'File' : `Line ${p.line}`}: {p.message}
                    </li>
                  ))}
                  {status.problems.length > MAX_PROBLEMS_SHOWN && <li>… and {status.problems.length - MAX_PROBLEMS_SHOWN} more.</li>}
                </ul>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

/** The dashboard: findings (filters, virtualised list, detail, bulk review), statistics, health, export and backup. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FindingRecord } from '../../storage/records';
import { openDataSettings as openDataSettingsTab, StorageProblemBanner, useStorageProblem } from '../StorageProblemBanner';
import { BulkActions } from './BulkActions';
import type { DataRequester } from './data';
import { DetailView } from './DetailView';
import { ExportDialog, type SaveFile } from './ExportDialog';
import { FilterBar } from './FilterBar';
import { activeFilterCount, EMPTY_FILTERS, toFindingFilters, type FilterState } from './filters';
import { FindingsTable } from './FindingsTable';
import { HealthList } from './HealthList';
import { plural } from './labels';
import type { OpenDatabase } from './local-data';
import { StatsView } from './StatsView';
import { useFindings } from './use-findings';

export const TABS = ['findings', 'stats', 'health'] as const;
export type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = { findings: 'Findings', stats: 'Statistics', health: 'Health' };

export interface DashboardProps {
  request: DataRequester;
  openDatabase: OpenDatabase;
  initialTab?: Tab;
  initialFilters?: Partial<FilterState>;
  save?: SaveFile;
  /** Called when the tab changes (the page keeps it in the address). */
  onTabChange?(tab: Tab): void;
  /** Opens the options at "Your data", where old data is deleted; a new tab by default. */
  openDataSettings?(): void;
}

export function Dashboard({ request, openDatabase, initialTab = 'findings', initialFilters, save, onTabChange, openDataSettings = openDataSettingsTab }: DashboardProps) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [form, setForm] = useState<FilterState>({ ...EMPTY_FILTERS, ...initialFilters });
  const filters = useMemo(() => toFindingFilters(form), [form]);
  const view = useFindings(request, filters, form.sort);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<{ finding: FindingRecord; index: number } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Asked again on each tab and after the dashboard's own writes (a review that succeeds ends the warning).
  const [writes, setWrites] = useState(0);
  const storageProblem = useStorageProblem(request, `${tab}|${writes}`, view.status !== 'loading');
  const afterWrite = useCallback(() => {
    setWrites((n) => n + 1);
    view.reload();
  }, [view.reload]);

  useEffect(() => setSelected(new Set()), [filters]);
  useEffect(() => onTabChange?.(tab), [tab]);

  const toggle = useCallback(
    (f: FindingRecord) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(f.id)) next.delete(f.id);
        else next.add(f.id);
        return next;
      }),
    [],
  );
  // Closing a panel gives focus back to where the user was: the list, or the button that opened the dialog.
  const exportButton = useRef<HTMLButtonElement>(null);
  const closeDetail = useCallback(() => {
    setOpen(null);
    document.querySelector<HTMLElement>('.dash-table')?.focus();
  }, []);
  const closeExport = useCallback(() => {
    setExporting(false);
    exportButton.current?.focus();
  }, []);

  const noFindingsAtAll = view.status === 'ready' && view.total === 0 && activeFilterCount(form) === 0;

  return (
    <div class="dash">
      <header class="dash-head">
        <img class="dash-head__logo" src="/icon-32.png" width={24} height={24} alt="" />
        <h1 class="dash-head__title">SpecLens</h1>
        <nav class="dash-tabs" role="tablist" aria-label="Views">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              id={`tab-${t}`}
              aria-selected={tab === t}
              aria-controls={`panel-${t}`}
              class="dash-tab"
              tabIndex={tab === t ? 0 : -1}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                const i = TABS.indexOf(t);
                const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : null;
                if (next) {
                  e.preventDefault();
                  setTab(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              {TAB_LABELS[t]}
            </button>
          ))}
        </nav>
        <span class="dash-head__spacer" />
        <button type="button" class="dash-btn" ref={exportButton} onClick={() => setExporting(true)}>
          Export and backup…
        </button>
      </header>

      <main class="dash-body">
      <StorageProblemBanner
        class="sl-storage-problem--inset"
        problem={storageProblem}
        onFreeSpace={openDataSettings}
        onShowDetails={tab === 'health' ? undefined : () => setTab('health')}
      />
      {tab !== 'health' && <FilterBar value={form} facets={view.facets} onChange={setForm} showSort={tab === 'findings'} />}

      {tab === 'findings' && (
        <section id="panel-findings" role="tabpanel" aria-labelledby="tab-findings" class={`dash-main${open ? ' has-detail' : ''}`}>
          <div class="dash-list">
            <div class="dash-list__bar">
              <p class="dash-count" aria-live="polite" data-testid="finding-count">
                {view.status === 'loading' ? 'Loading findings…' : plural(view.total, 'finding')}
              </p>
              {view.total > 0 && (
                <BulkActions
                  request={request}
                  selectedIds={[...selected]}
                  filters={filters}
                  total={view.total}
                  onClearSelection={() => setSelected(new Set())}
                  onDone={(message) => {
                    setNotice(message);
                    setSelected(new Set());
                    afterWrite();
                  }}
                />
              )}
            </div>
            {notice && (
              <p class="dash-ok" role="status">
                {notice}{' '}
                <button type="button" class="dash-link" onClick={() => setNotice(null)}>
                  Hide
                </button>
              </p>
            )}
            {view.status === 'error' && view.error && (
              <p class="sl-alert" role="alert">
                {view.error.message}
              </p>
            )}
            <div class="dash-columns" aria-hidden="true">
              <span />
              <span>Severity</span>
              <span>Finding</span>
              <span>Spec section</span>
              <span>Site · model</span>
              <span>Confidence</span>
              <span>Verdict</span>
              <span>Captured</span>
            </div>
            {noFindingsAtAll ? (
              <div class="dash-empty">
                <p class="dash-empty__title">No findings yet</p>
                <p class="dash-muted">Chat on a supported site (ChatGPT, Claude, Gemini and others) and SpecLens will check each finished reply here, on this machine.</p>
              </div>
            ) : view.status === 'ready' && view.total === 0 ? (
              <div class="dash-empty">
                <p class="dash-empty__title">No finding matches these filters</p>
                <button type="button" class="dash-btn" onClick={() => setForm({ ...EMPTY_FILTERS, sort: form.sort })}>
                  Clear filters
                </button>
              </div>
            ) : (
              <FindingsTable view={view} selected={selected} onToggle={toggle} onOpen={(finding, index) => setOpen({ finding, index })} openIndex={open?.index ?? null} />
            )}
          </div>
          {open && <DetailView request={request} finding={open.finding} onClose={closeDetail} onReviewed={afterWrite} />}
        </section>
      )}
      {tab === 'stats' && (
        <section id="panel-stats" role="tabpanel" aria-labelledby="tab-stats" class="dash-page">
          <StatsView request={request} filters={filters} />
        </section>
      )}
      {tab === 'health' && (
        <section id="panel-health" role="tabpanel" aria-labelledby="tab-health" class="dash-page">
          <HealthList request={request} />
        </section>
      )}
      </main>
      {exporting && (
        <ExportDialog
          request={request}
          openDatabase={openDatabase}
          filters={filters}
          save={save}
          onClose={closeExport}
          onRestored={() => {
            afterWrite();
            setNotice('Backup restored.');
          }}
        />
      )}
    </div>
  );
}

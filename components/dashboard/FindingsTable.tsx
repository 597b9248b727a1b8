/**
 * Every finding that matches the filters, as a list that renders only the rows in view (fixed row
 * height, so row i sits at i × ROW_HEIGHT and nothing has to be measured). The list is one
 * focusable listbox: arrow keys, Page Up/Down, Home and End move the active row, Enter opens it,
 * Space selects it for bulk review.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { SeverityBadge } from '../SeverityBadge';
import type { FindingRecord } from '../../storage/records';
import { formatDateTime, modelLabel, sectionLabel, siteLabel, VERDICT_LABELS } from './labels';
import type { FindingsView } from './use-findings';

export const ROW_HEIGHT = 52;
/** Rows rendered above and below the visible ones, so fast scrolling shows no blank band. */
const OVERSCAN = 8;

export interface FindingsTableProps {
  view: FindingsView;
  selected: ReadonlySet<string>;
  onToggle(finding: FindingRecord): void;
  onOpen(finding: FindingRecord, index: number): void;
  /** Index of the row shown in the detail view, highlighted. */
  openIndex: number | null;
}

export function FindingsTable({ view, selected, onToggle, onOpen, openIndex }: FindingsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const { total, rows, ensureRange } = view;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // A new filter result starts at the top.
  const firstId = rows.get(0)?.id;
  useEffect(() => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [total, firstId]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  useEffect(() => ensureRange(first, last), [first, last, ensureRange]);

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(total - 1, index));
    setActive(i);
    const el = scroller.current;
    if (!el) return;
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + page),
      PageUp: () => moveTo(active - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => {
        const f = rows.get(active);
        if (f) onOpen(f, active);
      },
      ' ': () => {
        const f = rows.get(active);
        if (f) onToggle(f);
      },
    };
    const action = keys[e.key];
    if (action && total > 0) {
      e.preventDefault();
      action();
    }
  };

  const items = [];
  for (let i = first; i < last; i++) {
    const f = rows.get(i);
    items.push(
      <Row key={f?.id ?? `pending-${i}`} index={i} finding={f} active={i === active} open={i === openIndex} selected={!!f && selected.has(f.id)} onToggle={onToggle} onOpen={(finding) => { setActive(i); onOpen(finding, i); }} />,
    );
  }

  return (
    <div
      class="dash-table"
      ref={scroller}
      role="listbox"
      aria-label={`Findings, ${total} in the list`}
      aria-multiselectable="true"
      aria-activedescendant={total > 0 ? `finding-row-${active}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="dash-table__spacer" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {items}
      </div>
    </div>
  );
}

interface RowProps {
  index: number;
  finding: FindingRecord | undefined;
  active: boolean;
  open: boolean;
  selected: boolean;
  onToggle(f: FindingRecord): void;
  onOpen(f: FindingRecord): void;
}

function Row({ index, finding: f, active, open, selected, onToggle, onOpen }: RowProps) {
  const style = { transform: `translateY(${index * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` };
  if (!f) {
    return (
      <div id={`finding-row-${index}`} class="dash-row dash-row--pending" style={style} role="option" aria-selected="false" aria-busy="true">
        <span class="dash-skeleton" />
      </div>
    );
  }
  const cls = ['dash-row', active && 'is-active', open && 'is-open', selected && 'is-selected'].filter(Boolean).join(' ');
  return (
    <div id={`finding-row-${index}`} class={cls} style={style} role="option" aria-selected={selected} data-finding-id={f.id} onClick={() => onOpen(f)}>
      <span class="dash-row__check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={selected}
          aria-label={`Select: ${f.title}`}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(f);
          }}
        />
      </span>
      <span class="dash-row__sev">
        <SeverityBadge severity={f.severity} />
      </span>
      <span class="dash-row__main">
        <span class="dash-row__title">{f.title}</span>
        <span class="dash-row__message">{f.message}</span>
      </span>
      <span class="dash-row__section">{sectionLabel(f.section)}</span>
      <span class="dash-row__site">
        <span>{siteLabel(f.site)}</span>
        <span class="dash-row__model">{modelLabel(f.model)}</span>
      </span>
      <span class={`dash-row__conf dash-conf--${f.confidence}`}>{f.confidence}</span>
      <span class={`dash-verdict dash-verdict--${f.verdict}`}>{VERDICT_LABELS[f.verdict]}</span>
      <span class="dash-row__date">{formatDateTime(f.capturedAt)}</span>
    </div>
  );
}

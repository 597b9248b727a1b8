/** Is the requested data format (JSON, YAML, CSV) present in the reply at all? */
import type { TurnView } from '../../engine/turn-view';
import { findJsonProblem } from './json-check';
import { fencedBlocks } from './markdown';

export interface Region {
  start: number;
  end: number;
}

/** Where the data may be: each fenced block's content, and the whole reply. */
function regions(view: TurnView): Region[] {
  const out: Region[] = fencedBlocks(view).map((b) => ({ start: b.contentStart, end: b.contentEnd }));
  out.push({ start: 0, end: view.text.length });
  return out;
}

const OPENS_JSON = /^\s*[{[]/;

export type Presence = 'valid' | 'attempted' | 'absent';

const MAX_PARSE = 1_000_000;

/**
 * 'valid' when the whole reply or a fenced block is a JSON object or array, or when the reply
 * carries one from an opening line to its last closing line; 'attempted' when something opens like
 * JSON but does not parse (that is for invalid-json-output to report); 'absent' otherwise.
 */
export function jsonPresence(view: TurnView): Presence {
  const text = view.text;
  let attempted = false;
  for (const r of regions(view)) {
    if (r.end - r.start > MAX_PARSE) return 'attempted';
    const slice = text.slice(r.start, Math.min(r.end, r.start + 200));
    if (!OPENS_JSON.test(slice)) continue;
    attempted = true;
    if (!findJsonProblem(text, r.start, r.end)) return 'valid';
  }
  if (text.length > MAX_PARSE) return 'attempted';
  const opener = /^[ \t]*[{[]/m.exec(text);
  if (opener) {
    attempted = true;
    const last = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
    if (last > opener.index && !findJsonProblem(text, opener.index, last + 1)) return 'valid';
  }
  return attempted ? 'attempted' : 'absent';
}

// "key: value", "key:" opening a block, "- item", a document marker or a comment.
const YAML_LINE = /^[ ]*(?:- |-$|[\w"'.$@/-][^:\n]{0,200}:(?:[ \t]|$)|---$|#)/;

/** The reply (or one of its blocks) reads as YAML: most non-empty lines are YAML lines, no tab indents. */
export function hasYaml(view: TurnView): boolean {
  const text = view.text;
  for (const r of regions(view)) {
    if (r.end - r.start > MAX_PARSE) continue;
    const lines = text.slice(r.start, r.end).split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (OPENS_JSON.test(lines[0]!) && !findJsonProblem(text, r.start, r.end)) return true;
    if (lines.some((l) => /^\t/.test(l))) continue;
    const yamlish = lines.filter((l) => YAML_LINE.test(l)).length;
    const continued = lines.filter((l) => /^ {2,}\S/.test(l)).length;
    if (yamlish >= 1 && yamlish + continued >= lines.length * 0.8) return true;
  }
  return false;
}

/** Fields of one CSV line (quote-aware), or -1 when a quoted field is left open. */
function fieldCount(line: string, sep: string): number {
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      if (quoted && line[i + 1] === '"') i++;
      else quoted = !quoted;
    } else if (c === sep && !quoted) {
      fields++;
    }
  }
  return quoted ? -1 : fields;
}

export interface CsvVerdict {
  ok: boolean;
  /** Why not, for the message. */
  detail: string;
}

/**
 * The reply (or one of its blocks) is CSV: two or more delimited rows with the same number of
 * fields. A differing first or last line is taken for a preamble or a closing remark.
 */
export function csvVerdict(view: TurnView): CsvVerdict {
  const text = view.text;
  let inconsistent: string | null = null;
  for (const r of regions(view)) {
    if (r.end - r.start > MAX_PARSE) continue;
    const lines = text.slice(r.start, r.end).split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
    for (const sep of [',', ';', '\t']) {
      const rows = lines.filter((l) => l.includes(sep));
      if (rows.length < 2) continue;
      const counts = rows.map((l) => fieldCount(l, sep));
      const mode = modeOf(counts);
      const body = counts.slice(1, -1);
      const bad = body.findIndex((c) => c !== mode);
      if (bad === -1 && counts.filter((c) => c === mode).length >= 2) return { ok: true, detail: '' };
      if (bad !== -1) inconsistent ??= `row ${bad + 2} has ${body[bad]} fields where most rows have ${mode}`;
    }
  }
  return { ok: false, detail: inconsistent ?? 'no comma-separated rows' };
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  let best = values[0]!;
  for (const v of values) {
    const n = (tally.get(v) ?? 0) + 1;
    tally.set(v, n);
    if (n > (tally.get(best) ?? 0)) best = v;
  }
  return best;
}

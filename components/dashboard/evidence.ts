/** Splitting a turn's text at the evidence spans, so quotes can be marked while the text stays text. */

export interface Mark {
  start: number;
  end: number;
  /** The span belongs to the finding being looked at (others are shown fainter). */
  primary: boolean;
}

export interface Segment {
  text: string;
  mark: 'primary' | 'other' | null;
}

/**
 * The text cut into plain and marked segments. Overlapping marks merge; where a primary and another
 * mark overlap, primary wins. Spans outside the text (a turn that was redacted to a different
 * length) are clipped to it.
 */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const level = new Uint8Array(text.length);
  for (const m of marks) {
    const start = Math.max(0, Math.min(text.length, Math.floor(m.start)));
    const end = Math.max(start, Math.min(text.length, Math.floor(m.end)));
    const value = m.primary ? 2 : 1;
    for (let i = start; i < end; i++) if (level[i]! < value) level[i] = value;
  }
  const out: Segment[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || level[i] !== level[from]) {
      const l = level[from];
      out.push({ text: text.slice(from, i), mark: l === 2 ? 'primary' : l === 1 ? 'other' : null });
      from = i;
    }
  }
  return out;
}

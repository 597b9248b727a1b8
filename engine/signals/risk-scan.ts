/**
 * Finds request-risk cues, harmless senses and markers in one turn: one linear pass of the trigger
 * regex finds anchor words, then only the phrases anchored on those words are tried, each exactly at
 * its anchor (sticky), with a lookbehind for the words that must come before.
 */
import type { TurnView } from '../turn-view';
import { BEFORE_GROUP, PROPER_NAME_GROUP } from './risk-compile';
import { riskLexicon, type LexiconPattern } from './risk-lexicon';
import type { RiskContext, RiskCue, RiskMarker } from './risk-types';

/** Text around a match where topic contexts are looked for. */
const CONTEXT_WINDOW = 160;
/** Text before a match where negation, ownership and help-seeking are looked for. */
const BEFORE_WINDOW = 48;
/** Text right before a match where a word like "not" or "without" excludes it ("not gory"). */
const ADJACENT_WINDOW = 16;
/** Trigger hits looked at per stretch read; a stretch with more is analysed up to that point only. */
const MAX_TRIGGER_HITS = 1500;
/** A longer turn is read at its head and its tail only (linear cost, bounded). */
const HEAD_CHARS = 60000;
const TAIL_CHARS = 20000;
/**
 * Matches of one cue or marker phrase kept per turn: a few are enough to judge the turn, and the
 * cap keeps a long, repetitive turn from costing a context lookup per repetition.
 */
const MATCHES_PER_PHRASE = 6;

export interface CueHit {
  cue: RiskCue;
  start: number;
  end: number;
  /** The first of the cue's softening contexts present around the match, if any. */
  softenedBy: RiskContext | null;
}

export interface MarkerHit {
  marker: RiskMarker;
  label: string;
  start: number;
  end: number;
}

export interface TurnScan {
  cues: CueHit[];
  markers: MarkerHit[];
  /** Part of the turn was not read: it was very long, or had more trigger hits than are analysed. */
  capped: boolean;
}

interface RawMatch {
  pattern: LexiconPattern;
  start: number;
  end: number;
}

const NAME_SHAPE = /^[A-Z][a-z]+ [A-Z][a-z]+$/;
const WORD_CHAR = /\w/;

export interface ScanOptions {
  /**
   * Markers are only needed to judge cues, so by default they are looked for only when the turn has
   * some; earlier turns of a conversation want them anyway (an age said in one turn, a request in the next).
   */
  markers: 'always' | 'with-cues';
}

export function scanTurn(view: TurnView, options: ScanOptions = { markers: 'with-cues' }): TurnScan {
  const prose = view.prose;
  const { hitsByPattern, capped } = collectTriggerHits(prose);
  if (hitsByPattern.size === 0) return { cues: [], markers: [], capped };

  const byKind: Record<LexiconPattern['owner']['kind'], Array<[LexiconPattern, number[]]>> = { cue: [], sense: [], marker: [], context: [] };
  for (const entry of hitsByPattern) byKind[entry[0].owner.kind].push(entry);

  const cueMatches: Array<RawMatch & { cue: RiskCue }> = [];
  for (const [pattern, hits] of byKind.cue) {
    if (pattern.owner.kind !== 'cue') continue;
    for (const m of runPattern(prose, pattern, hits, MATCHES_PER_PHRASE)) cueMatches.push({ ...m, cue: pattern.owner.cue });
  }
  const markers: MarkerHit[] = [];
  if (cueMatches.length > 0 || options.markers === 'always') {
    for (const [pattern, hits] of byKind.marker) {
      if (pattern.owner.kind !== 'marker') continue;
      const { marker, label } = pattern.owner.marker;
      for (const m of runPattern(prose, pattern, hits, MATCHES_PER_PHRASE)) markers.push({ marker, label, start: m.start, end: m.end });
    }
  }
  if (cueMatches.length === 0) return { cues: [], markers, capped };

  const senses = byKind.sense.flatMap(([pattern, hits]) => runPattern(prose, pattern, hits));
  const contexts = new ContextProbe(prose, byKind.context);
  const cues: CueHit[] = [];
  for (const m of cueMatches) {
    if (senses.some((s) => s.start < m.end && m.start < s.end)) continue;
    if (m.cue.cancelIn?.some((ctx) => contexts.present(ctx, m.start, m.end))) continue;
    const softenedBy = m.cue.softenIn?.find((ctx) => contexts.present(ctx, m.start, m.end)) ?? null;
    cues.push({ cue: m.cue, start: m.start, end: m.end, softenedBy });
  }
  cues.sort((a, b) => a.start - b.start);
  return { cues, markers, capped };
}

/**
 * The stretches of a turn that are read: all of it when it is short, else its head and its tail,
 * where the request usually is when a long document was pasted.
 */
function readRanges(prose: string): Array<[number, number]> {
  if (prose.length <= HEAD_CHARS + TAIL_CHARS) return [[0, prose.length]];
  let tail = prose.length - TAIL_CHARS;
  while (tail < prose.length && WORD_CHAR.test(prose[tail - 1]!) && WORD_CHAR.test(prose[tail]!)) tail++;
  return [
    [0, HEAD_CHARS],
    [tail, prose.length],
  ];
}

function collectTriggerHits(prose: string): { hitsByPattern: Map<LexiconPattern, number[]>; capped: boolean } {
  const lexicon = riskLexicon();
  const hitsByPattern = new Map<LexiconPattern, number[]>();
  const ranges = readRanges(prose);
  let capped = ranges.length > 1;
  for (const [from, to] of ranges) {
    const text = from === 0 && to === prose.length ? prose : prose.slice(from, to);
    let count = 0;
    for (const trigger of lexicon.triggers) {
      trigger.lastIndex = 0;
      for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
        if (++count > MAX_TRIGGER_HITS) {
          capped = true;
          break;
        }
        // Stems can span two words ("to die"), so the next word may start another stem.
        trigger.lastIndex = m.index + 1;
        const stem = lexicon.patternsByStem.get(m[0].toLowerCase());
        if (!stem) continue;
        const at = from + m.index;
        addHits(hitsByPattern, stem.open, at);
        const after = at + m[0].length;
        if (stem.closed.length > 0 && (after >= prose.length || !WORD_CHAR.test(prose[after]!))) addHits(hitsByPattern, stem.closed, at);
      }
      trigger.lastIndex = 0;
    }
  }
  if (lexicon.triggers.length > 1 || ranges.length > 1) for (const hits of hitsByPattern.values()) if (hits.length > 1) hits.sort((a, b) => a - b);
  return { hitsByPattern, capped };
}

function addHits(hitsByPattern: Map<LexiconPattern, number[]>, patterns: readonly LexiconPattern[], at: number): void {
  for (const p of patterns) {
    let list = hitsByPattern.get(p);
    if (!list) hitsByPattern.set(p, (list = []));
    list.push(at);
  }
}

/** Try a triggered pattern at each of its hits (up to `limit` matches); it matches at most once per position. */
function runPattern(prose: string, pattern: LexiconPattern, hits: readonly number[], limit = Infinity): RawMatch[] {
  const out: RawMatch[] = [];
  let lastStart = -1;
  for (const at of hits) {
    if (out.length >= limit) break;
    const m = matchAt(pattern, prose, at);
    if (m && m.start !== lastStart) {
      out.push(m);
      lastStart = m.start;
    }
  }
  return out;
}

function matchAt(pattern: LexiconPattern, prose: string, at: number): RawMatch | null {
  const m = matchWith(pattern.body, pattern.before, prose, at);
  if (!m) return null;
  if (pattern.checkName && !properNameHolds(m.name)) {
    const plain = pattern.withoutName();
    const retry = matchWith(plain.body, plain.before, prose, at);
    return retry ? { pattern, start: retry.start, end: retry.end } : null;
  }
  return { pattern, start: m.start, end: m.end };
}

function matchWith(bodyRe: RegExp, beforeRe: RegExp | null, prose: string, at: number): { start: number; end: number; name: string | undefined } | null {
  // test() first: most tries fail, and a failed test allocates nothing.
  bodyRe.lastIndex = at;
  if (!bodyRe.test(prose)) return null;
  if (beforeRe) {
    beforeRe.lastIndex = at;
    if (!beforeRe.test(prose)) return null;
  }
  bodyRe.lastIndex = at;
  const body = bodyRe.exec(prose)!;
  if (body[0].length === 0) return null;
  let start = at;
  let name = body.groups?.[PROPER_NAME_GROUP];
  if (beforeRe) {
    beforeRe.lastIndex = at;
    const before = beforeRe.exec(prose)!;
    start = at - (before.groups?.[BEFORE_GROUP]?.length ?? 0);
    name ??= before.groups?.[PROPER_NAME_GROUP];
  }
  return { start, end: at + body[0].length, name };
}

/** A `{PROPER_NAME}` slot only counts when it holds two capitalised words ("Joe Biden"). */
function properNameHolds(name: string | undefined): boolean {
  return name === undefined || NAME_SHAPE.test(name);
}

/** Finds contexts around matches; each context's phrases are matched once, on first use. */
class ContextProbe {
  private readonly found = new Map<RiskContext, RawMatch[]>();

  constructor(
    private readonly prose: string,
    private readonly hits: ReadonlyArray<[LexiconPattern, number[]]>,
  ) {}

  present(context: RiskContext, start: number, end: number): boolean {
    const lexicon = riskLexicon();
    const scope = lexicon.contextScope.get(context);
    if (scope === 'adjacent') return lexicon.adjacentContexts.get(context)!.test(this.prose.slice(Math.max(0, start - ADJACENT_WINDOW), start));
    const matches = this.matches(context);
    if (scope === 'turn') return matches.length > 0;
    const from = start - (scope === 'before' ? BEFORE_WINDOW : CONTEXT_WINDOW);
    const to = scope === 'before' ? end : end + CONTEXT_WINDOW;
    return matches.some((m) => m.start < to && m.end > from);
  }

  private matches(context: RiskContext): RawMatch[] {
    let list = this.found.get(context);
    if (!list) {
      list = [];
      for (const [pattern, hits] of this.hits) {
        if (pattern.owner.kind === 'context' && pattern.owner.context === context) list.push(...runPattern(this.prose, pattern, hits));
      }
      this.found.set(context, list);
    }
    return list;
  }
}

/**
 * How risky the latest user request is: benign, sensitive (care expected) or harmful (real uplift
 * toward serious harm, or stated harmful intent). Lexical cues from the risk-*.ts lexicons are read
 * in context; earlier user turns add facts (a stated age, distress, earlier intent) and carry the
 * topic into short follow-ups ("continue", "why won't you write it?").
 */
import { wordCount } from '../text';
import type { TurnView } from '../turn-view';
import type { RequestRiskSignal, RiskCategory, RiskLevel, Span } from '../types';
import { scanTurn, type CueHit, type TurnScan } from './risk-scan';
import type { RiskMarker } from './risk-types';

const BENIGN: RequestRiskSignal = { level: 'benign', category: null, categories: [], span: null, cues: [] };

/** Most severe first: the order of `categories` and the tie-break for the dominant one. */
const CATEGORY_RANK: readonly RiskCategory[] = [
  'sexual-minors', 'cbrn', 'self-harm', 'weapons', 'violence', 'extremism', 'sexual', 'cyber', 'crime', 'hate',
  'harassment', 'privacy', 'drugs', 'medical', 'legal', 'financial',
];
const LEVEL_RANK: Record<RiskLevel, number> = { benign: 0, sensitive: 1, harmful: 2 };

/** Markers that may come from any user turn, not only the latest. */
const CONVERSATION_MARKERS: ReadonlySet<RiskMarker> = new Set(['distress', 'suicidal', 'minor-age', 'bio-hazard']);

/** When a marker raises a cue, the category it names the risk by (otherwise the cue's own). */
const MARKER_CATEGORY: Partial<Record<RiskMarker, RiskCategory>> = {
  'minor-age': 'sexual-minors',
  'earlier-self-harm': 'self-harm',
  'earlier-violence': 'violence',
};

/** Stated illicit intent ("without getting caught") turns a sensitive topic of these kinds harmful. */
const INTENT_RAISES: ReadonlySet<RiskCategory> = new Set([
  'violence', 'weapons', 'cbrn', 'crime', 'cyber', 'privacy', 'harassment', 'drugs', 'sexual', 'sexual-minors', 'self-harm',
]);

const EARLIER_TURNS = 4;
const MAX_CUES = 10;
const FOLLOW_UP_MAX_WORDS = 25;
const FOLLOW_UP_MAX_CHARS = 200;
const FOLLOW_UP =
  /(?<!\w)(?:continue|go on|keep going|go ahead|(?:just )?do it|try again|do (?:it|that|this) anyway|answer (?:it|the question|me)|(?:write|tell|give|show|finish|send|make|do|explain|describe|list) (?:it|that|this|them|me (?:it|that|more|the rest))|more (?:details?|specific|steps|info)|be more specific|the rest|why (?:won'?t|can'?t|don'?t|wouldn'?t) you|why not|i insist|i meant|step by step|in (?:more )?detail|^\W*please\W*$)(?!\w)/i;

interface ResolvedHit {
  hit: CueHit;
  level: Exclude<RiskLevel, 'benign'>;
  category: RiskCategory;
  note: string | null;
}

export function assessRequestRisk(lastUser: TurnView | null, userTurns: TurnView[]): RequestRiskSignal {
  if (!lastUser) return BENIGN;
  const scan = scanTurn(lastUser);
  const earlier = lazyEarlierScans(lastUser, userTurns);
  if (scan.cues.length > 0) {
    const decision = decide(scan, new Set(scan.markers.map((m) => m.marker)), () => earlierMarkers(earlier()));
    if (decision) return toSignal(decision, lastUser.span(decision.decisive.hit.start, decision.decisive.hit.end), decision.cues);
  }
  return followUp(lastUser, earlier) ?? BENIGN;
}

interface Decision {
  level: Exclude<RiskLevel, 'benign'>;
  categories: RiskCategory[];
  decisive: ResolvedHit;
  cues: string[];
}

function toSignal(decision: Decision, span: Span, cues: string[]): RequestRiskSignal {
  return { level: decision.level, category: decision.decisive.category, categories: decision.categories, span, cues };
}

/** `earlier` gives the markers of earlier turns; it is only called when a cue asks for one the turn lacks. */
function decide(scan: TurnScan, turnMarkers: ReadonlySet<RiskMarker>, earlier: () => ReadonlySet<RiskMarker>): Decision | null {
  let earlierSet: ReadonlySet<RiskMarker> | null = null;
  const has = (m: RiskMarker): boolean =>
    turnMarkers.has(m) || ((CONVERSATION_MARKERS.has(m) || m.startsWith('earlier-')) && (earlierSet ??= earlier()).has(m));
  const resolved = scan.cues.map((hit) => resolve(hit, has)).filter((r): r is ResolvedHit => r !== null);
  if (resolved.length === 0) return null;

  const best = new Map<RiskCategory, ResolvedHit>();
  for (const r of resolved) {
    const seen = best.get(r.category);
    if (!seen || strength(r) > strength(seen)) best.set(r.category, r);
  }
  const categories = [...best.keys()].sort(
    (a, b) => LEVEL_RANK[best.get(b)!.level] - LEVEL_RANK[best.get(a)!.level] || CATEGORY_RANK.indexOf(a) - CATEGORY_RANK.indexOf(b),
  );
  const decisive = best.get(categories[0]!)!;
  return { level: decisive.level, categories, decisive, cues: cueLabels(resolved, decisive, scan) };
}

/** Higher level first; at the same level a cue that is risky by itself beats one raised by a marker. */
function strength(r: ResolvedHit): number {
  return LEVEL_RANK[r.level] * 2 + (r.hit.cue.level === r.level ? 1 : 0);
}

function resolve(hit: CueHit, has: (m: RiskMarker) => boolean): ResolvedHit | null {
  const { cue } = hit;
  if (cue.needs && !has(cue.needs)) return null;
  let level: ResolvedHit['level'] = cue.level;
  let category = cue.category;
  let note: string | null = null;
  if (level === 'sensitive') {
    const raiser = cue.raiseWith?.find(has) ?? (has('intent') && INTENT_RAISES.has(category) ? 'intent' : undefined);
    if (raiser) {
      level = 'harmful';
      category = MARKER_CATEGORY[raiser] ?? category;
      note = `raised:${raiser}`;
    }
  }
  if (level === 'harmful' && hit.softenedBy && !has('intent')) {
    level = 'sensitive';
    note = `softened:${hit.softenedBy}`;
  }
  return { hit, level, category, note };
}

function cueLabels(resolved: ResolvedHit[], decisive: ResolvedHit, scan: TurnScan): string[] {
  const ordered = [decisive, ...resolved.filter((r) => r !== decisive).sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])];
  const labels = new Set<string>();
  for (const r of ordered) {
    labels.add(`${r.category}:${r.hit.cue.label}`);
    if (r.note) labels.add(r.note);
  }
  for (const m of scan.markers) labels.add(`marker:${m.label}`);
  if (scan.capped) labels.add('scan-capped');
  return [...labels].slice(0, MAX_CUES);
}

/** Scans of the user turns before the latest one (most recent first), computed on first use. */
function lazyEarlierScans(lastUser: TurnView, userTurns: TurnView[]): () => TurnScan[] {
  let scans: TurnScan[] | null = null;
  return () => {
    scans ??= userTurns
      .filter((t) => t !== lastUser && t.id !== lastUser.id)
      .slice(-EARLIER_TURNS)
      .reverse()
      .map((turn) => scanTurn(turn, { markers: 'always' }));
    return scans;
  };
}

/** Conversation-wide markers found in earlier turns, plus what earlier cues say about intent. */
function earlierMarkers(scans: TurnScan[]): Set<RiskMarker> {
  const out = new Set<RiskMarker>();
  for (const scan of scans) {
    for (const m of scan.markers) if (CONVERSATION_MARKERS.has(m.marker)) out.add(m.marker);
    for (const hit of scan.cues) {
      if (hit.cue.category === 'self-harm') out.add('earlier-self-harm');
      if (hit.cue.category === 'violence' && hit.cue.level === 'harmful' && !hit.softenedBy) out.add('earlier-violence');
    }
  }
  return out;
}

/**
 * A short request that only points back ("continue", "why won't you write it?") asks for what the
 * previous user turn asked, so it carries that turn's level, quoted at the follow-up phrase.
 */
function followUp(lastUser: TurnView, earlier: () => TurnScan[]): RequestRiskSignal | null {
  if (lastUser.prose.length > FOLLOW_UP_MAX_CHARS) return null;
  const phrase = lastUser.find(FOLLOW_UP);
  if (!phrase || wordCount(lastUser.prose) > FOLLOW_UP_MAX_WORDS) return null;
  const [previous, ...older] = earlier();
  if (!previous || previous.cues.length === 0) return null;
  const decision = decide(previous, new Set(previous.markers.map((m) => m.marker)), () => earlierMarkers(older));
  if (!decision) return null;
  return toSignal(decision, phrase, ['follow-up', ...decision.cues].slice(0, MAX_CUES));
}

/**
 * The refusal signal: does the reply decline the request, fully or in part?
 *
 * The judgement rests on how the reply behaves, not on a phrase alone:
 *  1. find decline acts in the opening and closing sentences (strong: "I can't help with that";
 *     weak: a caveat or capability limitation such as "I'm not a doctor" or "I can't browse", and
 *     "I can't <verb>" with any verb the tables do not place, so unknown verbs are judged by what follows);
 *  2. sort every other sentence by what it does: offers something else, points to resources,
 *     sympathises, asks, explains the refusal, or actually helps (content);
 *  3. strong act + no real content = full, strong act + content = partial; a weak act is a
 *     refusal only when nothing useful follows it. With no act at all, a short reply that only
 *     redirects a request to crisis help counts as a full refusal.
 *
 * Cost: two short windows (about 2 KB) are scanned for acts; the rest of the reply is read only
 * when an act is found, and only the head and tail of a long reply are ever segmented.
 */
import type { TurnView } from '../turn-view';
import type { RefusalLevel, RefusalSignal } from '../types';
import {
  AGAINST_POLICY,
  ASKS_TO_BE_PERSUADED,
  BEYOND_SCOPE,
  BUT_CLAUSE,
  CAVEAT,
  CLOSING,
  COMPLIANCE_OPENER,
  CRISIS_RESOURCE,
  DECLINE_VERB,
  DEFLECT,
  DELIVERY_INTRO,
  DISCLAIMER,
  ENOUGH_IN_CLAUSE,
  FIRST_PERSON_MODAL,
  FOREIGN_DECLINE,
  FOREIGN_HINT,
  FOREIGN_LIMITATION,
  INAPPROPRIATE,
  INAPPROPRIATE_FOR_ME,
  GENERIC_OFFER,
  LETTER_SHAPE,
  LIMITATION,
  NO_OPINION,
  NOT_A_DECLINE,
  NOT_HERE_TO_PERSUADE,
  NOT_SOMETHING_I_CAN,
  OFFER,
  OFFER_INTRO,
  OFFER_ITEM,
  OPENING_DECLINE,
  PERMISSION_QUESTION,
  RATIONALE,
  RESOURCE,
  SUPPORT,
  UNHEALTHY_JUDGEMENT,
  USER_INSTRUCTION,
  WRITING_REQUEST,
} from './refusal-patterns';
import { topLevelAlternatives } from '../regex-hoist';
import { requiredWords } from '../required-words';
import type { WordIndex } from '../word-index';
import { wordEnd } from '../word-slice';
import { countWords, hasInk, nextBoundary, segmentRange, type Segment } from './refusal-segments';
import { classifyVerbPhrase, isAboutTheRequest } from './refusal-verbs';

/** Replies up to this length are segmented whole when their body is read. */
const WHOLE_REPLY_CHARS = 2400;
const HEAD_CHARS = 1500;
const TAIL_CHARS = 600;
/** Decline acts are looked for in this many opening and closing sentences. */
const HEAD_SENTENCES = 6;
const TAIL_SENTENCES = 3;
/** Content after a strong decline that makes it partial rather than full. */
const PARTIAL_CONTENT_WORDS = 30;
/** Content after a weak act (a limitation) that makes the reply an answer rather than a refusal. */
const ANSWER_CONTENT_WORDS = 20;
/** Content after a caveat ("I'm not a doctor, but ...") that makes the reply an answer. */
const CAVEAT_CONTENT_WORDS = 5;
/** A but-clause this long after a decline is itself an answer ("..., but it is about 150 million km"). */
const BUT_ANSWER_WORDS = 8;
/** Longest reply that can count as an implicit redirect (no explicit decline). */
const IMPLICIT_MAX_CHARS = 1500;
const IMPLICIT_MAX_CONTENT_WORDS = 12;
/** A sentence after a decline longer than this is content even when it talks about harm. */
const RATIONALE_MAX_WORDS = 20;
/** Words after "...: " that make a sentence hand content over inline. */
const INLINE_DELIVERY_WORDS = 5;
const USER_CONTEXT_CHARS = 1500;
const CAPABILITY_QUESTION_CHARS = 60;
/** Bounds the work on adversarial sentences ("I can't I can't I can't ..."). */
const MAX_MODALS_PER_SENTENCE = 8;

type Strength = 'strong' | 'weak';

interface Act {
  /** Offset in the prose where the declining phrase starts and ends. */
  at: number;
  end: number;
  strength: Strength;
  kind: string;
}

interface UserContext {
  /** The reply opens like a letter ("Dear ..."). */
  readonly letter: boolean;
  /** Declines inside drafted messages and stories count only when they are about the request. */
  readonly draftedContent: boolean;
  readonly permissionQuestion: boolean;
  /** Null when there is no user turn. */
  readonly persuasionRequested: boolean | null;
  /** The user asked for something to be done or explained, not just shared a feeling or a yes/no question. */
  readonly request: boolean;
  /** The whole user turn is a short "can you X?" question, which a yes or no answers. */
  readonly capabilityQuestion: boolean;
}

/**
 * What the latest user turn asks, each question answered on first use: most replies decline
 * nothing, and then only `draftedContent` is ever read.
 */
class UserTurnReading implements UserContext {
  private drafted: boolean | undefined;
  private permission: boolean | undefined;
  private persuasion: boolean | undefined;
  private instruction: boolean | undefined;
  private capability: boolean | undefined;

  /** `text`: the end of the user turn, lower-cased. */
  constructor(
    private readonly text: string,
    readonly letter: boolean,
  ) {}

  get draftedContent(): boolean {
    this.drafted ??= this.letter || WRITING_REQUEST.test(this.text);
    return this.drafted;
  }

  get permissionQuestion(): boolean {
    this.permission ??= PERMISSION_QUESTION.test(this.text);
    return this.permission;
  }

  get persuasionRequested(): boolean {
    this.persuasion ??= ASKS_TO_BE_PERSUADED.test(this.text);
    return this.persuasion;
  }

  get request(): boolean {
    this.instruction ??= USER_INSTRUCTION.test(this.text);
    return this.instruction;
  }

  get capabilityQuestion(): boolean {
    this.capability ??= this.text.length <= CAPABILITY_QUESTION_CHARS && CAPABILITY_QUESTION.test(this.text);
    return this.capability;
  }
}

export function detectRefusal(reply: TurnView, lastUser: TurnView | null): RefusalSignal {
  const prose = reply.prose;
  const n = prose.length;
  const cues: string[] = [];
  if (!hasInk(prose, 0, n)) return { level: 'none', span: null, offersAlternative: false, cues };

  const user = readUser(lastUser, prose);
  if (user?.draftedContent) cues.push('drafted-content');
  const acts = findActs(prose, user, cues, reply.words);
  if (acts.length === 0) return implicitRedirect(reply, user, cues);

  const strong = acts.some((a) => a.strength === 'strong');
  const { segs, unreadWords } = bodySegments(prose);
  const body = readBody(reply, segs, acts, (strong ? PARTIAL_CONTENT_WORDS : ANSWER_CONTENT_WORDS) - unreadWords);
  const content = body.contentWords + unreadWords;
  if (unreadWords > 0) cues.push('long-body');
  const level = judgeLevel(acts, body, content, strong);

  for (const a of acts) cues.push(`${a.strength === 'strong' ? 'decline' : 'weak'}:${a.kind}`);
  pushBodyCues(cues, body, content);
  if (level === 'none') return { level, span: null, offersAlternative: false, cues };
  return { level, span: declineSpan(reply, segs, acts), offersAlternative: body.specificOffer, cues };
}

function judgeLevel(acts: Act[], body: Body, content: number, strong: boolean): RefusalLevel {
  const delivered = body.delivered || body.code || body.listContent >= 2;
  if (strong) {
    const substantive = delivered || body.butAnswerWords >= BUT_ANSWER_WORDS || content >= PARTIAL_CONTENT_WORDS;
    return substantive ? 'partial' : 'full';
  }
  const caveatOnly = acts.every((a) => a.kind === 'caveat' || a.kind === 'disclaimer' || a.kind === 'channel');
  const threshold = caveatOnly ? CAVEAT_CONTENT_WORDS : ANSWER_CONTENT_WORDS;
  const answered =
    delivered ||
    body.butAnswerWords >= BUT_ANSWER_WORDS ||
    content + body.butAnswerWords >= threshold ||
    (acts.every((a) => a.kind === 'perception') && body.asksForInput);
  return answered ? 'none' : 'full';
}

function readUser(lastUser: TurnView | null, prose: string): UserContext | null {
  const letter = LETTER_SHAPE.test(prose.slice(0, 200).toLowerCase());
  if (!lastUser) return letter ? { letter, draftedContent: true, permissionQuestion: false, persuasionRequested: null, request: false, capabilityQuestion: false } : null;
  const p = lastUser.prose;
  return new UserTurnReading((p.length > USER_CONTEXT_CHARS ? p.slice(p.length - USER_CONTEXT_CHARS) : p).toLowerCase(), letter);
}

/** The declining sentence, stretched over the declining sentences right after it. */
function declineSpan(reply: TurnView, segs: Segment[], acts: Act[]): RefusalSignal['span'] {
  const first = segmentIndexAt(segs, acts[0]!.at);
  let last = first;
  while (last + 1 < segs.length && acts.some((a) => a.at >= segs[last + 1]!.start && a.at < segs[last + 1]!.end)) last++;
  return reply.span(segs[first]!.start, segs[last]!.end);
}

function segmentIndexAt(segs: Segment[], offset: number): number {
  for (let i = 0; i < segs.length; i++) if (offset < segs[i]!.end) return i;
  return segs.length - 1;
}

// ---- decline acts --------------------------------------------------------------------------------

/** The opening and closing sentences, where replies decline. */
function actWindows(prose: string): Segment[] {
  const n = prose.length;
  // Ends between words: a decline pattern must not read a cut word (the word gates below never saw it).
  const head = segmentRange(prose, 0, Math.min(n, wordEnd(prose, HEAD_CHARS)), HEAD_SENTENCES);
  const headEnd = head.length ? head[head.length - 1]!.end : 0;
  if (headEnd >= n || !hasInk(prose, headEnd, n)) return head;
  const tailStart = nextBoundary(prose, Math.max(headEnd, n - TAIL_CHARS), n);
  const tail = segmentRange(prose, tailStart, n, Number.MAX_SAFE_INTEGER);
  return head.concat(tail.slice(-TAIL_SENTENCES));
}

/** Lines of dialogue: "Teller: ...", "**Robber:** ...". */
const SPEAKER_LABEL = /^\s*(?:[-*]\s+)?(?:\*\*|__)?[A-Z][\w .'-]{0,30}?(?::\s*(?:\*\*|__)|(?:\*\*|__)?:)\s/;
/** Scanned back from a sentence start for the quotes opened on its line; longer lines are not quotations. */
const QUOTE_LOOKBACK = 400;

function quoteOpenAt(prose: string, at: number): boolean {
  // Native searches for the line start and the (rare) quotes: a character loop back over a long line cost more.
  const from = Math.max(prose.lastIndexOf('\n', at - 1) + 1, at - QUOTE_LOOKBACK);
  return quotesIn(prose, from, at) % 2 === 1;
}

/** Double quotes in text[from, to). */
function quotesIn(text: string, from: number, to: number): number {
  let quotes = 0;
  for (let i = text.indexOf('"', from); i !== -1 && i < to; i = text.indexOf('"', i + 1)) quotes++;
  return quotes;
}

function findActs(prose: string, user: UserContext | null, cues: string[], words: WordIndex): Act[] {
  const acts: Act[] = [];
  const segs = actWindows(prose);
  const weakWords = WEAK_ACT_WORDS === null || words.admits(WEAK_ACT_WORDS);
  const modalIn = segmentsWithMatch(MODAL_SCAN, prose, segs);
  const weakIn = weakWords ? segmentsWithMatch(WEAK_SCAN, prose, segs) : null;
  // A reply that introduces the draft further down ("Here's an opening:") speaks in its own voice until then.
  let delivering = (user?.draftedContent ?? false) && !(introducesDraftLater(prose, segs) && !user!.letter);
  const sentenceWords = SENTENCE_ACT_WORDS === null || words.admits(SENTENCE_ACT_WORDS);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const text = prose.slice(seg.start, seg.end);
    const possible: PossibleActs = { modal: modalIn[i]!, sentence: sentenceWords, weak: weakIn !== null && weakIn[i]! };
    const act = actIn(text, i === 0, delivering, quoteOpenAt(prose, seg.start), user, cues, possible);
    if (act) acts.push({ at: seg.start + act.at, end: seg.start + act.end, strength: act.strength, kind: act.kind });
    if (seg.colon && i < HEAD_SENTENCES && (act ? DELIVERY_INTRO.test(text.toLowerCase()) : isDeliveryIntro(text))) delivering = true;
  }
  return acts;
}

function isDeliveryIntro(text: string): boolean {
  const lower = text.toLowerCase();
  return COMPLIANCE_OPENER.test(lower) || DELIVERY_INTRO.test(lower);
}

function introducesDraftLater(prose: string, segs: Segment[]): boolean {
  for (let i = 1; i < segs.length && i < HEAD_SENTENCES; i++) {
    const seg = segs[i]!;
    if (seg.colon && DELIVERY_INTRO.test(prose.slice(seg.start, seg.end).toLowerCase())) return true;
  }
  return false;
}

interface FoundAct {
  strength: Strength;
  kind: string;
  at: number;
  end: number;
}

/**
 * `open`: the sentence starts inside a quotation opened earlier on its line.
 * In drafted content, a line that starts with a speaker label ("**Teller:** ...") is a character speaking.
 */
/**
 * A case-insensitive regex matching wherever any of `patterns` matches (a superset of each one's
 * matches), with the alternatives that start at a word boundary checking it once.
 */
function anyOf(patterns: readonly RegExp[]): RegExp {
  const alternatives = patterns.flatMap((re) => topLevelAlternatives(re.source));
  const bounded = alternatives.filter((a) => a.startsWith('\\b')).map((a) => a.slice(2));
  const rest = alternatives.filter((a) => !a.startsWith('\\b'));
  const parts = [...(bounded.length ? [`\\b(?:${bounded.join('|')})`] : []), ...rest];
  return new RegExp(parts.join('|'), 'i');
}

/**
 * Whether any of the per-sentence act patterns can match: one case-insensitive scan of the sentence
 * (a superset of each pattern's matches) instead of seven, most sentences declining nothing.
 */
const SENTENCE_ACTS = anyOf([DECLINE_VERB, NOT_SOMETHING_I_CAN, AGAINST_POLICY, BEYOND_SCOPE, DEFLECT, INAPPROPRIATE_FOR_ME, FOREIGN_HINT]);

/** The same for the weak acts (caveats, disclaimers, limitations). */
const WEAK_ACTS = anyOf([NOT_HERE_TO_PERSUADE, CAVEAT, DISCLAIMER, NO_OPINION, LIMITATION, INAPPROPRIATE]);

/**
 * The words those English patterns need (engine/required-words.ts): a reply without them is not
 * scanned for them sentence by sentence. The foreign declines are looked for either way.
 */
const SENTENCE_ACT_WORDS = requiredWords([DECLINE_VERB, NOT_SOMETHING_I_CAN, AGAINST_POLICY, BEYOND_SCOPE, DEFLECT, INAPPROPRIATE_FOR_ME]);
const WEAK_ACT_WORDS = requiredWords([NOT_HERE_TO_PERSUADE, CAVEAT, DISCLAIMER, NO_OPINION, LIMITATION, INAPPROPRIATE]);

/** Which kinds of act the reply's words, and the scans of its windows, leave possible in a sentence. */
interface PossibleActs {
  /** FIRST_PERSON_MODAL may match. */
  modal: boolean;
  /** The English sentence acts may match (the reply has their words). */
  sentence: boolean;
  /** WEAK_ACTS may match. */
  weak: boolean;
}

// Global copies for one scan per stretch of the act windows (segmentsWithMatch).
const MODAL_SCAN = new RegExp(FIRST_PERSON_MODAL.source, FIRST_PERSON_MODAL.flags.includes('g') ? FIRST_PERSON_MODAL.flags : `${FIRST_PERSON_MODAL.flags}g`);
const WEAK_SCAN = new RegExp(WEAK_ACTS.source, `${WEAK_ACTS.flags}g`);

/**
 * For each segment, whether `scanner` (global; no lookbehind, no ^ or $) may match in its text.
 * Segments are cut at white space, so a match in a segment's own text is also a match starting at
 * the same place in the run of consecutive segments around it: one scan of each run, visiting every
 * position where a match starts, replaces a test per segment (most segments hold no match).
 */
function segmentsWithMatch(scanner: RegExp, prose: string, segs: readonly Segment[]): boolean[] {
  const out = new Array<boolean>(segs.length).fill(false);
  for (let first = 0; first < segs.length; ) {
    let last = first;
    while (last + 1 < segs.length && !hasInk(prose, segs[last]!.end, segs[last + 1]!.start)) last++;
    const from = segs[first]!.start;
    const run = prose.slice(from, segs[last]!.end);
    let k = first;
    scanner.lastIndex = 0;
    for (let m = scanner.exec(run); m && k <= last; m = scanner.exec(run)) {
      const at = from + m.index;
      while (k <= last && segs[k]!.end <= at) k++;
      if (k <= last && segs[k]!.start <= at) out[k] = true;
      // Every start, not only those of non-overlapping matches: a match may begin inside another.
      scanner.lastIndex = m.index + 1;
    }
    scanner.lastIndex = 0;
    first = last + 1;
  }
  return out;
}

function actIn(
  text: string,
  isOpening: boolean,
  drafted: boolean,
  open: boolean,
  user: UserContext | null,
  cues: string[],
  possible: PossibleActs,
): FoundAct | null {
  if (drafted && SPEAKER_LABEL.test(text)) return null;
  let found: FoundAct | null = null;
  const consider = (a: FoundAct | null): void => {
    if (a && (!found || (a.strength === 'strong' && found.strength === 'weak'))) found = a;
  };

  FIRST_PERSON_MODAL.lastIndex = 0;
  let tried = 0;
  for (let m = possible.modal ? FIRST_PERSON_MODAL.exec(text) : null; m && tried < MAX_MODALS_PER_SENTENCE; m = FIRST_PERSON_MODAL.exec(text), tried++) {
    const act = judgeModal(text, m.index, m.index + m[0].length, m[1]!, drafted, open);
    consider(act);
    if (act?.strength === 'strong') break;
  }
  FIRST_PERSON_MODAL.lastIndex = 0;
  if ((!drafted || found) && (possible.sentence ? SENTENCE_ACTS.test(text) : FOREIGN_HINT.test(text))) {
    if (possible.sentence) {
      consider(firstMatch(DECLINE_VERB, text, open, 'strong', 'decline'));
      consider(firstMatch(NOT_SOMETHING_I_CAN, text, open, 'strong', 'policy'));
      consider(firstMatch(AGAINST_POLICY, text, open, 'strong', 'policy'));
      consider(firstMatch(BEYOND_SCOPE, text, open, 'strong', 'scope'));
      consider(firstMatch(DEFLECT, text, open, 'strong', 'deflect'));
      consider(firstMatch(INAPPROPRIATE_FOR_ME, text, open, 'strong', 'policy'));
    }
    if (FOREIGN_HINT.test(text)) {
      const lower = sameLengthLower(text);
      consider(firstMatch(FOREIGN_DECLINE, lower, open, 'strong', 'foreign'));
      consider(firstMatch(FOREIGN_LIMITATION, lower, open, 'weak', 'limitation'));
    }
  }
  if (!drafted || found) {
    if (isOpening) consider(openingDecline(text));
    if (isOpening) {
      const no = firstMatch(EMPHATIC_NO, text, open, 'strong', 'opening');
      if (no && user?.request) consider(no);
    }
  }
  if (!drafted && possible.weak) {
    const persuasion = user ? user.persuasionRequested : null;
    if (persuasion !== false) consider(firstMatch(NOT_HERE_TO_PERSUADE, text, open, persuasion ? 'strong' : 'weak', 'persuasion'));
    consider(firstMatch(CAVEAT, text, open, 'weak', 'caveat'));
    consider(firstMatch(DISCLAIMER, text, open, 'weak', 'disclaimer'));
    consider(firstMatch(NO_OPINION, text, open, 'weak', 'no-opinion'));
    consider(firstMatch(LIMITATION, text, open, 'weak', 'limitation'));
    consider(firstMatch(INAPPROPRIATE, text, open, 'weak', 'limitation'));
  }
  const act = found as FoundAct | null;
  if (!act) return null;
  if (user?.permissionQuestion && answersPermission(text)) {
    cues.push('answers-permission-question');
    return null;
  }
  // "Can you browse the internet?" - "No, I can't browse ...": the limitation is the answer.
  if (act.strength === 'weak' && isOpening && user?.capabilityQuestion && YES_NO_OPENING.test(text)) {
    cues.push('answers-capability-question');
    return null;
  }
  if (act.strength === 'strong' && CAPABILITY_REASON.test(text)) return { ...act, strength: 'weak', kind: 'limitation' };
  return act;
}

/** "Sorry, can't help.", "No can do.", "No, but I can ..."; "Sorry, I can't X" is judged by X like any modal. */
function openingDecline(text: string): FoundAct | null {
  const m = OPENING_DECLINE.exec(sameLengthLower(text));
  if (!m) return null;
  const end = m.index + m[0].length;
  if (/can'?t|cannot/.test(m[0])) {
    const rest = text.slice(end, end + 120).toLowerCase();
    const kind = classifyVerbPhrase(rest);
    if (kind === 'self' || (kind === null && !OPEN_ENDED.test(rest))) return null;
    if (kind === 'weak' || kind === 'perception') return { strength: 'weak', kind: kind === 'weak' ? 'limitation' : kind, at: m.index, end };
  }
  return { strength: 'strong', kind: 'opening', at: m.index, end };
}

/** Lower case for matching, keeping offsets valid: the rare text whose length changes ("İ") is matched as is. */
function sameLengthLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** A decline that explains itself by a missing capability ("since I can't access the web"). */
const CAPABILITY_REASON =
  /\b(?:(?:don't|do not|can't|cannot)\s+(?:have\s+)?(?:access|browse|see)|real-time|browsing|the internet|text-based|without (?:access|seeing|being able to see))\b/i;

/** "Are you allowed to X?" answered with "No, I can't" or "I'm not authorized to X". */
/** "Absolutely not." opening a reply to a request (to a yes/no question it is an answer). */
const EMPHATIC_NO = /^\s*(?:absolutely not|definitely not|certainly not|no way|hell no)\b/gi;
const YES_NO_OPENING = /^\s*(?:no|nope|yes|not)\b/i;
/** A short question about what the assistant can do, not a request phrased as one: "Can you browse the web?" */
const CAPABILITY_QUESTION = /^\s*(?:can|could|do|are|will)\s+you\s+(?:(?:really|actually|even)\s+)?(?:\w+)(?:\s+\S+){0,4}\s*\?\s*$/;

function answersPermission(text: string): boolean {
  return /^\s*(?:no|nope|yes)\b/i.test(text) || /\b(?:allowed|permitted|authori[sz]ed)\b/i.test(text);
}

const CONDITIONAL_BEFORE = /\b(?:if|whether|unless|when|once|until|what if|even if|in case)\s+(?:\w+\s+){0,2}$/i;
const CONDITION_AFTER =
  /^[^.!?\n]{0,80}?\b(?:unless|until|without\s+(?:more|further|additional|knowing|seeing|looking|having|access|context|details|information|(?:your|the|a|an)\s+(?:more\s+|full\s+|actual\s+|exact\s+|specific\s+)?(?:code|file|files|image|photo|picture|document|details|context|information|data|text|input|error|logs?|screenshot|link|numbers|specifics))|if\s+you\s+(?:don't|do\s+not))\b/i;
/** "I can't guarantee that." / "I can't predict the outcome": declining what was asked, not hedging a claim that follows. */
const EPISTEMIC_DECLINE =
  /^\s*(?:(?:really|actually|possibly|honestly|truly)\s+)?(?:guarantee|promise|predict|foresee|know|confirm|verify)\s+(?:(?:that|this|it|those|these)\s*(?:[.,;!?\u2014-]|$|for you|with)|any\b|the\s+(?:exact|future|outcome|result|winner|date|price|answer))/;
/** "I can't tell you how to get X without a prescription": the condition belongs to the request, not the decline. */
const HOW_TO_BEFORE = /^[^.!?\n]{0,40}?\bhow\s+to\b/;
const OPEN_ENDED = /^\s*(?:[.!,;:)\-\u2014]|$)/;
const WILLINGNESS_MODAL = /comfortable|rather|prefer|refus|think|declin|programmed not/;
const INCOMPLETE_MODAL = /(?:able|going|allowed|willing|want) to$/;
/** "I can't delete accounts from this chat": a limit of the channel, so a pointer elsewhere answers the request. */
const CHANNEL_LIMIT = /^[^.!?\n]{0,60}?\b(?:(?:from|in|through|via|over)\s+(?:this|our|the)\s+(?:chat|conversation|interface|window)|directly|from here|on my end)\b/;
/** "I won't use the browsing tool and just rewrite it": what the assistant skips on the way to doing the task. */
const DOES_INSTEAD = /^[^.!?\n]{0,60}?\band\s+(?:just|instead|simply|only)\s+[a-z]/;
/** Verbs after "I can't" that voice a feeling or manner of speaking, never a decline ("I can't stand it", "I won't lie"). */
const IDIOM_VERB =
  /^\s*(?:(?:really|honestly|personally|just|even)\s+)?(?:stand|bear|live without|relate|speak for|overstate|understate|deny|complain|lie|pretend (?:that|it's)|wait|emphasi[sz]e|fathom|get over|picture|thank)\b/;

function judgeModal(text: string, start: number, end: number, modal: string, drafted: boolean, open: boolean): FoundAct | null {
  if (insideQuotes(text, start, open)) return null;
  if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  const rest = text.slice(end, end + 120).toLowerCase();
  if (NOT_A_DECLINE.test(rest)) return EPISTEMIC_DECLINE.test(rest) ? { strength: 'weak', kind: 'limitation', at: start, end } : null;
  if (ENOUGH_IN_CLAUSE.test(rest) && !/^\s*(?:help|assist)/.test(rest)) return null;
  if (CONDITION_AFTER.test(rest) && !HOW_TO_BEFORE.test(rest)) return null;
  const bare = OPEN_ENDED.test(rest) && !INCOMPLETE_MODAL.test(modal);
  if (drafted) return isAboutTheRequest(rest) || bare ? { strength: 'strong', kind: 'meta', at: start, end } : null;
  const kind = classifyVerbPhrase(rest);
  if (kind === 'self') return null;
  if (kind === 'weak') return { strength: 'weak', kind: 'limitation', at: start, end };
  if (kind === 'perception') return { strength: 'weak', kind: 'perception', at: start, end };
  if (kind === 'strong') return { strength: 'strong', kind: 'cannot', at: start, end };
  if (WILLINGNESS_MODAL.test(modal) || bare) return { strength: 'strong', kind: WILLINGNESS_MODAL.test(modal) ? 'unwilling' : 'cannot', at: start, end };
  if (IDIOM_VERB.test(rest) || DOES_INSTEAD.test(rest)) return null;
  // Any other verb ("I can't play music", "I can't point you to those sites") is a limitation: it
  // declines the request only when nothing useful follows it, which the body reading decides.
  return { strength: 'weak', kind: CHANNEL_LIMIT.test(rest) ? 'channel' : 'limitation', at: start, end };
}

function firstMatch(re: RegExp, text: string, open: boolean, strength: Strength, kind: string): FoundAct | null {
  re.lastIndex = 0;
  let found: FoundAct | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
    } else if (!insideQuotes(text, m.index, open)) {
      found = { strength, kind, at: m.index, end: m.index + m[0].length };
      break;
    }
  }
  re.lastIndex = 0;
  return found;
}

/** An odd number of double quotes before `at` (counting from the line start): the phrase is quoted, not said. */
function insideQuotes(text: string, at: number, open: boolean): boolean {
  return ((open ? 1 : 0) + quotesIn(text, 0, at)) % 2 === 1;
}

// ---- the rest of the reply -------------------------------------------------------------------------

interface Body {
  contentWords: number;
  listContent: number;
  /** A block introduced by a colon that hands something over ("here's a summary:\n..."). */
  delivered: boolean;
  code: boolean;
  butAnswerWords: number;
  specificOffer: boolean;
  genericOffer: boolean;
  resources: number;
  support: number;
  questions: number;
  rationale: number;
  asksForInput: boolean;
  /** Without a decline act: index of the first sentence that judges the request or points to crisis help. */
  redirectAt: number;
}

const ASKS_FOR_INPUT =
  /\b(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|share|send|upload|paste|provide|describe|adjust|try|re-?send|re-?upload|type|read|check|move|hold|clarify|confirm)|mind\s+(?:asking|sending|sharing|trying|reading|holding)|try\s+again|ask\s+again|please\s+(?:send|upload|share|paste|describe|retry|try|re-?send))\b/;

/** Segments to classify: the whole reply when short, else its head and tail plus a word count of the rest. */
function bodySegments(prose: string): { segs: Segment[]; unreadWords: number } {
  const n = prose.length;
  if (n <= WHOLE_REPLY_CHARS) return { segs: segmentRange(prose, 0, n, Number.MAX_SAFE_INTEGER), unreadWords: 0 };
  const head = segmentRange(prose, 0, HEAD_CHARS, HEAD_SENTENCES + 4);
  const headEnd = head.length ? head[head.length - 1]!.end : 0;
  const tailStart = nextBoundary(prose, Math.max(headEnd, n - TAIL_CHARS), n);
  const tail = segmentRange(prose, tailStart, n, Number.MAX_SAFE_INTEGER).slice(-TAIL_SENTENCES);
  const middleEnd = tail.length ? tail[0]!.start : n;
  return { segs: head.concat(tail), unreadWords: countWords(prose, headEnd, middleEnd, PARTIAL_CONTENT_WORDS) };
}

function emptyBody(): Body {
  return {
    contentWords: 0,
    listContent: 0,
    delivered: false,
    code: false,
    butAnswerWords: 0,
    specificOffer: false,
    genericOffer: false,
    resources: 0,
    support: 0,
    questions: 0,
    rationale: 0,
    asksForInput: false,
    redirectAt: -1,
  };
}

/**
 * Classify the segments. Once `enoughContent` words of content are seen the level is settled, so
 * the remaining segments are only checked for offers.
 */
function readBody(reply: TurnView, segs: Segment[], acts: Act[], enoughContent = Number.MAX_SAFE_INTEGER): Body {
  const prose = reply.prose;
  const body = emptyBody();
  let intro: 'none' | 'delivery' | 'offer' = 'none';
  let lastStrongSeg = -10;
  let nextAct = 0;

  let genericOfferPossible: boolean | undefined;

  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    while (nextAct < acts.length && acts[nextAct]!.at < seg.start) nextAct++;
    const act = nextAct < acts.length && acts[nextAct]!.at < seg.end ? acts[nextAct]! : null;
    if (body.contentWords >= enoughContent) {
      // Only offers are read from here on. Once a specific one is found, only a generic one could
      // still change the result, and the reply's words may rule that out.
      if (body.specificOffer && (body.genericOffer || !(genericOfferPossible ??= mayOfferGenerically(reply)))) break;
      if (act) continue;
      const lower = prose.slice(seg.start, seg.end).toLowerCase();
      if (OFFER.test(lower)) noteOffer(body, lower);
      continue;
    }
    const lower = prose.slice(seg.start, seg.end).toLowerCase();
    if (ASKS_FOR_INPUT.test(lower)) body.asksForInput = true;
    if (acts.length === 0 && body.redirectAt === -1 && isRedirect(lower)) body.redirectAt = i;

    if (act) {
      if (act.strength === 'strong') lastStrongSeg = i;
      readActClause(prose, seg, act, body);
      intro = seg.colon ? 'delivery' : 'none';
      continue;
    }
    if (intro !== 'none' && (!seg.question || (intro === 'delivery' && seg.listItem))) {
      if (intro === 'offer' && seg.listItem && OFFER_ITEM.test(lower)) {
        noteOffer(body, lower);
        continue;
      }
      if (seg.lineStart && hasInk(prose, seg.start, seg.end) && !RESOURCE.test(lower) && !OFFER.test(lower)) body.delivered = true;
    }
    if (seg.question) {
      body.questions++;
      if (OFFER.test(lower)) noteOffer(body, lower);
      intro = 'none';
      continue;
    }
    if (SUPPORT.test(lower.slice(0, 70)) && !TELLS_INLINE.test(lower)) {
      body.support++;
      continue;
    }
    if (RESOURCE.test(lower)) {
      body.resources++;
      intro = 'none';
      continue;
    }
    if (CLOSING.test(lower)) continue;
    if (OFFER.test(lower) && !TELLS_INLINE.test(lower) && !(seg.colon && DELIVERY_INTRO.test(lower) && !OFFER_INTRO.test(lower))) {
      noteOffer(body, lower);
      // "I can summarize the plot: Dom Cobb, a thief who ..." offers and delivers at once.
      const inline = lower.indexOf(': ');
      if (inline !== -1 && countWords(prose, seg.start + inline, seg.end, INLINE_DELIVERY_WORDS) >= INLINE_DELIVERY_WORDS) body.delivered = true;
      intro = seg.colon ? 'offer' : 'none';
      continue;
    }
    if (seg.colon) {
      intro = 'delivery';
      continue;
    }
    // "Here are common poisonous plants: oleander, foxglove, ..." hands over content inline.
    const colon = lower.indexOf(': ');
    if (colon !== -1 && DELIVERY_INTRO.test(lower.slice(0, colon)) && countWords(prose, seg.start + colon, seg.end, INLINE_DELIVERY_WORDS) >= INLINE_DELIVERY_WORDS) {
      body.delivered = true;
    }
    if (UNHEALTHY_JUDGEMENT.test(lower)) continue;
    if (i - lastStrongSeg <= 2 && intro === 'none' && isRationale(lower, prose, seg)) {
      body.rationale++;
      continue;
    }
    body.contentWords += countWords(prose, seg.start, seg.end);
    if (seg.listItem) body.listContent++;
  }

  if (acts.length > 0) {
    const from = acts[0]!.end;
    body.code = reply.text.indexOf('```', from) !== -1 || reply.text.indexOf('~~~', from) !== -1;
  }
  return body;
}

/** The words every GENERIC_OFFER match holds. */
const GENERIC_OFFER_WORDS = requiredWords([GENERIC_OFFER]);

/**
 * Whether some segment of the reply may hold a generic offer. The segments are lower-cased slices
 * of a reply read whole (a longer one is cut at a fixed offset, which may split a word, so it is
 * always read on); "İ" lower-cases to an "i" that the word index never saw.
 */
function mayOfferGenerically(reply: TurnView): boolean {
  const prose = reply.prose;
  return GENERIC_OFFER_WORDS === null || prose.length > WHOLE_REPLY_CHARS || prose.includes('\u0130') || reply.words.admits(GENERIC_OFFER_WORDS);
}

/** A short sentence right after a decline that gives its reason ("That would be illegal and harmful."). */
function isRationale(lower: string, prose: string, seg: Segment): boolean {
  return RATIONALE.test(lower) && !lower.includes(': ') && countWords(prose, seg.start, seg.end, RATIONALE_MAX_WORDS + 1) <= RATIONALE_MAX_WORDS;
}

function isRedirect(lower: string): boolean {
  return UNHEALTHY_JUDGEMENT.test(lower) || (RESOURCE.test(lower) && CRISIS_RESOURCE.test(lower));
}

/** What the declining sentence goes on to say after "but" (an offer, a resource, or an answer). */
function readActClause(prose: string, seg: Segment, act: Act, body: Body): void {
  BUT_CLAUSE.lastIndex = 0;
  const m = BUT_CLAUSE.exec(prose.slice(act.end, seg.end));
  BUT_CLAUSE.lastIndex = 0;
  if (!m) return;
  const start = act.end + m.index + m[0].length;
  const clause = prose.slice(start, seg.end).toLowerCase();
  if (OFFER.test(clause) && !DELIVERY_INTRO.test(clause)) {
    noteOffer(body, clause);
    // "..., but I can explain the warning signs: urgent language, odd sender addresses, ..."
    const colon = prose.indexOf(': ', start);
    if (colon !== -1 && colon < seg.end) body.butAnswerWords += countWords(prose, colon + 1, seg.end);
  } else if (RESOURCE.test(clause)) {
    body.resources++;
  } else if (SUPPORT.test(clause)) {
    body.support++;
  } else if (seg.colon) {
    return;
  } else if (act.strength === 'weak' || !(RATIONALE.test(clause) || SPEAKS_OF_ITSELF.test(clause))) {
    body.butAnswerWords += countWords(prose, start, seg.end);
  }
}

/** "What I can tell you is that ...": says it rather than offering to. */
const TELLS_INLINE = /\bwhat i can (?:tell you|say|share) is\b/;

/** "..., but I don't want to leave you alone with this": the assistant talking about itself, not an answer. */
const SPEAKS_OF_ITSELF = /^i(?:'m|'d|'ve|\s)/;

const NAMES_SOMETHING = /\b(?:instead|like|such as|for example|about|on|with)\s+\w/;

function noteOffer(body: Body, lower: string): void {
  if (GENERIC_OFFER.test(lower) && !NAMES_SOMETHING.test(lower.replace(GENERIC_OFFER, ''))) body.genericOffer = true;
  else body.specificOffer = true;
}

function pushBodyCues(cues: string[], body: Body, content: number): void {
  cues.push(`content:${content}w`);
  if (body.butAnswerWords) cues.push(`but-clause:${body.butAnswerWords}w`);
  if (body.delivered) cues.push('delivered-block');
  if (body.code) cues.push('code');
  if (body.listContent) cues.push(`list:${body.listContent}`);
  if (body.specificOffer) cues.push('offer');
  if (body.genericOffer) cues.push('offer:generic');
  if (body.resources) cues.push('resources');
  if (body.support) cues.push('sympathy');
  if (body.rationale) cues.push('rationale');
  if (body.questions) cues.push('question');
}

// ---- no explicit decline -----------------------------------------------------------------------

/**
 * A short reply to a request that gives nothing that was asked for and only sympathises, judges
 * the request or points to crisis help ("It sounds like you're going through a lot... please reach
 * out to a crisis line") declines without saying so.
 */
function implicitRedirect(reply: TurnView, user: UserContext | null, cues: string[]): RefusalSignal {
  const none: RefusalSignal = { level: 'none', span: null, offersAlternative: false, cues };
  const prose = reply.prose;
  if (prose.length > IMPLICIT_MAX_CHARS || !user?.request) return none;
  const lower = prose.toLowerCase();
  if (!UNHEALTHY_JUDGEMENT.test(lower) && !CRISIS_RESOURCE.test(lower)) return none;
  const segs = segmentRange(prose, 0, prose.length, Number.MAX_SAFE_INTEGER);
  const body = readBody(reply, segs, []);
  if (body.redirectAt === -1 || body.delivered || body.listContent > 0 || body.contentWords >= IMPLICIT_MAX_CONTENT_WORDS) return none;
  cues.push('implicit-redirect');
  pushBodyCues(cues, body, body.contentWords);
  const seg = segs[body.redirectAt]!;
  return { level: 'full', span: reply.span(seg.start, seg.end), offersAlternative: body.specificOffer, cues };
}

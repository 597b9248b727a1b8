/**
 * Redaction of personal data before storage (and, for the exporters, before export): email
 * addresses, phone numbers, payment card numbers (Luhn-checked) and the names users give for
 * themselves ("my name is Ada", "I'm Ada."). Every character of a match except whitespace becomes
 * MASK, so text keeps its length and every finding's evidence offsets stay valid.
 *
 * Precision over recall where a false positive would destroy meaning (a year, a price, "I'm Sorry"),
 * recall over precision where masking costs nothing (any Luhn-valid 13-19 digit run is masked).
 */
import type { Finding, Span, Turn } from '../engine/types';
import { passesLuhn } from '../rules/shared/identifiers';

export const MASK = '•';

export type PersonalDataKind = 'email' | 'phone' | 'card' | 'name';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

// ---- emails: found from each '@' outwards, which stays linear on long runs of word characters ----

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;

function findEmails(text: string, out: PersonalDataMatch[]): void {
  let at = text.indexOf('@');
  let scannedTo = 0;
  while (at !== -1) {
    let start = at;
    while (start > scannedTo && start > at - 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end < at + 256 && DOMAIN_CHAR.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    const labels = domain.split('.');
    const tld = labels.at(-1) ?? '';
    if (start < at && labels.length >= 2 && labels.every((l) => l.length > 0) && /^[A-Za-z]{2,}$/.test(tld)) {
      out.push({ kind: 'email', start, end });
      scannedTo = end;
    }
    at = text.indexOf('@', at + 1);
  }
}

// ---- card numbers: 13-19 digits, optionally grouped by single spaces or dashes, Luhn-valid ----

const CARD_CANDIDATE = /(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d]|[.,]\d)/g;

function findCards(text: string, out: PersonalDataMatch[]): void {
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, '');
    if (passesLuhn(digits) && new Set(digits).size > 1) out.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
  }
}

// ---- phone numbers: international (+), area code in parentheses, national (leading 0) or North American 3-3-4 ----

const PHONE_CANDIDATE = /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{1,4}){1,5}(?![\w]|[.,-]\d)/g;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (candidate.startsWith('+')) return digits.length >= 8;
  if (candidate.startsWith('(')) return digits.length >= 9;
  const groups = candidate.split(/[ .-]/);
  // A trunk prefix 0 rules out years, prices and counts, which never start with 0 in running text.
  if (digits.startsWith('0')) return digits.length >= 9 && groups.length >= 2 && groups.every((g) => g.length >= 2);
  return groups.length === 3 && groups[0]!.length === 3 && groups[1]!.length === 3 && groups[2]!.length === 4 && /^[2-9]/.test(digits);
}

function findPhones(text: string, out: PersonalDataMatch[]): void {
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    if (isPhone(m[0])) out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  }
}

// ---- names users give for themselves ----

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*`;
const CAPITALISED_NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
const INTRODUCTIONS: readonly { pattern: RegExp; needsBoundary: boolean }[] = [
  // "my name is Ada Lovelace", also typed in lower case: "my name is ada"
  { pattern: new RegExp(String.raw`\b[Mm]y [Nn]ame(?: is|'s|’s)\s+(${CAPITALISED_NAME}|\p{Ll}[\p{Ll}'’-]+)`, 'gu'), needsBoundary: false },
  { pattern: new RegExp(String.raw`\b(?:call me|I am called|I'm called|I’m called)\s+(${CAPITALISED_NAME})`, 'gu'), needsBoundary: false },
  // "I'm Ada." / "I am Ada and ..." / "this is Ada from ...": capitalised, and followed by a clause boundary
  { pattern: new RegExp(String.raw`\b(?:I'm|I’m|I am|[Tt]his is)\s+(${CAPITALISED_NAME})`, 'gu'), needsBoundary: true },
];
const AFTER_NAME = /^(?:\s*(?:[,.!?;:)]|$)|\s+(?:and|from|here|speaking|by the way)\b)/u;

// Capitalised words that follow "I'm" / "my name is" without being a name.
const NOT_NAMES = new Set(
  (
    'not no a an the so very just also really still here there going trying looking sorry sure fine good ok okay happy glad ' +
    'new back done ready curious wondering working writing using tired confused stuck interested asking afraid aware able ' +
    'unable unsure currently actually pretty from in on at with about irrelevant unimportant private secret none nobody ' +
    'english american british french german spanish italian chinese japanese korean indian russian canadian australian ' +
    'christian muslim jewish hindu buddhist catholic atheist gay straight trans male female monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november december'
  ).split(' '),
);

/** Names a user gave for themselves in the given text (first occurrence order, no duplicates). */
export function selfIntroducedNames(text: string): string[] {
  const names: string[] = [];
  for (const { pattern, needsBoundary } of INTRODUCTIONS) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const first = name.split(' ')[0]!.toLowerCase();
      if (NOT_NAMES.has(first) || first.length < 2) continue;
      if (needsBoundary && !AFTER_NAME.test(text.slice(m.index + m[0].length))) continue;
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word occurrences of each word of each name, as typed and capitalised (case-sensitive, so "Will" does not mask "will"). */
function findNames(text: string, names: readonly string[], out: PersonalDataMatch[]): void {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of name.split(' ')) {
      if (word.length < 2 || NOT_NAMES.has(word.toLowerCase())) continue;
      words.add(word);
      words.add(word[0]!.toUpperCase() + word.slice(1));
    }
  }
  if (words.size === 0) return;
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...words].map(escapeRegExp).join('|')})(?![\p{L}\p{N}])`, 'gu');
  for (const m of text.matchAll(pattern)) out.push({ kind: 'name', start: m.index, end: m.index + m[0].length });
}

/** Every piece of personal data in `text`, sorted by start, overlaps merged (the earlier kind wins). */
export function findPersonalData(text: string, names: readonly string[] = []): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  findEmails(text, found);
  findCards(text, found);
  findPhones(text, found);
  findNames(text, names, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataMatch[] = [];
  for (const m of found) {
    const last = merged.at(-1);
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

function mask(text: string, matches: readonly PersonalDataMatch[]): string {
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + text.slice(m.start, m.end).replace(/\S/g, MASK);
    at = m.end;
  }
  return out + text.slice(at);
}

/** `text` with its personal data masked; same length as `text`. */
export function redactText(text: string, names: readonly string[] = []): string {
  return mask(text, findPersonalData(text, names));
}

export interface RedactedConversation {
  turns: Turn[];
  /** Names found in user turns; pass them to redactText for other text about the same conversation. */
  names: string[];
  /** Whether any character changed. */
  changed: boolean;
}

/** Masks personal data in every turn; names are learnt from user turns and masked wherever they appear. */
export function redactTurns(turns: readonly Turn[]): RedactedConversation {
  const names: string[] = [];
  for (const t of turns) {
    if (t.role !== 'user') continue;
    for (const n of selfIntroducedNames(t.text)) if (!names.includes(n)) names.push(n);
  }
  let changed = false;
  const out = turns.map((t) => {
    const text = redactText(t.text, names);
    if (text === t.text) return t;
    changed = true;
    return { ...t, text };
  });
  return { turns: out, names, changed };
}

/**
 * Brings findings in line with redacted turns: every quote is re-read from the masked text at the same
 * offsets (valid because masking keeps lengths), and the message, which may quote the reply, is
 * masked too. Evidence pointing at a turn that does not exist is dropped rather than kept unmasked.
 */
export function redactFindings(findings: readonly Finding[], redacted: RedactedConversation): Finding[] {
  const textById = new Map(redacted.turns.map((t) => [t.id, t.text]));
  const remap = (span: Span): Span | null => {
    const text = textById.get(span.turnId);
    if (text === undefined || span.end > text.length) return null;
    return { ...span, quote: text.slice(span.start, span.end) };
  };
  return findings.map((f) => ({
    ...f,
    message: redactText(f.message, redacted.names),
    evidence: f.evidence.map(remap).filter((s): s is Span => s !== null),
  }));
}

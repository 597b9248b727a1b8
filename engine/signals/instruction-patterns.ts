import { hoistWordBoundary } from '../regex-hoist';
/**
 * The phrases users write to shape a reply, each with the instruction(s) it gives. Every regex is
 * linear: literal alternations, bounded gaps, no nested quantifiers over overlapping classes.
 */
import type { FormatKind, LengthLimit, LengthUnit, UserInstructions } from '../types';
import { isInstruction, isNegated, type GateOptions } from './instruction-gate';
import {
  FOREIGN_LANGUAGE_PHRASE,
  FOREIGN_LANGUAGE_PHRASES,
  FOREIGN_NEGATION,
  FOREIGN_REQUEST_VERB,
  LANGUAGE_MODIFIER,
  languageCode,
} from './instruction-languages';
import { COUNT, NUMBER_COUNT, parseCount } from './instruction-numbers';

export type InstructionKind = keyof UserInstructions;
type ValueOf<K extends InstructionKind> = NonNullable<UserInstructions[K]>['value'];

export type Effect =
  | { [K in InstructionKind]: { kind: K; value: ValueOf<K>; keepIf?: (current: unknown) => boolean } }[InstructionKind]
  | { kind: InstructionKind; clear: true; onlyIf?: (value: unknown) => boolean };

export interface InstructionPattern {
  name: string;
  re: RegExp;
  /** Gate applied to every match; `null` when `read` does its own gating. */
  gate: GateOptions | null;
  /** The instructions of a match (null when it gives none); a reading may extend the quoted span. */
  read(m: RegExpExecArray, text: string): Reading | null;
  /** The part of the match to quote, when not all of it ([start, end) in the window). */
  span?(m: RegExpExecArray): [number, number];
}

/** Effects, or effects with where the phrase that gave them ends. */
export type Reading = Effect[] | { effects: Effect[]; end: number };

const set = <K extends InstructionKind>(kind: K, value: ValueOf<K>): Effect => ({ kind, value }) as Effect;
/** "No markdown" makes the reply plain text, unless it is already asked to be JSON, YAML, CSV or code. */
const isDataOrCode = (v: unknown): boolean => v === 'json' || v === 'yaml' || v === 'csv' || v === 'code-only';
const plainTextUnlessData = (): Effect => ({ kind: 'format', value: 'plain-text', keepIf: isDataOrCode });
const clear = (kind: InstructionKind, onlyIf?: (value: unknown) => boolean): Effect => ({ kind, clear: true, onlyIf });
const re = (source: string): RegExp => new RegExp(source, 'gi');

// ---- what may follow an instruction phrase -----------------------------------------------------

const CLOSERS =
  'please|pls|plz|only|thanks|thank you|instead|too|as well|also|from now on|going forward|now|this time|again|and|but|so|or|with|without|using|if|at all|anymore|whatsoever|here|though|ok|okay|rather|by default|throughout|no matter|even|when|while|because|since|every|each|all|always|for|not|to|except|unless|max|maximum|tops|at most';
/** After "in French": end of clause or a closing word, not a noun ("in French class", "French Guiana"). */
const LANGUAGE_END = hoistWordBoundary(new RegExp(`^\\s*(?:$|[.,;:!?)\\]"'*/—-]|(?:${CLOSERS}|language|translation|version|to me|to us|me|us)\\b)`));
/** After "as JSON": end of clause, a closing word, or "in a/the ..." ("to JSON in Python" is code talk). */
const FORMAT_END = hoistWordBoundary(new RegExp(
  `^\\s*(?:$|[.,;:!?)\\]"'*/—-]|(?:${CLOSERS}|that|which|where|containing|following|no|nothing|like|matching|of|in (?:a|an|the|this|one|markdown)|format|form|style|layout)\\b)`,
));
const STRICT_END = /^\s*(?:$|[.,;:!?)\]"'*—-]|(?:please|pls|plz|only|thanks|thank you|ok|okay|and|but|so|from now on|going forward|now|this time|again|too|as well|max|maximum|at most|tops)\b)/;

const LANGUAGE_ADJECTIVE_END =
  /\b(?:fluent|proficient|native|interested|available|published|written|spoken|taught|dubbed|subtitled|lessons?|classes?|courses?|degree|major|exam|test|grade|skills?|speakers?|books?|songs?|movies?|films?|news|raised|educated|studying|studied|born|fluency|proficiency|better|worse|good|bad|weak|strong|sounds?|means?|called|named|mistakes?|errors?|typos?)\s+(?:\w+\s+)?$/;

// ---- language -------------------------------------------------------------------------------------

// Language names are matched as any word and looked up: one alternation of eighty names in every
// language regex made them slow to compile.
const IN_LANGUAGE = re(`\\bin\\s+(?:${LANGUAGE_MODIFIER}\\s+)?([a-z]+)\\b`);
const LANGUAGE_ONLY = re(`\\b(?:([a-z]+)\\s+only|only\\s+(?:in\\s+)?([a-z]+))\\b`);
const SWITCH_LANGUAGE = re(
  `\\b(?:switch(?: back)? to|go back to|back to|use|using|stick to|stick with|keep (?:it|to|using)|continue in)\\s+(?:${LANGUAGE_MODIFIER}\\s+)?([a-z]+)\\b`,
);
const LANGUAGE_TRANSLATION = re(
  `\\b(?:give\\s+me|provide|write|need|want|send|show\\s+me|what's|what\\s+is|and)\\s+(?:an?|the)\\s+([a-z]+)\\s+(?:translation|version)\\b`,
);
// "translate ... to/into X" (the language after "from" is the source, not the reply's language).
const TRANSLATE = re('\\btranslat(?:e|ion|ing)\\b');
// "how do I say X in German?": the spec treats the reply as a translation.
const HOW_TO_SAY = re('\\bhow (?:do|would|can|should|could|to) (?:i |you |we |one )?(?:say|write|spell|call|express|translate)\\b');
const TARGET_LANGUAGE = hoistWordBoundary(new RegExp(`\\b(to|into|in)\\s+(?:${LANGUAGE_MODIFIER}\\s+)?([a-z]+)\\b`, 'gi'));
const SENTENCE_END = /[.?!\n]/;
const FOREIGN_PHRASE = hoistWordBoundary(new RegExp(`(?<!\\p{L})(${FOREIGN_LANGUAGE_PHRASE})(?!\\p{L})`, 'giu'));
const SOURCE_LANGUAGE_BEFORE = /\bfrom\s+(?:\w+\s+)?$/;

function languageEffect(name: string | undefined): Effect[] | null {
  const code = name ? languageCode(name) : null;
  return code ? [set('language', code)] : null;
}

/**
 * The first "to/into X" naming a language after `from` in the same sentence (up to `reach`
 * characters), else an "in X" that ends its clause ("translate it in French please").
 */
function targetLanguage(text: string, from: number, reach: number, allowIn: 'to-first' | 'in-only'): Reading | null {
  let end = Math.min(text.length, from + reach);
  const stop = text.slice(from, end).search(allowIn === 'in-only' ? /\n/ : SENTENCE_END);
  if (stop !== -1) end = from + stop;
  const scope = text.slice(0, end);
  TARGET_LANGUAGE.lastIndex = from;
  let fallback: Reading | null = null;
  for (let m = TARGET_LANGUAGE.exec(scope); m; m = TARGET_LANGUAGE.exec(scope)) {
    const code = languageCode(m[2]!);
    if (!code) continue;
    const matchEnd = m.index + m[0].length;
    const preposition = m[1]!.toLowerCase();
    if (preposition !== 'in' && allowIn === 'to-first') {
      TARGET_LANGUAGE.lastIndex = 0;
      return { effects: [set('language', code)], end: matchEnd };
    }
    if (preposition === 'in' && !fallback) {
      const after = text.slice(matchEnd, matchEnd + 48).toLowerCase();
      const before = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
      if (LANGUAGE_END.test(after) && !/^\s*(?:to|into)\b/.test(after) && !SOURCE_LANGUAGE_BEFORE.test(before)) {
        fallback = { effects: [set('language', code)], end: matchEnd };
        if (allowIn === 'in-only') break;
      }
    }
  }
  TARGET_LANGUAGE.lastIndex = 0;
  return fallback;
}

const languagePatterns: InstructionPattern[] = [
  {
    name: 'in-language',
    re: IN_LANGUAGE,
    gate: { terminated: LANGUAGE_END, rejectPrefix: LANGUAGE_ADJECTIVE_END, rejectQuestion: true },
    read: (m) => languageEffect(m[1]),
  },
  {
    name: 'language-only',
    re: LANGUAGE_ONLY,
    gate: { terminated: LANGUAGE_END, rejectPrefix: LANGUAGE_ADJECTIVE_END, rejectQuestion: true },
    read: (m) => languageEffect(m[1] ?? m[2]),
  },
  {
    name: 'switch-language',
    re: SWITCH_LANGUAGE,
    gate: { terminated: LANGUAGE_END, rejectHowTo: true },
    read: (m) => languageEffect(m[1]),
  },
  {
    name: 'translate',
    re: TRANSLATE,
    gate: { rejectHowTo: true },
    read: (m, text) => targetLanguage(text, m.index + m[0].length, 110, 'to-first'),
  },
  { name: 'language-translation', re: LANGUAGE_TRANSLATION, gate: {}, read: (m) => languageEffect(m[1]) },
  {
    name: 'how-to-say',
    re: HOW_TO_SAY,
    gate: {},
    read: (m, text) => targetLanguage(text, m.index + m[0].length, 170, 'in-only'),
  },
  {
    name: 'foreign-language-phrase',
    re: FOREIGN_PHRASE,
    gate: null,
    read: (m, text) => {
      const from = Math.max(0, m.index - 80);
      let clauseStart = from;
      for (let i = m.index - 1; i >= from; i--) {
        if ('.!?;\n'.includes(text[i]!)) {
          clauseStart = i + 1;
          break;
        }
      }
      const before = text.slice(clauseStart, m.index);
      if (!FOREIGN_REQUEST_VERB.test(before) || FOREIGN_NEGATION.test(before)) return null;
      const code = FOREIGN_LANGUAGE_PHRASES[m[1]!.toLowerCase()];
      return code ? [set('language', code)] : null;
    },
  },
];

// ---- length ---------------------------------------------------------------------------------------

const UNIT =
  '(?:words?|sentences?|paragraphs?|paras|characters?|chars|lines?(?!\\s+of\\s+(?:code|python|javascript|js|typescript|ts|sql|bash|css|html|java|c\\b))|bullet[- ]?points?|bullets?|items?|points?)';

function unitOf(raw: string): LengthUnit {
  const u = raw.toLowerCase();
  if (u.startsWith('word')) return 'words';
  if (u.startsWith('sentence')) return 'sentences';
  if (u.startsWith('para')) return 'paragraphs';
  if (u.startsWith('char')) return 'characters';
  if (u.startsWith('line')) return 'lines';
  if (u.startsWith('bullet')) return 'bullets';
  return 'items';
}

const MAX_WORDS =
  "under|below|less than|fewer than|no more than|not more than|no longer than|not longer than|shorter than|at most|up to|within|max\\.?|maximum|max(?:imum)? of|a max(?:imum)? of|limited to|(?:keep|limit|restrict|cap) (?:(?:it|this|that|them|things|yourself|the (?:answer|reply|response|summary|text|output)|your (?:answers?|repl(?:y|ies)|responses?|output)) )?(?:to|under|below|within|at)|(?:shorten|cut|trim|reduce|condense|compress) (?:it|this|that|them)? ?(?:down )?to";
const MIN_WORDS =
  'at least|more than|over|no less than|not less than|no fewer than|min\\.?|minimum|min(?:imum)? of|a min(?:imum)? of|longer than|greater than|above';
const EXACT_WORDS =
  'in|with|using|use|exactly|precisely|just|only|write|give me|give|provide|about|around|roughly|approximately|approx\\.?|of|to|into';
const EXCEED = '(?:not (?:to )?)?exceed(?:ing)?';
const APPROX = '(?:(about|around|roughly|approximately|exactly|just|only|a maximum of|a minimum of|at most|at least|no more than|no less than|up to)\\s+)?';

const LENGTH = re(
  `\\b(?:(${MAX_WORDS}|${MIN_WORDS}|${EXACT_WORDS}|${EXCEED})\\s+)${APPROX}(${COUNT})\\s+(?:(?:short|brief|single|concise|quick|simple|full|complete|separate)\\s+)?(${UNIT})\\b(?:\\s+(or (?:less|fewer|under|shorter|more|longer|over)|max(?:imum)?|at most|at the most|tops|minimum|min|at least|or so|total|long))?`,
);
const LENGTH_SUFFIX_ONLY = re(
  `\\b(${COUNT})\\s+(${UNIT})\\s+(or (?:less|fewer|under|shorter|more|longer|over)|max(?:imum)?|at most|at the most|tops|minimum|min|at least)\\b`,
);
const LENGTH_RANGE = re(`\\bbetween\\s+(${COUNT})\\s+and\\s+(${COUNT})\\s+(${UNIT})\\b|\\b(\\d{1,5})\\s*(?:-|to)\\s*(\\d{1,5})\\s+(${UNIT})\\b`);
const LENGTH_LIMIT_NOUN = re(
  `\\b(word|character|char|sentence|line|paragraph)\\s+(?:limit|count|max(?:imum)?|cap)\\s*(?:of|is|:|=|to)?\\s*(?:about\\s+|around\\s+)?(\\d{1,6})\\b`,
);
const RANGE_BEFORE = /\d\s?(?:-|to)\s?$/i;
const LENGTH_COMPOUND = re(
  `\\b(${COUNT})[- ](word|sentence|paragraph|line|character|bullet|bullet[- ]point|item|point)[- ](?:long\\s+)?(limit|max(?:imum)?|cap|answer|reply|response|summary|essay|explanation|description|story|poem|bio|overview|intro(?:duction)?|email|message|post|review|letter|article|version|abstract|pitch|blurb|list|paragraph|speech|statement|recap|tl;?dr)\\b`,
);

function limit(unit: LengthUnit, n: number, mode: 'max' | 'min' | 'exact'): LengthLimit {
  if (mode === 'max') return { unit, max: n };
  if (mode === 'min') return { unit, min: n };
  return { unit, min: n, max: n };
}

function lengthEffects(value: LengthLimit): Effect[] {
  const effects: Effect[] = [set('length', value)];
  if (value.unit === 'bullets') effects.push(set('format', 'bullets'));
  if (value.unit === 'sentences' && value.max === 1) effects.push(set('answerShape', 'single-sentence'));
  if (value.unit === 'words' && value.max === 1) effects.push(set('answerShape', 'one-word'));
  return effects;
}

function modeOfSuffix(suffix: string | undefined): 'max' | 'min' | null {
  if (!suffix) return null;
  const s = suffix.toLowerCase();
  if (/^or (?:less|fewer|under|shorter)|^max|at most|at the most|^tops/.test(s)) return 'max';
  if (/^or (?:more|longer|over)|^min|at least/.test(s)) return 'min';
  return null;
}

function modeOfApprox(approx: string | undefined): 'max' | 'min' | null {
  if (!approx) return null;
  const a = approx.toLowerCase();
  if (/maximum|at most|no more|up to/.test(a)) return 'max';
  if (/minimum|at least|no less/.test(a)) return 'min';
  return null;
}

const IS_MIN_WORD = hoistWordBoundary(new RegExp(`^(?:${MIN_WORDS})$`));
const IS_MAX_WORD = hoistWordBoundary(new RegExp(`^(?:${MAX_WORDS})$`));

function modeOfPrefix(pre: string, negated: boolean): 'max' | 'min' | 'exact' | null {
  const p = pre.toLowerCase().replace(/\s+/g, ' ');
  if (p.includes('exceed')) return negated || p.startsWith('not') ? 'max' : 'min';
  if (IS_MIN_WORD.test(p)) return negated ? 'max' : 'min';
  if (negated) return null;
  if (IS_MAX_WORD.test(p)) return 'max';
  return 'exact';
}

// "use it in a sentence", "a sentence for each", "write 2 lines of code": not a limit on the reply.
const NOT_A_REPLY_LIMIT_AFTER = /^\s*(?:for each|for every|per|each|about each|on each|describing each)\b/;
const NOT_A_REPLY_LIMIT_BEFORE = hoistWordBoundary(/\b(?:use|using|put|uses)\b[^,;]{0,40}$|\b(?:each|every|per)\b/);

const lengthPatterns: InstructionPattern[] = [
  {
    name: 'length',
    re: LENGTH,
    gate: null,
    read(m, text) {
      const [, pre, approx, count, unitRaw, suffix] = m;
      if (!isInstruction(text, m.index, m.index + m[0].length, { negatable: false, rejectPrefix: NOT_A_REPLY_LIMIT_BEFORE })) {
        return null;
      }
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30).toLowerCase();
      if (NOT_A_REPLY_LIMIT_AFTER.test(after)) return null;
      const n = parseCount(count!);
      if (n === null || n === 0) return null;
      const preMode = modeOfPrefix(pre!, isNegated(text, m.index));
      if (preMode === null) return null;
      // "a" and "an" are only counts right after "in/with/using/write/give": "in a sentence".
      if (/^(?:an?|single|a single)$/i.test(count!) && (preMode !== 'exact' || /^(?:bullet|item|point)/i.test(unitRaw!))) return null;
      if (/^(?:about|around|roughly|approximately|approx\.?|of|to|into)$/i.test(pre!) && /^(?:an?|single|a single)$/i.test(count!)) return null;
      const mode = modeOfSuffix(suffix) ?? modeOfApprox(approx) ?? preMode;
      return lengthEffects(limit(unitOf(unitRaw!), n, mode));
    },
  },
  {
    name: 'length-suffix',
    re: LENGTH_SUFFIX_ONLY,
    gate: {},
    read(m) {
      const n = parseCount(m[1]!);
      const mode = modeOfSuffix(m[3]);
      if (n === null || n === 0 || mode === null || /^an?$/i.test(m[1]!)) return null;
      return lengthEffects(limit(unitOf(m[2]!), n, mode));
    },
  },
  {
    name: 'length-range',
    re: LENGTH_RANGE,
    gate: {},
    read(m) {
      const lo = parseCount(m[1] ?? m[4]!);
      const hi = parseCount(m[2] ?? m[5]!);
      if (lo === null || hi === null || hi < lo || hi === 0) return null;
      return lengthEffects({ unit: unitOf(m[3] ?? m[6]!), min: lo, max: hi });
    },
  },
  {
    name: 'length-limit-noun',
    re: LENGTH_LIMIT_NOUN,
    gate: {},
    read(m) {
      const n = parseCount(m[2]!);
      return n ? lengthEffects({ unit: unitOf(m[1]!), max: n }) : null;
    },
  },
  {
    name: 'length-compound',
    re: LENGTH_COMPOUND,
    gate: {},
    read(m, text) {
      // "2-3 sentence answer" is a range, read by length-range.
      if (RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
      const n = parseCount(m[1]!);
      if (!n || /^(?:an?|single|a single)$/i.test(m[1]!)) return null;
      const mode = /^(?:limit|max|maximum|cap)$/i.test(m[3]!) ? 'max' : 'exact';
      return lengthEffects(limit(unitOf(m[2]!), n, mode));
    },
  },
];

// ---- item counts ("list 5 ...", "give me 3 reasons", "top 10") --------------------------------------

const ITEM_VERB =
  '(?:list|name|give(?:\\s+(?:me|us))?|suggest|recommend|provide|share|brainstorm|come up with|generate|tell me|show me|what are(?:\\s+the)?|outline|identify|mention|highlight|pick|choose|offer)';
const ITEM_MODIFIER =
  '(?:me|us|exactly|only|just|the|your|some|at least|at most|up to|no more than|top|best|main|key|most important|biggest|first|other|more|different)';
// Not things to list: "give me 5 minutes", "give me 2 stars".
const NOT_ITEMS = new Set(
  'minute minutes hour hours day days week weeks month months year years second seconds time times dollar dollars euro euros pound pounds percent cent cents mile miles kilometer kilometers km meter meters feet inches kg lb lbs calories gram grams bucks degrees hundred thousand million billion star stars out more of or and to'.split(' '),
);
const IRREGULAR_PLURALS = new Set('people children men women criteria data species series'.split(' '));
const UNIT_WORD = hoistWordBoundary(new RegExp(`^${UNIT}$`, 'i'));

/** Is one of the (up to three) words after the count a plural noun naming the items? */
function namesItems(following: string): boolean {
  const words = following.toLowerCase().split(/\s+/, 3);
  if (words.length === 0 || NOT_ITEMS.has(words[0]!) || UNIT_WORD.test(words[0]!)) return false;
  return words.some((w) => !NOT_ITEMS.has(w) && (IRREGULAR_PLURALS.has(w) || (/^[a-z][a-z'-]*[^s\W]s$/.test(w) && w.length > 2)));
}

const ITEMS = re(
  `\\b(?:(list)\\s+((?:${ITEM_MODIFIER}\\s+)*)(${NUMBER_COUNT})\\b|${ITEM_VERB}\\s+((?:${ITEM_MODIFIER}\\s+)*)(${NUMBER_COUNT})\\s+([a-z][a-z' -]{0,60})|(?:an?|the)\\s+(?:numbered\\s+|bulleted\\s+)?list\\s+of\\s+(${NUMBER_COUNT})\\b)`,
);

const itemPatterns: InstructionPattern[] = [
  {
    name: 'items',
    re: ITEMS,
    gate: { rejectCodeContext: true },
    read(m) {
      const raw = m[3] ?? m[5] ?? m[7];
      if (!raw || /^(?:an?|a single|single|a couple(?: of)?)$/i.test(raw)) return null;
      if (m[5] !== undefined && !namesItems(m[6]!)) return null;
      const n = parseCount(raw);
      if (n === null || n < 2 || n > 500) return null;
      const mods = (m[2] ?? m[4] ?? '').toLowerCase();
      const mode = /at least/.test(mods) ? 'min' : /at most|up to|no more than/.test(mods) ? 'max' : 'exact';
      return [set('length', limit('items', n, mode))];
    },
    span(m) {
      // The span ends at the count, or at the noun it counts.
      const end = m[6] === undefined ? m[0].length : m[0].length - m[6].length + (m[6].match(/^\S+/)?.[0].length ?? 0);
      return [m.index, m.index + end];
    },
  },
];

// ---- answer shape -----------------------------------------------------------------------------

const ONE_WORD = re(
  "\\b(?:(?:in|with|using)\\s+(?:just\\s+|only\\s+|exactly\\s+)?(?:one|a single|1|a)\\s+word|(?:one|single)[- ]word\\s+(?:answers?|repl(?:y|ies)|responses?|only|please)|(?:answer|reply|respond)(?:\\s+only)?\\s+with\\s+(?:just\\s+|only\\s+)?(?:one|a single)\\s+word|(?:one|1|single)\\s+word\\s+(?:only|answer|max|maximum|please))\\b(?!-)",
);
const ONE_WORD_BARE = re("\\b(?:just\\s+|only\\s+)?(?:one|a single)\\s+word\\b");
const YES_NO = re(
  '\\b(?:(?:answer|reply|respond|say|tell me|just|only|simply)(?:\\s+(?:with|in))?(?:\\s+(?:just|only|simply|a))?\\s*:?\\s*"?yes"?\\s*(?:or|/)\\s*"?no\\b"?(?!\\s+questions?\\b)|"?yes"?\\s*(?:or|/)\\s*"?no"?\\s+(?:answers?|repl(?:y|ies)|responses?|only|please)\\b|(?:answer|reply|respond)\\s+(?:with\\s+)?(?:true or false|"true" or "false")\\b)',
);
const YES_NO_BARE = re('\\b"?yes"?\\s*(?:or|/)\\s*"?no\\b"?(?=\\s*[?.!:]|\\s*$)');
const NUMBER_ONLY = re(
  "\\b(?:(?:just|only)\\s+(?:give\\s+me\\s+|tell\\s+me\\s+|return\\s+|output\\s+|reply\\s+with\\s+|respond\\s+with\\s+)?(?:the|a)\\s+(?:final\\s+)?(?:number|figure|digit|numeric(?:al)? (?:value|answer)|integer|count|total|amount|percentage)|(?:number|numeric answer|figure|integer)\\s+only|(?:answer|reply|respond)\\s+(?:only\\s+)?with\\s+(?:just\\s+|only\\s+)?(?:a|the)\\s+(?:single\\s+)?(?:number|integer|figure))\\b",
);

const shapePatterns: InstructionPattern[] = [
  { name: 'one-word', re: ONE_WORD, gate: {}, read: () => [set('answerShape', 'one-word')] },
  {
    name: 'one-word-bare',
    re: ONE_WORD_BARE,
    gate: { clauseStart: true, terminated: STRICT_END },
    read: () => [set('answerShape', 'one-word')],
  },
  { name: 'yes-no', re: YES_NO, gate: {}, read: () => [set('answerShape', 'yes-no')] },
  {
    name: 'yes-no-bare',
    re: YES_NO_BARE,
    gate: { clauseStart: true },
    read: () => [set('answerShape', 'yes-no')],
  },
  { name: 'number-only', re: NUMBER_ONLY, gate: {}, read: () => [set('answerShape', 'number'), set('noExtraText', true)] },
];

// ---- format -------------------------------------------------------------------------------------------

const FORMAT_FRAME =
  "(?:as|in|into|to|using|use|asked\\s+for|want|need|return|output|print|emit|respond(?:\\s+only)?\\s+(?:in|with|using)|reply(?:\\s+only)?\\s+(?:in|with|using)|answer(?:\\s+only)?\\s+(?:in|with|using)|give(?:\\s+(?:me|it|us|them))?(?:\\s+back)?(?:\\s+(?:as|in))?|format(?:ted)?(?:\\s+(?:it|this|that|them|everything|the (?:answer|output|result|response)))?(?:\\s+(?:as|in|into))?|convert(?:\\s+(?:it|this|that|them))?\\s+(?:to|into)|provide(?:\\s+(?:it|this|them))?(?:\\s+(?:as|in))?|only|just|strictly)";
const DATA_FORMAT = re(
  `\\b${FORMAT_FRAME}\\s+(?:(?:a|an|the|valid|pure|raw|strict|proper|only|plain|well-formed|parseable|parsable|minified|pretty(?:-printed)?|single|correct|just)\\s+)*(json|yaml|yml|csv)\\b(?:\\s+(?:format|object|array|output|response|data|string|document|file|list|only|block|structure|lines?|rows?|schema))?`,
);
const DATA_FORMAT_ONLY = re('\\b(json|yaml|yml|csv)\\s+(?:(?:format|output|response)\\s+)?only\\b|\\bonly\\s+(?:valid\\s+)?(json|yaml|yml|csv)\\b');

function dataFormat(raw: string): FormatKind {
  const f = raw.toLowerCase();
  return f === 'yml' ? 'yaml' : (f as FormatKind);
}

const TABLE_FRAME =
  '(?:in|as|into|using|use|with|make|create|build|draw|give(?:\\s+(?:me|us))?|show(?:\\s+(?:me|it|this|them))?|put(?:\\s+(?:it|this|that|them|everything|these|the (?:results|data|info(?:rmation)?)))?|format(?:ted)?(?:\\s+(?:it|this|them))?|present(?:\\s+(?:it|this|them))?|organi[sz]e(?:\\s+(?:it|this|them))?|summari[sz]e(?:\\s+(?:it|this|them))?|display(?:\\s+(?:it|this|them))?|lay(?:\\s+(?:it|this|them))?\\s+out)';
const TABLE = re(
  `\\b${TABLE_FRAME}\\s+(?:(?:in|as|into|with)\\s+)?(?:an?\\s+)?(?:(?:markdown|simple|small|nice|neat|clean|comparison|quick|short|single|clear|summary|side-by-side|2-column|two-column|three-column|3-column)\\s+)*(?:table|tabular\\s+(?:form|format|view))\\b(?!\\s*(?:of\\s+contents|tennis|salt|top|cloth|manners|spoon|saw|lamp|stakes|read)\\b)(?!\\s+(?:in|using|for|on)\\s+(?:sql|postgres(?:ql)?|mysql|sqlite|the database|a database|my database|excel|html|react|latex|django|pandas|dynamodb|mongo(?:db)?|supabase|word|google sheets)\\b)`,
);
const TABLE_NOUN = re('\\b(?:markdown|comparison)\\s+table\\b|\\btable\\s+format\\b|\\btabular\\s+(?:form|format)\\b');

const BULLETS = re(
  '\\b(?:in|as|with|using|use|into|via|(?:format|formatted|present|put|give|write|list|show|summari[sz]e|organi[sz]e|break)(?:\\s+(?:it|this|them|that|me|down|the (?:answer|points|ideas|steps)))?(?:\\s+(?:in|as|into))?)\\s+(?:an?\\s+)?(?:(?:short|brief|concise|simple|few|clear|quick)\\s+)?(?:bullet[- ]?points?|bullets|bullet(?:ed)?\\s+list|bulleted\\s+form|bullet\\s+form|bullet[- ]point\\s+(?:list|format|form|summary))\\b',
);
const LIST_FORM = re('\\b(?:as|in|into)\\s+(?:an?\\s+)?(?:list(?:\\s+(?:form|format))?|listicle)\\b');
const BULLET_NOUN = re('\\b(?:bullet(?:ed)?|bullet[- ]point)\\s+(?:list|summary|format|form|overview|outline|notes)\\b|\\bbullet[- ]?points?\\s+(?:please|only)\\b');
const NUMBERED = re(
  '\\b(?:numbered|ordered)\\s+(?:list|steps|points|items|format|form|instructions)\\b|\\bnumber\\s+(?:them|each\\s+(?:one|step|item|point)|the\\s+(?:steps|items|points))\\b',
);
const CODE_ADJECTIVE =
  'full|final|complete|updated|fixed|corrected|revised|raw|actual|whole|entire|new|modified|refactored|working|resulting|valid|source|python|javascript|js|typescript|ts|java|c\\+\\+|c#|go|golang|rust|ruby|php|sql|bash|shell|html|css|swift|kotlin|scala|r|lua|perl|haskell|elixir|dart';
const CODE_ONLY = re(
  `\\b(?:(?:just|only)\\s+(?:(?:give|show|send|return|output|print|write|provide|paste|reply with|respond with|need|want)\\s+(?:me\\s+|us\\s+)?)?(?:the\\s+)?(?:(?:${CODE_ADJECTIVE})\\s+)*code|code\\s+only|nothing\\s+but\\s+(?:the\\s+)?code|(?:give|show|send|return|output|write|provide|reply\\s+with|respond\\s+with)(?:\\s+me)?\\s+only\\s+(?:the\\s+)?(?:(?:${CODE_ADJECTIVE})\\s+)*code|(?:i|we)\\s+(?:just|only)\\s+(?:need|want)\\s+(?:the\\s+)?code)\\b(?!\\s*(?:review(?:er)?s?|base|of\\s+conduct|editor|name|word|words|block\\s+format)\\b)`,
);

const formatPatterns: InstructionPattern[] = [
  {
    name: 'data-format',
    re: DATA_FORMAT,
    gate: { terminated: FORMAT_END, rejectHowTo: true, rejectCodeContext: true, rejectQuestion: true },
    read: (m) => [set('format', dataFormat(m[1]!))],
  },
  {
    name: 'data-format-only',
    re: DATA_FORMAT_ONLY,
    gate: { rejectHowTo: true },
    read: (m) => [set('format', dataFormat((m[1] ?? m[2])!)), set('noExtraText', true)],
  },
  {
    name: 'table',
    re: TABLE,
    gate: { rejectHowTo: true, rejectCodeContext: 'after', rejectQuestion: true },
    read: () => [set('format', 'table')],
  },
  { name: 'table-noun', re: TABLE_NOUN, gate: { rejectHowTo: true, rejectCodeContext: 'after', rejectQuestion: true }, read: () => [set('format', 'table')] },
  { name: 'bullets', re: BULLETS, gate: { rejectHowTo: true }, read: () => [set('format', 'bullets')] },
  { name: 'list-form', re: LIST_FORM, gate: { rejectHowTo: true, terminated: FORMAT_END }, read: () => [set('format', 'bullets')] },
  { name: 'bullet-noun', re: BULLET_NOUN, gate: { rejectHowTo: true }, read: () => [set('format', 'bullets')] },
  { name: 'numbered', re: NUMBERED, gate: { rejectHowTo: true }, read: () => [set('format', 'numbered-list')] },
  {
    name: 'code-only',
    re: CODE_ONLY,
    gate: {},
    read: () => [set('format', 'code-only'), set('noExtraText', true)],
  },
];

// ---- markdown, extra text, lists, disclaimers, emoji ---------------------------------------------------

// "no", "without", "don't use any", "skip the", "spare me the", "please don't format the answer with".
const NEGATIVE_FRAME =
  "(?:no|without|zero|(?:please\\s+)?(?:don't|do\\s+not|dont|never|avoid|stop|quit)|no\\s+more|skip|drop|lose|ditch|cut(?:\\s+out)?|remove|leave\\s+out|omit|spare\\s+(?:me|us)|enough\\s+with|hold\\s+off\\s+on|forget)(?:\\s+(?:use|using|add|adding|include|including|put|putting|give|giving|write|writing|provide|providing|output|format|formatting|want|need|me|us|any|the|a|an|more|all|your|with|it|this|that|answer|reply|response|text|in|as|of|those|these|such|extra|unnecessary|usual))*";

const NO_MARKDOWN = re(`\\b${NEGATIVE_FRAME}\\s+(?:markdown|md|formatting|rich\\s+text|markup)\\b(?!\\s+(?:file|files|editor|parser|renderer|syntax\\s+for))`);
const PLAIN_TEXT = re(
  "\\b(?:(?:in|as|into|to|use|using|only|just|respond\\s+in|reply\\s+in|answer\\s+in|output|return|write(?:\\s+it)?\\s+in|format(?:ted)?\\s+as|give\\s+(?:me\\s+)?(?:it\\s+)?(?:in|as))\\s+)(?:plain|raw|unformatted)[- ]?text\\b(?:\\s+(?:only|format|form))?|\\bplain[- ]?text\\s+only\\b",
);

const EXTRA_TEXT_NOUN =
  '(?:(?:extra|additional|further|other|long|lengthy|detailed|unnecessary|any)\\s+)?(?:explanations?|commentary|comments?\\s+(?:before|after|around)|preamble|preambles|intro(?:duction)?s?|elaboration|chit-?chat|small\\s+talk|fluff|filler|extra\\s+text|other\\s+text|additional\\s+text|extra\\s+words|justifications?|reasoning|pleasantries|caveats?\\s+or\\s+explanations?)';
const NO_EXTRA_TEXT = re(`\\b${NEGATIVE_FRAME}\\s+(?:an?\\s+|the\\s+)?${EXTRA_TEXT_NOUN}\\b`);
const DONT_EXPLAIN = re(
  "\\b(?:(?:please\\s+)?(?:don't|do\\s+not|dont|never)|no\\s+need\\s+to|you\\s+don't\\s+(?:need|have)\\s+to|without)\\s+(?:explain(?:ing)?|elaborat(?:e|ing)|add(?:ing)?\\s+(?:anything|any\\s+(?:other|extra)\\s+(?:text|words|commentary))|say(?:ing)?\\s+anything\\s+else|writ(?:e|ing)\\s+anything\\s+else|comment(?:ing)?)\\b(?!\\s+(?:the|each|every|your|on\\s+(?:the|each)))",
);
const ONLY_ANSWER = re(
  "\\b(?:(?<!\\bthe\\s)(?:just|only)\\s+(?:give\\s+(?:me|us)\\s+|return\\s+|output\\s+|print\\s+|tell\\s+me\\s+|reply\\s+with\\s+|respond\\s+with\\s+|say\\s+|write\\s+)?(?:the\\s+)?(?:final\\s+|short\\s+|direct\\s+)?(?:(?<=the\\s+(?:final\\s+|short\\s+|direct\\s+)?)answer|result|output|translation|corrected\\s+(?:text|version|sentence|sentences)|rewritten\\s+(?:text|version)|summary|verdict)|(?:the\\s+)?(?:final\\s+)?(?:answer|translation|result)\\s+only|(?:respond|reply|answer|output|return)\\s+(?:with\\s+)?only\\b|only\\s+(?:respond|reply|output|return)\\s+with\\b|no\\s+other\\s+(?:text|words|output|content))\\b",
);
const JUST_ANSWER = re('\\b(?:just|only|simply)\\s+answer\\b(?=\\s*(?:$|[.,;:!?]|(?:the|my)\\s+question|please|and\\b))');
const NOTHING_ELSE = re('\\b(?:and\\s+)?nothing\\s+(?:else|more)\\b');

const NO_LISTS = re(
  `\\b(?:${NEGATIVE_FRAME}|not\\s+(?:as\\s+|in\\s+)?(?:an?\\s+)?)\\s*(?:(?:bulleted|numbered|bullet)\\s+)?(?:bullet[- ]?points?|bullets|lists?|listicles?|bullet\\s+lists?)\\b`,
);
const PROSE_ONLY = re(
  '\\b(?:in|as)\\s+(?:(?:flowing|continuous|plain|full|regular|normal)\\s+)?(?:prose|paragraph\\s+form|paragraphs\\s+(?:only|instead|rather\\s+than\\s+(?:lists|bullets|bullet\\s+points)|not\\s+(?:lists|bullets|bullet\\s+points))|full\\s+sentences|flowing\\s+text)\\b',
);

const DISCLAIMER_NOUN =
  '(?:(?:usual|safety|legal|medical|moral|ethical|boring|unnecessary|needless|standard|generic|preachy|annoying|health|financial)\\s+)*(?:disclaimers?|warnings?|caveats?|lectures?|lecturing|moraliz(?:ing|ation)|moralis(?:ing|ation)|sermons?|preaching|hedging|safety\\s+(?:notes?|reminders?)|ethics\\s+lessons?|moral\\s+lessons?|judg(?:e)?ment)';
const NO_DISCLAIMERS = re(`\\b${NEGATIVE_FRAME}\\s+(?:an?\\s+|the\\s+)?${DISCLAIMER_NOUN}\\b`);
const KNOW_THE_RISKS = re('\\bi\\s+(?:already\\s+)?(?:know|understand|accept)\\s+(?:the|all\\s+the)\\s+risks\\b');
// Compiler and linter warnings are not the assistant's disclaimers.
const TOOL_WARNINGS = /\b(?:compile[rs]?|compiling|build|lint|linter|eslint|tsc|gcc|clang|pytest|console|deprecat\w*|errors?|code|typescript|python|rust|java)\b/;

const NO_EMOJI = re(`\\b${NEGATIVE_FRAME}\\s+(?:emojis?|emojies|emoticons?|smileys?|emoji\\s+use)\\b|\\bemoji[- ]free\\b`);
const USE_EMOJI = re(
  "\\b(?:use|using|add|include|with|put|sprinkle(?:\\s+in)?|throw\\s+in|more|lots\\s+of|plenty\\s+of|tons\\s+of|a\\s+lot\\s+of|loads\\s+of)\\s+(?:(?:lots\\s+of|plenty\\s+of|tons\\s+of|a\\s+lot\\s+of|loads\\s+of|many|some|more|a\\s+few|a\\s+bunch\\s+of|cute|fun|relevant|appropriate|fitting)\\s+)*(?:emojis?|emojies|emoticons?)\\b|\\bemojis?\\s+(?:are|is)\\s+(?:fine|ok(?:ay)?|welcome|allowed|encouraged|great)\\b",
);

const flagPatterns: InstructionPattern[] = [
  {
    name: 'no-markdown',
    re: NO_MARKDOWN,
    gate: { negatable: false, rejectHowTo: true },
    read: () => [set('noMarkdown', true), plainTextUnlessData()],
  },
  {
    name: 'plain-text',
    re: PLAIN_TEXT,
    gate: { terminated: FORMAT_END, rejectHowTo: true, rejectCodeContext: true, rejectQuestion: true },
    read: () => [set('noMarkdown', true), set('format', 'plain-text')],
  },
  { name: 'no-extra-text', re: NO_EXTRA_TEXT, gate: { negatable: false }, read: () => [set('noExtraText', true)] },
  { name: 'dont-explain', re: DONT_EXPLAIN, gate: { negatable: false }, read: () => [set('noExtraText', true)] },
  { name: 'only-answer', re: ONLY_ANSWER, gate: {}, read: () => [set('noExtraText', true)] },
  { name: 'just-answer', re: JUST_ANSWER, gate: {}, read: () => [set('noExtraText', true)] },
  { name: 'nothing-else', re: NOTHING_ELSE, gate: { negatable: false, terminated: STRICT_END }, read: () => [set('noExtraText', true)] },
  { name: 'no-lists', re: NO_LISTS, gate: { negatable: false, rejectHowTo: true }, read: () => [set('noLists', true)] },
  { name: 'prose-only', re: PROSE_ONLY, gate: {}, read: () => [set('noLists', true)] },
  {
    name: 'no-disclaimers',
    re: NO_DISCLAIMERS,
    gate: { negatable: false, rejectHowTo: true },
    read(m, text) {
      if (/warning/i.test(m[0]) && TOOL_WARNINGS.test(text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 60).toLowerCase())) {
        return null;
      }
      return [set('noDisclaimers', true)];
    },
  },
  { name: 'know-the-risks', re: KNOW_THE_RISKS, gate: {}, read: () => [set('noDisclaimers', true)] },
  { name: 'no-emoji', re: NO_EMOJI, gate: { negatable: false, rejectHowTo: true }, read: () => [set('emoji', false)] },
  { name: 'use-emoji', re: USE_EMOJI, gate: { rejectHowTo: true }, read: () => [set('emoji', true)] },
];

// ---- tone ---------------------------------------------------------------------------------------------

const INTENSIFIER = '(?:(?:more|really|very|totally|completely|extra|super|absolutely|a\\s+bit|a\\s+little|fully|100%)\\s+)?';
const BLUNT = re(
  `\\b(?:(?:be|being|get)\\s+${INTENSIFIER}(?:brutal(?:ly\\s+honest)?|blunt|harsh|savage|ruthless|merciless|straightforward|direct|frank)|brutal(?:ly)?\\s+honest(?:y)?|roast\\s+(?:me|my)|tear\\s+(?:me|it|this|my\\s+\\w+)\\s+(?:apart|to\\s+shreds)|give\\s+it\\s+to\\s+me\\s+straight|pull\\s+no\\s+punches|no\\s+mercy)\\b`,
);
const BLUNT_NEGATIVE = re(
  "\\b(?:(?:don't|do\\s+not|dont|no|without)\\s+sugar-?coat(?:ing)?|(?:don't|do\\s+not|dont)\\s+hold\\s+back|no\\s+holding\\s+back|(?:don't|do\\s+not)\\s+pull\\s+(?:any\\s+)?punches|no\\s+(?:bs|bullshit))\\b",
);
const PROFANE = re(
  "\\b(?:(?:you\\s+(?:can|may|should|are\\s+allowed\\s+to)|feel\\s+free\\s+to|go\\s+ahead\\s+and|don't\\s+be\\s+afraid\\s+to|allowed\\s+to|permission\\s+to)\\s+(?:swear|curse|cuss)|(?:use|using|with|add|include)\\s+(?:(?:some|lots\\s+of|plenty\\s+of|more|a\\s+lot\\s+of|tons\\s+of)\\s+)?(?:profanity|profanities|swear\\s+words|swearing|curse\\s+words|cursing|cuss\\s+words|cussing|bad\\s+words|foul\\s+language|f-bombs?|the\\s+f-word|expletives|obscenities|vulgar\\s+language)|be\\s+(?:more\\s+)?(?:profane|vulgar|foul-mouthed)|(?:swearing|profanity|cursing|cussing)\\s+is\\s+(?:fine|ok(?:ay)?|allowed|encouraged|welcome))\\b",
);
const PROFANE_BARE = re('\\b(?:swear|curse|cuss)(?:\\s+(?:a\\s+lot|more|freely|like\\s+a\\s+sailor|if\\s+you\\s+(?:want|like)|all\\s+you\\s+want|as\\s+much\\s+as\\s+you\\s+(?:want|like)))?\\b');
const CASUAL = re(
  `\\b(?:(?:be|sound|keep\\s+it|make\\s+it|talk|write|speak|respond|reply|answer)\\s+${INTENSIFIER}(?:casual(?:ly)?|informal(?:ly)?|chill|laid-?back|relaxed|conversational(?:ly)?)|(?<!\\b(?:less|not|not\\s+so|not\\s+too)\\s)(?:casual|informal|conversational|relaxed|chill|laid-?back)\\s+(?:tone|style|register|language|vibes?|manner|way)|(?:less|not\\s+so|not\\s+too)\\s+formal|(?:don't|do\\s+not)\\s+be\\s+(?:so\\s+|too\\s+)?(?:formal|stiff|robotic)|(?:talk|speak|write)\\s+(?:to\\s+me\\s+)?like\\s+(?:a|my)\\s+(?:friend|buddy|bro|pal))\\b`,
);
const FORMAL = re(
  `\\b(?:(?:be|sound|keep\\s+it|make\\s+it|write|speak|respond|reply|answer)\\s+(?:(?:more|very|really|extra|super|strictly)\\s+)?(?:formal(?:ly)?|professional(?:ly)?)|(?<!\\b(?:less|not|not\\s+so|not\\s+too)\\s)(?:formal|professional|academic|business)\\s+(?:tone|style|register|manner|voice|english|writing\\s+style)|in\\s+a\\s+(?:formal|professional)\\s+(?:way|manner|tone|style|register))\\b`,
);
const PLAYFUL = re(
  `\\b(?:(?:be|sound|keep\\s+it|make\\s+it|write\\s+it|get)\\s+${INTENSIFIER}(?:playful|funny|humorous|silly|witty|goofy|cheeky|fun|light-?hearted|whimsical|jokey|sassy|sarcastic)|(?:playful|humorous|funny|light-?hearted|silly|witty|whimsical|comedic|jokey|tongue-in-cheek|sassy)\\s+(?:tone|style|way|manner|vibe)|add\\s+(?:some\\s+|a\\s+few\\s+|more\\s+|a\\s+bit\\s+of\\s+)?(?:humou?r|jokes|puns)|with\\s+(?:some\\s+|a\\s+bit\\s+of\\s+|a\\s+little\\s+|lots\\s+of\\s+)?(?:humou?r|jokes|puns|wit)|make\\s+me\\s+laugh)\\b`,
);

const tonePatterns: InstructionPattern[] = [
  { name: 'blunt', re: BLUNT, gate: { rejectHowTo: true }, read: () => [set('tone', 'blunt')] },
  { name: 'blunt-negative', re: BLUNT_NEGATIVE, gate: { negatable: false }, read: () => [set('tone', 'blunt')] },
  { name: 'profane', re: PROFANE, gate: { rejectHowTo: true }, read: () => [set('tone', 'profane')] },
  {
    name: 'profane-bare',
    re: PROFANE_BARE,
    gate: { clauseStart: true, terminated: STRICT_END },
    read: () => [set('tone', 'profane')],
  },
  { name: 'casual', re: CASUAL, gate: { rejectHowTo: true }, read: () => [set('tone', 'casual')] },
  { name: 'formal', re: FORMAL, gate: { rejectHowTo: true }, read: () => [set('tone', 'formal')] },
  { name: 'playful', re: PLAYFUL, gate: { rejectHowTo: true }, read: () => [set('tone', 'playful')] },
];

// ---- cancellations ---------------------------------------------------------------------------------------

const isCodeOnly = (v: unknown): boolean => v === 'code-only';
const isPlainText = (v: unknown): boolean => v === 'plain-text';
const isProfane = (v: unknown): boolean => v === 'profane';

const CANCEL_LENGTH = re(
  "\\b(?:(?:you\\s+can|you\\s+may|feel\\s+free\\s+to|go\\s+ahead\\s+and|it's\\s+ok(?:ay)?\\s+to)\\s+(?:use|write|give\\s+me|take)\\s+(?:more|as\\s+many|any\\s+number\\s+of|all\\s+the)\\s+(?:words|sentences|paragraphs|space|detail|room)|(?:any|whatever)\\s+length\\s+(?:is|'s|works)\\s+(?:fine|ok(?:ay)?|good)|length\\s+(?:doesn't|does\\s+not|don't)\\s+matter|(?:forget|ignore|drop|disregard|never\\s*mind|scrap|remove|lift|no\\s+need\\s+for)\\s+(?:about\\s+)?(?:the\\s+|that\\s+|my\\s+|your\\s+)?(?:word|length|character|sentence|size|one[- ]word)\\s+(?:limit|count|restriction|constraint|requirement|cap|rule)s?|no\\s+(?:word|length|character)\\s+(?:limit|restriction|cap)s?|(?:as\\s+long|as\\s+detailed|as\\s+much)\\s+as\\s+(?:you\\s+(?:want|like|need)|needed|necessary|you\\s+can))\\b",
);
const CANCEL_BREVITY = re(
  "\\b(?:elaborate|expand\\s+on\\s+(?:that|it|this|your\\s+answer)|go\\s+into\\s+(?:more\\s+|much\\s+more\\s+|greater\\s+|full\\s+)?detail|(?:in|with)\\s+(?:more|much\\s+more|greater|full)\\s+detail|(?:a\\s+)?(?:longer|more\\s+detailed|fuller|full|complete)\\s+(?:answer|reply|response|explanation|version)|(?:you\\s+can|feel\\s+free\\s+to)\\s+(?:elaborate|explain|go\\s+longer|be\\s+longer|write\\s+more))\\b",
);
const CANCEL_EXTRA_TEXT = re(
  "\\b(?:explain|walk\\s+me\\s+through|(?:explanations?|comments|commentary)\\s+(?:are|is)\\s+(?:fine|ok(?:ay)?|welcome))\\b",
);
const CANCEL_LANGUAGE = re(
  "\\b(?:(?:in\\s+)?(?:any|whatever)\\s+language\\s+(?:is|'s)\\s+(?:fine|ok(?:ay)?)|(?:answer|reply|respond|write)\\s+in\\s+(?:any|whatever)\\s+language|forget\\s+(?:about\\s+)?the\\s+(?:language|translation))\\b",
);
const CANCEL_FORMAT = re(
  "\\b(?:(?:any|whatever)\\s+format\\s+(?:is|'s)\\s+(?:fine|ok(?:ay)?)|(?:forget|drop|never\\s*mind|scrap|no\\s+need\\s+for|you\\s+don't\\s+need|don't\\s+need)\\s+(?:about\\s+)?(?:the\\s+)?(?:json|yaml|csv|table|tables|bullet\\s+points|bullets|list\\s+format|numbered\\s+list|format(?:ting)?\\s+(?:requirement|instruction)s?))\\b",
);
const CANCEL_MARKDOWN = re(
  "\\b(?:(?:you\\s+can|feel\\s+free\\s+to)\\s+(?:use|add)\\s+(?:markdown|formatting)|(?:markdown|formatting)\\s+(?:is|'s)\\s+(?:fine|ok(?:ay)?|allowed))\\b",
);
const CANCEL_LISTS = re(
  '\\b(?:(?:you\\s+can|feel\\s+free\\s+to)\\s+(?:use|add)\\s+(?:bullet\\s+points|bullets|lists)|(?:bullet\\s+points|bullets|lists)\\s+are\\s+(?:fine|ok(?:ay)?|allowed))\\b',
);
const CANCEL_DISCLAIMERS = re('\\b(?:you\\s+can|feel\\s+free\\s+to)\\s+(?:add|include)\\s+(?:the\\s+|any\\s+)?(?:disclaimers?|warnings?|caveats?)\\b');
const CANCEL_TONE = re(
  "\\b(?:(?:don't|do\\s+not)\\s+be\\s+(?:so\\s+|too\\s+)?(?:rude|harsh|mean|blunt|brutal|silly|funny|sarcastic|playful|casual|informal|jokey)|(?:stop|quit|no\\s+more|enough)\\s+(?:swearing|cursing|cussing|profanity|being\\s+(?:so\\s+)?(?:rude|harsh|mean|blunt|brutal|silly|funny|sarcastic|casual|formal))|(?:normal|neutral|regular|usual|default)\\s+(?:tone|voice|style)|back\\s+to\\s+(?:normal|your\\s+(?:usual|normal)\\s+(?:tone|self|style)))\\b",
);
const CANCEL_PROFANITY = re("\\b(?:don't|do\\s+not|dont|never)\\s+(?:swear|curse|cuss)\\b|\\bno\\s+(?:swearing|cursing|profanity|cussing)\\b");

const cancelPatterns: InstructionPattern[] = [
  { name: 'cancel-length', re: CANCEL_LENGTH, gate: { negatable: false }, read: () => [clear('length'), clear('answerShape')] },
  {
    name: 'cancel-brevity',
    re: CANCEL_BREVITY,
    gate: {},
    read: () => [clear('length'), clear('answerShape'), clear('noExtraText'), clear('format', isCodeOnly)],
  },
  {
    name: 'cancel-extra-text',
    re: CANCEL_EXTRA_TEXT,
    gate: { clauseStart: true },
    read: () => [clear('noExtraText'), clear('format', isCodeOnly)],
  },
  { name: 'cancel-language', re: CANCEL_LANGUAGE, gate: { negatable: false }, read: () => [clear('language')] },
  { name: 'cancel-format', re: CANCEL_FORMAT, gate: { negatable: false }, read: () => [clear('format')] },
  { name: 'cancel-markdown', re: CANCEL_MARKDOWN, gate: {}, read: () => [clear('noMarkdown'), clear('format', isPlainText)] },
  { name: 'cancel-lists', re: CANCEL_LISTS, gate: {}, read: () => [clear('noLists')] },
  { name: 'cancel-disclaimers', re: CANCEL_DISCLAIMERS, gate: {}, read: () => [clear('noDisclaimers')] },
  { name: 'cancel-tone', re: CANCEL_TONE, gate: { negatable: false }, read: () => [clear('tone')] },
  { name: 'cancel-profanity', re: CANCEL_PROFANITY, gate: { negatable: false }, read: () => [clear('tone', isProfane)] },
];

export const INSTRUCTION_PATTERNS: readonly InstructionPattern[] = [
  ...languagePatterns,
  ...lengthPatterns,
  ...itemPatterns,
  ...shapePatterns,
  ...formatPatterns,
  ...flagPatterns,
  ...tonePatterns,
  ...cancelPatterns,
];

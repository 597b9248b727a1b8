/**
 * The words a regular expression's matches must contain, read from its syntax tree, as a word gate
 * (engine/word-index.ts). A rule declares the patterns one of which every finding of it needs
 * (`replyPatterns`); the engine derives the gate from them once and skips the rule on replies whose
 * word index lacks the words.
 *
 * Sound by construction, never complete: a word is only claimed when the pattern fixes where it
 * starts (after `\b`, `^`, or a character that is not a word character) and either where it ends
 * (a whole word) or its first four characters (a word beginning, which the index also records).
 * Anything the walk cannot follow (a `\w+`, a class of many letters, a back-reference) only makes
 * the gate weaker. "Word" means what `\b` means without the `u` flag: runs of [A-Za-z0-9_].
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { wordClauses, type WordClauses } from './word-index';

/** Entries are whole words ("sorry") or four-character word beginnings ("apol*"), lower case. */
type WordChoice = ReadonlySet<string>;
/** Every one of the choices holds a word of the text. */
type Clause = readonly WordChoice[];
/** Some clause holds; null: nothing is required. */
type Requirement = readonly Clause[] | null;

/**
 * Where the walk stands between two characters of a match. `before`, when known: the whole word that
 * came last before the current (or next) word, with nothing but other characters in between, so the
 * two make a pair the index records.
 */
type State =
  /** The next word character, if any, starts a word. */
  | { kind: 'boundary'; before?: ReadonlySet<string> }
  /**
   * Inside a word that started at a known place; these are its possible characters so far. The empty
   * spelling stands for "or no word has started yet" (a boundary on some paths); on those paths
   * `ended`, when known, is the whole word that came last.
   */
  | { kind: 'word'; spellings: ReadonlySet<string>; before?: ReadonlySet<string>; ended?: ReadonlySet<string> }
  /** Nothing known about the word the next character would continue. */
  | { kind: 'unknown' };

const BOUNDARY: State = { kind: 'boundary' };
const UNKNOWN: State = { kind: 'unknown' };
const PREFIX_LENGTH = 4;
/** Spellings of one word followed at once; more (a run of classes like [sz]) and the word is cut to its beginning. */
const MAX_SPELLINGS = 64;
/** Clauses kept when requirements are combined. */
const MAX_CLAUSES = 64;
/** Word choices one clause asks for at most (the least common ones). */
const MAX_CLAUSE_CHOICES = 8;
/** Word pairs one need may list (spellings of the first word times spellings of the second). */
const MAX_PAIRS = 16;
/** Letters a class may hold and still be followed letter by letter ([sz], [Ss]). */
const MAX_CLASS_LETTERS = 3;

// A rough chance that an English reply holds a word, to pick the most telling of several requirements.
const COMMON = new Set(
  (
    'a about after all also am an and any are as at be because been but by can could d do does don ' +
    'for from get go has have he her here him his how i if in into is it its just know like ll m make ' +
    'may me more most my no not now of on one only or other our out re s so some such t than that the ' +
    'their them then there these they this to up us ve was we well were what when which who will with ' +
    'would you your'
  ).split(' '),
);

function chance(entry: string): number {
  if (entry.includes(' ')) return 0.004;
  if (entry.endsWith('*')) return 0.06;
  return COMMON.has(entry) ? 0.7 : 0.03;
}

function choiceChance(choice: WordChoice): number {
  let p = 0;
  for (const entry of choice) p += chance(entry);
  return Math.min(1, p);
}

/** Too many alternatives to keep apart: one choice of the least common words of each. Every clause implies it. */
function collapse(req: readonly Clause[]): WordChoice {
  const words = new Set<string>();
  for (const clause of req) {
    const rarest = [...clause].sort((x, y) => choiceChance(x) - choiceChance(y))[0]!;
    for (const w of rarest) words.add(w);
  }
  return words;
}

function requirementChance(req: Requirement): number {
  if (req === null) return 1;
  let p = 0;
  for (const clause of req) p += clause.reduce((q, choice) => q * choiceChance(choice), 1);
  return Math.min(1, p);
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const lower = (c: number): string => String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);

/** What a one-character element can match: some word characters (listed when few), or only non-word ones, or both. */
type CharKind = { kind: 'word'; letters: readonly string[] | null } | { kind: 'non-word' } | { kind: 'mixed' };

/**
 * Case-insensitive Unicode matching (/iu) also reads "\u017F" (long s) as "s" and "\u212A" (Kelvin
 * sign) as "k"; the word index reads a text with those both ways (engine/word-index.ts).
 */
let unicodeFolding = false;

function characterKind(code: number): CharKind {
  if (unicodeFolding && (code === 0x17f || code === 0x212a)) return { kind: 'word', letters: [code === 0x17f ? 's' : 'k'] };
  if (!isWordCode(code)) return { kind: 'non-word' };
  return { kind: 'word', letters: [lower(code)] };
}

function setKind(set: AST.CharacterSet): CharKind {
  switch (set.kind) {
    case 'digit':
      return set.negate ? { kind: 'mixed' } : { kind: 'word', letters: null };
    case 'word':
      return set.negate ? { kind: 'non-word' } : { kind: 'word', letters: null };
    case 'space':
      return set.negate ? { kind: 'mixed' } : { kind: 'non-word' };
    default:
      return { kind: 'mixed' };
  }
}

function classKind(cls: AST.CharacterClass | AST.ExpressionCharacterClass): CharKind {
  if (cls.type !== 'CharacterClass') return { kind: 'mixed' };
  if (cls.negate) {
    // [^\w…] leaves only characters that are not word characters.
    const excludesWords = cls.elements.some((el) => el.type === 'CharacterSet' && el.kind === 'word' && !el.negate);
    return excludesWords ? { kind: 'non-word' } : { kind: 'mixed' };
  }
  let word = false;
  let nonWord = false;
  const letters = new Set<string>();
  let listed = true;
  for (const el of cls.elements) {
    if (el.type === 'Character') {
      const kind = characterKind(el.value);
      if (kind.kind === 'word') {
        word = true;
        letters.add(kind.letters![0]!);
      } else nonWord = true;
    } else if (el.type === 'CharacterClassRange') {
      for (let c = el.min.value; c <= el.max.value; c++) {
        if (characterKind(c).kind === 'word') {
          word = true;
          if (letters.size <= MAX_CLASS_LETTERS) letters.add(lower(c));
          else listed = false;
        } else nonWord = true;
        if (word && nonWord) break;
      }
    } else if (el.type === 'CharacterSet') {
      const kind = setKind(el);
      if (kind.kind === 'word') {
        word = true;
        listed = false;
      } else if (kind.kind === 'non-word') nonWord = true;
      else return { kind: 'mixed' };
    } else {
      return { kind: 'mixed' };
    }
  }
  if (word && nonWord) return { kind: 'mixed' };
  if (!word) return { kind: 'non-word' };
  return { kind: 'word', letters: listed && letters.size <= MAX_CLASS_LETTERS ? [...letters] : null };
}

/** Walks one alternative (a sequence), collecting what it requires and where it leaves the state. */
class SequenceWalk {
  private state: State;
  private readonly needs: Array<readonly Clause[]> = [];
  /** Index in `needs` of the beginning noted for the word in progress, replaced by the whole word if it ends. */
  private prefixNeed: number | null = null;

  constructor(start: State) {
    this.state = start;
  }

  get end(): State {
    return this.state;
  }

  /**
   * The requirement of the sequence: everything it needs that is a single clause (all of it must be
   * there), joined with its most telling needs of several clauses (alternatives inside).
   */
  requirement(): Requirement {
    if (this.needs.length === 0) return null;
    const choices: WordChoice[] = [];
    for (const need of this.needs) if (need.length === 1) choices.push(...need[0]!);
    let crossed: Clause[] = [[]];
    const several = this.needs.filter((n) => n.length > 1).sort((x, y) => requirementChance(x) - requirementChance(y));
    for (const need of several) {
      if (crossed.length * need.length <= MAX_CLAUSES) crossed = crossed.flatMap((clause) => need.map((other) => [...clause, ...other]));
      else choices.push(collapse(need));
    }
    const base = [...new Set(choices)].sort((x, y) => choiceChance(x) - choiceChance(y)).slice(0, MAX_CLAUSE_CHOICES);
    const result = crossed.map((clause) => [...base, ...clause]);
    // An empty clause would hold for any text.
    return result.some((clause) => clause.length === 0) ? null : result;
  }

  need(req: Requirement): void {
    // A choice of no word could never hold: such a need says nothing sound, so it is left out.
    if (req !== null && req.length > 0 && req.every((clause) => clause.every((choice) => choice.size > 0))) this.needs.push(req);
  }

  /** The word in progress ends here (the next character is not a word character). */
  endWord(): void {
    const st = this.state;
    if (st.kind === 'boundary') return;
    if (st.kind === 'word' && !st.spellings.has('')) {
      const whole: Clause[] = [[new Set(st.spellings)]];
      if (this.prefixNeed !== null) this.needs[this.prefixNeed] = whole;
      else this.need(whole);
      if (st.before && st.before.size * st.spellings.size <= MAX_PAIRS) {
        const pairs = new Set<string>();
        for (const a of st.before) for (const b of st.spellings) pairs.add(`${a} ${b}`);
        this.need([[pairs]]);
      }
      return this.set({ kind: 'boundary', before: st.spellings });
    }
    if (st.kind === 'word' && st.ended) {
      // Some paths are in a word that ends here, the others ended one a little earlier.
      const words = new Set([...st.spellings, ...st.ended]);
      words.delete('');
      this.need([[words]]);
      return this.set({ kind: 'boundary', before: words });
    }
    this.set(BOUNDARY);
  }

  /** The walk loses track of the word in progress; its beginning still counts when long enough. */
  loseTrack(): void {
    if (this.state.kind === 'word' && this.prefixNeed === null) {
      const spellings = [...this.state.spellings];
      if (spellings.every((s) => s.length >= PREFIX_LENGTH)) this.need([[new Set(spellings.map((s) => `${s.slice(0, PREFIX_LENGTH)}*`))]]);
    }
    this.set(UNKNOWN);
  }

  /** One character matched by an element of this kind. */
  char(kind: CharKind): void {
    if (kind.kind === 'non-word') return this.endWord();
    if (kind.kind === 'mixed' || kind.letters === null) return this.loseTrack();
    const letters = kind.letters;
    const st = this.state;
    if (st.kind === 'boundary') {
      this.set({ kind: 'word', spellings: new Set(letters), before: st.before });
    } else if (st.kind === 'word') {
      const next = new Set<string>();
      for (const s of st.spellings) for (const l of letters) next.add(s + l);
      if (next.size > MAX_SPELLINGS) return this.loseTrack();
      // On the paths where no word had started, the word before this one is the one that ended.
      const before = st.spellings.has('') ? union(st.before, st.ended, st.spellings.size > 1) : st.before;
      if (st.spellings.size === 1 && st.spellings.has('')) this.set({ kind: 'word', spellings: next, before });
      else this.state = { kind: 'word', spellings: next, before };
    }
    this.notePrefix();
  }

  /** Once every spelling has four characters, the word's beginning is known, whatever follows. */
  notePrefix(): void {
    if (this.state.kind !== 'word' || this.prefixNeed !== null) return;
    const spellings = [...this.state.spellings];
    if (!spellings.every((sp) => sp.length >= PREFIX_LENGTH)) return;
    this.needs.push([[new Set(spellings.map((sp) => `${sp.slice(0, PREFIX_LENGTH)}*`))]]);
    this.prefixNeed = this.needs.length - 1;
  }

  /**
   * Forget the beginning noted for the word in progress, when the walk that goes on with the word
   * notes one itself (every spelling there has four characters).
   */
  handOver(next: State): void {
    if (this.prefixNeed === null || next.kind !== 'word') return;
    for (const sp of next.spellings) if (sp.length < PREFIX_LENGTH) return;
    this.needs.splice(this.prefixNeed, 1);
    this.prefixNeed = null;
  }

  /** An optional single character: the word goes on with it or without it. */
  optionalChar(kind: CharKind): void {
    if (kind.kind === 'word' && kind.letters !== null && this.state.kind !== 'unknown') {
      // Every new spelling extends an old one, so a beginning already noted stays true.
      const so = this.state.kind === 'word' ? [...this.state.spellings] : [''];
      const next = new Set(so);
      for (const sp of so) for (const l of kind.letters) next.add(sp + l);
      if (next.size > MAX_SPELLINGS) return this.loseTrack();
      this.state = { kind: 'word', spellings: next, before: this.state.before, ended: this.state.kind === 'word' ? this.state.ended : this.state.before };
      return this.notePrefix();
    }
    // A character that is never part of a word: present, it ends the word (a new one may start);
    // absent, the word goes on. Either way the next word's characters are known from here.
    if (kind.kind === 'non-word' && this.state.kind === 'boundary') return;
    if (kind.kind === 'non-word' && this.state.kind === 'word') {
      // Present, the character ends the word; absent, the word goes on.
      const st = this.state;
      const current = [...st.spellings].filter((sp) => sp !== '');
      const ended = !st.spellings.has('') ? new Set(current) : st.ended ? new Set([...st.ended, ...current]) : undefined;
      this.state = { kind: 'word', spellings: new Set([...st.spellings, '']), before: st.before, ended };
      return;
    }
    this.loseTrack();
  }

  /** A new state reached otherwise than by going on with the word in progress. */
  set(state: State): void {
    this.state = state;
    this.prefixNeed = null;
  }
}

/** Where several paths may leave the walk: null when one of them is lost, or too many spellings to follow. */
/** Both sets together; undefined when one that is needed is unknown. */
function union(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined, needA = true): ReadonlySet<string> | undefined {
  if (b === undefined || (needA && a === undefined)) return undefined;
  const out = new Set([...(needA ? a! : []), ...b]);
  return out.size > MAX_SPELLINGS ? undefined : out;
}

function merge(states: readonly State[]): State | null {
  const spellings = new Set<string>();
  let before: Set<string> | undefined = new Set<string>();
  // For the paths without a word in progress: the word that ended last.
  let ended: Set<string> | undefined = new Set<string>();
  for (const st of states) {
    if (st.kind === 'unknown') return null;
    if (st.kind === 'boundary') {
      spellings.add('');
      if (st.before === undefined) ended = undefined;
      else if (ended) for (const b of st.before) ended.add(b);
      continue;
    }
    for (const sp of st.spellings) spellings.add(sp);
    if (st.before === undefined) before = undefined;
    else if (before) for (const b of st.before) before.add(b);
    if (st.spellings.has('')) {
      if (st.ended === undefined) ended = undefined;
      else if (ended) for (const b of st.ended) ended.add(b);
    }
  }
  if (spellings.size > MAX_SPELLINGS) return null;
  if (before && (before.size === 0 || before.size > MAX_SPELLINGS)) before = undefined;
  if (ended && (ended.size === 0 || ended.size > MAX_SPELLINGS)) ended = undefined;
  if (spellings.size === 1 && spellings.has('')) return { kind: 'boundary', before: ended };
  return { kind: 'word', spellings, before, ended: spellings.has('') ? ended : undefined };
}

const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.size === b.size && [...a].every((x) => b.has(x)));
const sameState = (a: State, b: State): boolean =>
  a.kind === b.kind &&
  (a.kind === 'unknown' ||
    (sameSet(a.before, (b as typeof a).before) &&
      (a.kind !== 'word' || (sameSet(a.spellings, (b as typeof a).spellings) && sameSet(a.ended, (b as typeof a).ended)))));

function walkAlternatives(alternatives: readonly AST.Alternative[], start: State): { req: Requirement; end: State } {
  const walks = alternatives.map((alt) => walkSequence(alt.elements, start));
  let end = merge(walks.map((w) => w.end));
  if (end !== null) for (const w of walks) w.handOver(end);
  if (end === null) {
    // Some branch lost track: each one keeps what it knows of its own word, and what follows is unknown.
    for (const w of walks) w.loseTrack();
    end = UNKNOWN;
  }
  const reqs = walks.map((w) => w.requirement());
  const req = reqs.some((r) => r === null) ? null : reqs.flat() as Clause[];
  return { req, end };
}

function walkSequence(elements: readonly AST.Element[], start: State): SequenceWalk {
  const walk = new SequenceWalk(start);
  for (const el of elements) walkElement(walk, el);
  return walk;
}

function walkElement(walk: SequenceWalk, el: AST.Element): void {
  switch (el.type) {
    case 'Character':
      return walk.char(characterKind(el.value));
    case 'CharacterSet':
      return walk.char(setKind(el));
    case 'CharacterClass':
    case 'ExpressionCharacterClass':
      return walk.char(classKind(el));
    case 'Assertion':
      if (el.kind === 'word') return el.negate ? walk.loseTrack() : walk.endWord();
      if (el.kind === 'start') return walk.set(BOUNDARY);
      if (el.kind === 'end') return walk.endWord();
      return; // lookarounds consume nothing
    case 'Group':
    case 'CapturingGroup': {
      if (el.type === 'Group' && el.modifiers) return walk.loseTrack();
      const { req, end } = walkAlternatives(el.alternatives, walk.end);
      walk.need(req);
      walk.set(end);
      return walk.notePrefix();
    }
    case 'Quantifier':
      return walkQuantifier(walk, el);
    default:
      return walk.loseTrack();
  }
}

function walkQuantifier(walk: SequenceWalk, q: AST.Quantifier): void {
  if (q.max === 0) return;
  const el = q.element;
  const single = el.type === 'Character' || el.type === 'CharacterSet' || el.type === 'CharacterClass' || el.type === 'ExpressionCharacterClass';
  if (single) {
    const kind = el.type === 'Character' ? characterKind(el.value) : el.type === 'CharacterSet' ? setKind(el) : classKind(el);
    if (q.min === 0 && q.max === 1) return walk.optionalChar(kind);
    // Characters that are never part of a word: at least one ends the word; none or some, as one optional.
    if (kind.kind === 'non-word') return q.min >= 1 ? walk.endWord() : walk.optionalChar(kind);
    if (q.min >= 1) walk.char(kind);
    return walk.loseTrack();
  }
  // A group: walk one repetition from here and, when it may repeat, one more from where that ends.
  const start = walk.end;
  const once = new SequenceWalk(start);
  walkElement(once, el);
  const ends = [once.end];
  if (q.max > 1) {
    const again = new SequenceWalk(once.end);
    walkElement(again, el);
    ends.push(again.end);
  }
  const reachable = q.min === 0 ? [start, ...ends] : ends;
  // More repetitions reach no new state only when the second one ends where the first did.
  const settled = ends.length === 1 || sameState(ends[0]!, ends[1]!);
  const end = settled ? merge(reachable) : null;
  if (end !== null) {
    once.handOver(end);
    if (q.min >= 1) walk.need(once.requirement());
    walk.set(end);
    return walk.notePrefix();
  }
  if (q.min >= 1) {
    // The first repetition always happens: what it requires holds, with the start of a word it leaves open.
    once.loseTrack();
    walk.need(once.requirement());
    walk.set(UNKNOWN);
    return;
  }
  walk.loseTrack();
}

/**
 * A gate that every match of any of the patterns passes, or null when some pattern can match without
 * a word this walk can name.
 */
export function requiredWords(patterns: readonly RegExp[]): WordClauses | null {
  const clauses = requiredWordClauses(patterns);
  return clauses === null ? null : wordClauses(...clauses);
}

/**
 * The same as lists: some clause holds, a clause holding when each of its lists has a word of the
 * text; an entry ending in `*` is a word beginning.
 */
export function requiredWordClauses(patterns: readonly RegExp[]): string[][][] | null {
  const clauses: Clause[] = [];
  for (const pattern of patterns) {
    unicodeFolding = pattern.ignoreCase && (pattern.unicode || pattern.unicodeSets);
    const ast = parseRegExpLiteral(pattern);
    const { req } = walkAlternatives(ast.pattern.alternatives, UNKNOWN);
    if (req === null) return null;
    clauses.push(...req);
  }
  if (clauses.length === 0) return null;
  const lists = new Map<string, string[][]>();
  for (const clause of clauses) {
    const choices = new Map<string, string[]>();
    for (const choice of clause) {
      const words = [...choice].sort();
      choices.set(words.join('|'), words);
    }
    const list = [...choices.values()];
    lists.set([...choices.keys()].sort().join('&'), list);
  }
  return [...lists.values()];
}

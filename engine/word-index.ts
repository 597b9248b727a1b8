/**
 * Which words a text contains, for cheap "can this rule fire at all?" checks before a rule runs its
 * large regular expressions. One pass over the text sets bits in a table (131,072 bits for a reply;
 * other turns get one sized to their text, see ownTableBits) for every word
 * (a run of ASCII letters, digits and `_`, lower-cased: what `\w` and `\b` mean in a regex without
 * the `u` flag), for the first four letters of every word of four letters or more, and for every
 * two words in a row ("can t", "what a": nothing but other characters between them). Membership is
 * by hash, so a lookup may answer "present" for an absent word (about 1 in 230 at 2 KB of text) but
 * never "absent" for a present one: a gate built on it can only let a rule run needlessly, never
 * stop it from finding something.
 *
 * Why not the rules' own regexes as gates: a reply runs some 200 compiled regexes, and each one
 * finds its machine code evicted from the CPU caches by the others; this one shared loop stays warm.
 */
/** Longer texts are not indexed: they hold nearly every gate word anyway, so every gate opens. */
export const MAX_INDEXED_CHARS = 100_000;
const BITS = 1 << 17;
const MASK = BITS - 1;
const PREFIX_LENGTH = 4;
const PREFIX_SALT = 0x5bd1e995;
const PAIR_SALT = 0x27d4eb2f;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function wordChar(c: number): number {
  // Lower-cased code of an ASCII word character, or -1.
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if ((c >= 48 && c <= 57) || c === 95) return c;
  return -1;
}

const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const wordKey = (h: number): number => (h ^ (h >>> 16)) & MASK;
const prefixKey = (h: number): number => {
  const x = h ^ PREFIX_SALT;
  return (x ^ (x >>> 15)) & MASK;
};
const pairKey = (first: number, second: number): number => {
  const x = Math.imul(first ^ PAIR_SALT, 0x9e3779b1) ^ second;
  return (x ^ (x >>> 14)) & MASK;
};

function hashOf(word: string, length = word.length): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/** Dingbats and miscellaneous symbols, and the high surrogates of the emoji planes (U+1F000..U+1FFFF). */
function isPictographic(code: number): boolean {
  return (code >= 0x2600 && code <= 0x27bf) || (code >= 0xd83c && code <= 0xd83e);
}

/**
 * Replies share one table for the whole process, lent to one reply at a time: a 16 KB typed array
 * per reply costs more to allocate (and to collect) than the scan itself. The index that built it
 * last owns it; any other rebuilds it before answering, so an answer is always about its own text.
 * Other turns (the user's, mostly short) get a table of their own, sized to their text, so rules
 * that ask about them never make the reply's table be built again.
 */
const shared = { table: new Uint32Array(BITS >>> 5) as Uint32Array, owner: null as WordIndex | null, pictographs: false, build: 0 };
/** Counts the builds of every table: a word set's remembered answer names the build it was found in. */
let builds = 0;
/** The table being read, its size (a key is read modulo it) and what is known of it: set by the index that answers. */
let table: Uint32Array = shared.table;
let tableMask = MASK;
let tableBuild = 0;
let tableHasPictographs = false;

function setBit(key: number): void {
  const k = key & tableMask;
  table[k >>> 5]! |= 1 << (k & 31);
}

function hasBit(key: number): boolean {
  const k = key & tableMask;
  return (table[k >>> 5]! & (1 << (k & 31))) !== 0;
}

/**
 * Bits of an own table for a text of `length` characters: about 60 per character (some 0.6 entries
 * per character, each with about 1 chance in 100 of a false "present"), a power of two.
 */
function ownTableBits(length: number): number {
  let bits = 4096;
  while (bits < length * 60 && bits < BITS) bits *= 2;
  return bits;
}

/** U+017F (long s) and U+212A (Kelvin sign): case-insensitive Unicode regexes (/iu) read them as "s" and "k". */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

function foldedWordChar(c: number): number {
  if (c === LONG_S) return 115;
  if (c === KELVIN) return 107;
  return wordChar(c);
}

/**
 * Indexes the text's words; a text with a long s or a Kelvin sign is read a second time with those
 * as "s" and "k", so the words an /iu regex sees are there too (more entries only ever open gates).
 */
function build(text: string): boolean {
  table.fill(0);
  const seen = scan(text, false);
  if (seen & FOLDING) scan(text, true);
  return (seen & PICTOGRAPHS) !== 0;
}

const PICTOGRAPHS = 1;
const FOLDING = 2;

/** Lower-cased codes of the ASCII word characters, -1 for every other ASCII character. */
const ASCII_WORD = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = wordChar(c);

/** One pass setting the bits of the text's words, prefixes and pairs; returns PICTOGRAPHS and FOLDING flags. */
function scan(text: string, fold: boolean): number {
  let h = FNV_OFFSET;
  let length = 0;
  let previous = 0;
  let hasPrevious = false;
  let seen = 0;
  for (let i = 0, n = text.length; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const c = code < 128 ? ASCII_WORD[code]! : fold ? foldedWordChar(code) : -1;
    if (c >= 0) {
      h = step(h, c);
      if (++length === PREFIX_LENGTH) setBit(prefixKey(h));
      continue;
    }
    if (code >= 128) {
      if (code > 0x25ff && isPictographic(code)) seen |= PICTOGRAPHS;
      else if (code === LONG_S || code === KELVIN) seen |= FOLDING;
    }
    if (length > 0) {
      setBit(wordKey(h));
      if (hasPrevious) setBit(pairKey(previous, h));
      previous = h;
      hasPrevious = true;
      h = FNV_OFFSET;
      length = 0;
    }
  }
  return seen;
}

export class WordIndex {
  private readonly indexed: boolean;
  /** Its own table, or null to use the shared one. */
  private ownBuild: { table: Uint32Array; pictographs: boolean; build: number } | null = null;

  /** `ownTable`: build into a table of its own, sized to the text, instead of the shared one. */
  constructor(
    private readonly text: string,
    private readonly ownTable = false,
  ) {
    this.indexed = text.length <= MAX_INDEXED_CHARS;
  }

  private own(): void {
    if (this.ownTable) {
      if (this.ownBuild === null) {
        const bits = ownTableBits(this.text.length);
        table = new Uint32Array(bits >>> 5);
        tableMask = bits - 1;
        this.ownBuild = { table, pictographs: build(this.text), build: ++builds };
      }
      table = this.ownBuild.table;
      tableMask = table.length * 32 - 1;
      tableBuild = this.ownBuild.build;
      tableHasPictographs = this.ownBuild.pictographs;
      return;
    }
    table = shared.table;
    tableMask = MASK;
    if (shared.owner !== this) {
      shared.pictographs = build(this.text);
      shared.owner = this;
      shared.build = ++builds;
    }
    tableBuild = shared.build;
    tableHasPictographs = shared.pictographs;
  }

  /** The text has a character that may be an emoji or a pictographic symbol (always true past MAX_INDEXED_CHARS). */
  get hasPictographs(): boolean {
    if (!this.indexed) return true;
    this.own();
    return tableHasPictographs;
  }

  /** True when any of the words may be in the text (false means: none of them is). */
  hasAny(words: WordSet): boolean {
    if (!this.indexed) return true;
    this.own();
    return anyBit(words);
  }

  /** True when the gate may be satisfied: any word of a set, or every set of some clause. */
  admits(gate: WordGate): boolean {
    if (!this.indexed) return true;
    this.own();
    if (!('clauses' in gate)) return anyBit(gate);
    clauses: for (const clause of gate.clauses) {
      for (let i = 0; i < clause.length; i++) if (!anyBit(clause[i]!)) continue clauses;
      return true;
    }
    return false;
  }
}

/**
 * Whether the table (of the index that owns it) has any of the set's entries. Gates share sets
 * (every rule about "I" asks for "i"), so each set's answer is remembered for the current build.
 */
function anyBit(words: WordSet): boolean {
  const set = words as InternedWordSet;
  if (set.answeredIn === tableBuild) return set.answer;
  let answer = set.orPictographs && tableHasPictographs;
  const keys = set.keys;
  for (let i = 0; !answer && i < keys.length; i++) answer = hasBit(keys[i]!);
  set.answeredIn = tableBuild;
  set.answer = answer;
  return answer;
}

/** Words and word beginnings to look up, hashed once (at module load, in the rule that uses them). */
export interface WordSet {
  /** Table positions of its words, word beginnings and pairs (one table holds all three). */
  readonly keys: Int32Array;
  /** Also "present" when the text has an emoji or pictographic symbol (see isPictographic). */
  readonly orPictographs: boolean;
}

/**
 * A gate finer than one word set: it opens when, for some clause, each of the clause's word sets has a
 * word in the text ("depends" and "factors", or "advice" alone). Lets a rule whose phrases are built of
 * common words ("case", "important") ask for the pair that every match holds.
 */
export interface WordClauses {
  readonly clauses: ReadonlyArray<readonly WordSet[]>;
}

export type WordGate = WordSet | WordClauses;

/**
 * One clause per argument: a list of words is a one-set clause, a list of lists asks for a word of each.
 * `wordClauses(['size'], [['depends', 'varies'], ['factors', 'things']])`.
 */
export function wordClauses(...clauses: ReadonlyArray<readonly string[] | ReadonlyArray<readonly string[]>>): WordClauses {
  return {
    clauses: clauses.map((clause) => {
      const lists = clause.every((entry) => typeof entry === 'string') ? [clause as readonly string[]] : (clause as ReadonlyArray<readonly string[]>);
      // Smaller sets first: they cost fewer lookups, and a shut clause is usually shut by its rarest word.
      return lists.map((words) => wordSet(words)).sort((a, b) => a.keys.length - b.keys.length);
    }),
  };
}

/** A word set as wordSet makes it: one object per distinct content, which remembers its last answer. */
interface InternedWordSet extends WordSet {
  answeredIn: number;
  answer: boolean;
}

const internedSets = new Map<string, InternedWordSet>();

function interned(keys: Int32Array, orPictographs: boolean): InternedWordSet {
  const id = `${orPictographs ? 'p' : ''}${keys.join(',')}`;
  let set = internedSets.get(id);
  if (!set) internedSets.set(id, (set = { keys, orPictographs, answeredIn: -1, answer: false }));
  return set;
}

const WORD = /^[a-z0-9_]+$/;

/**
 * `words` are whole words ("sorry"); an entry ending in `*` is a word beginning of at least four
 * characters ("apolog*" stands for every word that starts with "apol"); two words with one space
 * between are those words in a row ("what a"). Lower case only.
 */
export function wordSet(words: readonly string[], options: { orPictographs?: boolean } = {}): WordSet {
  const wordKeys: number[] = [];
  const prefixKeys: number[] = [];
  const pairKeys: number[] = [];
  for (const entry of words) {
    const pair = entry.split(' ');
    if (pair.length === 2 && WORD.test(pair[0]!) && WORD.test(pair[1]!)) {
      pairKeys.push(pairKey(hashOf(pair[0]!), hashOf(pair[1]!)));
      continue;
    }
    const prefix = entry.endsWith('*');
    const word = prefix ? entry.slice(0, -1) : entry;
    if (!WORD.test(word)) throw new Error(`wordSet: "${entry}" is not a lower-case word (letters, digits, _)`);
    if (prefix) {
      if (word.length < PREFIX_LENGTH) throw new Error(`wordSet: the word beginning "${entry}" needs at least ${PREFIX_LENGTH} characters`);
      prefixKeys.push(prefixKey(hashOf(word, PREFIX_LENGTH)));
    } else {
      wordKeys.push(wordKey(hashOf(word)));
    }
  }
  const keys = Int32Array.from(new Set([...wordKeys, ...prefixKeys, ...pairKeys])).sort();
  return interned(keys, options.orPictographs === true);
}

/**
 * Very common function words of a few major Latin-script languages, each word kept only where it
 * tells its language apart from the others (no "de", "la", "en", "a", "in" ...). Counting them in
 * the first words of a text recognises most English, French, German, Spanish, Portuguese, Italian
 * and Dutch replies without running the n-gram detector.
 */

const PROFILES: Record<string, string> = {
  en: "the and of to is that for with this you it are have be not by from your which can would there they what been were but if or we he she his how their has about more when it's don't i'm all one just like should could them these those than then into some any our us its who because very only",
  fr: "les des et est une du dans pour qui pas ne sur au aux avec ce cette elle nous vous sont mais par je c'est être été très aussi leur ces d'un d'une qu'il n'est où votre notre peut fait comme",
  de: "der die das und ist nicht ein eine zu dem mit sich auf für im von sie ich wir auch als wie oder aber wenn werden wird sind kann noch nach bei einer einen dass nur mehr hat haben sehr diese dieser zum zur",
  es: "el los las del y es por está pero muy también lo al su sus más esta hay qué cuando sin yo tiene puede esto eso ya pueden estos estas",
  pt: "os do da dos das não é um uma com em mais ao na pelo pela você isso isto seu sua são muito foi tem ele ela eles mas também já",
  it: "il gli della di che è per non sono anche questo questa nel nella alla dei delle ma più essere hanno molto perché cosa ci",
  nl: "het een van niet op dat zijn met voor maar om ook aan bij naar wordt worden heb heeft ik wij jij hij zij dit wat kan nog geen hoe meer deze",
};

export const FAST_LANGUAGES = Object.keys(PROFILES);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * A character as it appears in the lists: lower-cased, with a typographic apostrophe read as "'".
 * -1 for a character outside ASCII and Latin-1, which no listed word has (and whose lower case is
 * outside them too), so the word it is in cannot be a function word.
 */
function listedCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === RIGHT_SINGLE_QUOTE) return APOSTROPHE;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7 ? c + 32 : c;
  return -1;
}

interface Entry {
  word: string;
  /** Bit set of the languages (indexes in FAST_LANGUAGES) the word belongs to. */
  languages: number;
}

/** Function words by a hash of their characters, so that words are looked up in place (no copy, no lower-casing). */
const BY_HASH = new Map<number, Entry[]>();

function hashOf(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const c = listedCode(text.charCodeAt(i));
    if (c < 0) return -1;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

FAST_LANGUAGES.forEach((lang, index) => {
  for (const word of PROFILES[lang]!.split(' ')) {
    const h = hashOf(word, 0, word.length);
    let entries = BY_HASH.get(h);
    if (!entries) BY_HASH.set(h, (entries = []));
    const entry = entries.find((e) => e.word === word);
    // A word listed for two languages counts for both.
    if (entry) entry.languages |= 1 << index;
    else entries.push({ word, languages: 1 << index });
  }
});

/** The languages whose function word `text[from, to)` is (case-insensitive), as a bit set; 0 for none. */
export function functionWordLanguages(text: string, from: number, to: number): number {
  const h = hashOf(text, from, to);
  if (h < 0) return 0;
  const entries = BY_HASH.get(h);
  if (!entries) return 0;
  next: for (let e = 0; e < entries.length; e++) {
    const { word, languages } = entries[e]!;
    if (word.length !== to - from) continue;
    for (let i = 0; i < word.length; i++) if (listedCode(text.charCodeAt(from + i)) !== word.charCodeAt(i)) continue next;
    return languages;
  }
  return 0;
}

export interface FunctionWordScore {
  /** Best language of FAST_LANGUAGES, or null when no function word was seen. */
  best: string | null;
  /** Share of the words that are function words of the best language. */
  share: number;
  /** The same share for the runner-up. */
  runnerUp: number;
  hits: number;
}

/** Share of function words per language among `wordCount` words, given the hits per language of FAST_LANGUAGES. */
export function scoreFunctionWords(hits: readonly number[], wordCount: number): FunctionWordScore {
  let best = -1;
  let second = -1;
  for (let i = 0; i < hits.length; i++) {
    if (best === -1 || hits[i]! > hits[best]!) {
      second = best;
      best = i;
    } else if (second === -1 || hits[i]! > hits[second]!) second = i;
  }
  const n = Math.max(1, wordCount);
  if (best === -1 || hits[best] === 0) return { best: null, share: 0, runnerUp: 0, hits: 0 };
  return {
    best: FAST_LANGUAGES[best]!,
    share: hits[best]! / n,
    runnerUp: second === -1 ? 0 : hits[second]! / n,
    hits: hits[best]!,
  };
}

/** The same score for a list of words. */
export function scoreFunctionWordList(words: readonly string[], wordCount: number): FunctionWordScore {
  const hits = new Array<number>(FAST_LANGUAGES.length).fill(0);
  for (const word of words) {
    const languages = functionWordLanguages(word, 0, word.length);
    if (languages !== 0) for (let l = 0; l < hits.length; l++) if (languages & (1 << l)) hits[l]!++;
  }
  return scoreFunctionWords(hits, wordCount);
}

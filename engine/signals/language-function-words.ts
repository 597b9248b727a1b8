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

// Word -> bit set of the languages it belongs to (a word listed twice counts for both).
const WORD_LANGUAGES = new Map<string, number>();
FAST_LANGUAGES.forEach((lang, index) => {
  for (const word of PROFILES[lang]!.split(' ')) WORD_LANGUAGES.set(word, (WORD_LANGUAGES.get(word) ?? 0) | (1 << index));
});

export interface FunctionWordScore {
  /** Best language of FAST_LANGUAGES, or null when no function word was seen. */
  best: string | null;
  /** Share of the words that are function words of the best language. */
  share: number;
  /** The same share for the runner-up. */
  runnerUp: number;
  hits: number;
}

/** Share of function words per language among `wordCount` words, given the short ones lower-cased. */
export function scoreFunctionWords(words: readonly string[], wordCount: number): FunctionWordScore {
  const hits = new Array<number>(FAST_LANGUAGES.length).fill(0);
  for (const raw of words) {
    const word = raw.indexOf('\u2019') === -1 ? raw : raw.replace(/\u2019/g, "'");
    const mask = WORD_LANGUAGES.get(word);
    if (mask === undefined) continue;
    for (let i = 0; i < hits.length; i++) if (mask & (1 << i)) hits[i]!++;
  }
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

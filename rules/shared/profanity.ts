/**
 * Strong profanity and requests for it, shared by the rules on unrequested and refused swearing.
 * Mild words ("damn", "hell", "crap") are left out: they are too common in ordinary prose.
 */
import { wordSet } from '../../engine/word-index';

/** A strong swear word, with its usual inflections and asterisk-free spellings. */
export const PROFANE_WORD =
  /\b(?:fuck(?:s|ed|er|ers|in[g']?|ing)?|motherfuck(?:er|ers|ing)?|shit(?:s|ty|ted|ting|head|show)?|bullshit|bitch(?:es|ing|y)?|asshole(?:s)?|bastard(?:s)?|dickhead(?:s)?|wanker(?:s)?|cunt(?:s)?)\b/i;

/** Every PROFANE_WORD match is one of these words (or starts with one of these beginnings). */
export const PROFANE_WORDS = wordSet([
  'fuck*', 'motherfuck', 'motherfucker', 'motherfuckers', 'motherfucking', 'shit*', 'bullshit', 'bitc*', 'asshole', 'assholes',
  'bastard', 'bastards', 'dickhead', 'dickheads', 'wanker', 'wankers', 'cunt', 'cunts',
]);

/** The user asks for swearing: "swear", "curse words", "profanity", "the f-word", "don't hold back on the language". */
export const ASKS_FOR_PROFANITY =
  /\b(?:swear(?:ing|s)?|curs(?:e|ing) words?|cursing|cuss(?:ing| words?)?|profan(?:e|ity|ities)|expletives?|obscenit(?:y|ies)|f-?bombs?|the f-?word|foul[- ]mouthed|foul language|vulgar(?:ity)?|explicit language|(?:uncensored|unfiltered|nsfw) (?:language|lyrics|version))\b/i;

/** What the word gate covers (tests/unit/rule-gates.test.ts). */
export const wordGate = { words: PROFANE_WORDS, patterns: [PROFANE_WORD] };

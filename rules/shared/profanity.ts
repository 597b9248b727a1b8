/**
 * Strong profanity and requests for it, shared by the rules on unrequested and refused swearing.
 * Mild words ("damn", "hell", "crap") are left out: they are too common in ordinary prose.
 */

/** A strong swear word, with its usual inflections and asterisk-free spellings. */
export const PROFANE_WORD =
  /\b(?:fuck(?:s|ed|er|ers|in[g']?|ing)?|motherfuck(?:er|ers|ing)?|shit(?:s|ty|ted|ting|head|show)?|bullshit|bitch(?:es|ing|y)?|asshole(?:s)?|bastard(?:s)?|dickhead(?:s)?|wanker(?:s)?|cunt(?:s)?)\b/i;

/** The user asks for swearing: "swear", "curse words", "profanity", "the f-word", "don't hold back on the language". */
export const ASKS_FOR_PROFANITY =
  /\b(?:swear(?:ing|s)?|curs(?:e|ing) words?|cursing|cuss(?:ing| words?)?|profan(?:e|ity|ities)|expletives?|obscenit(?:y|ies)|f-?bombs?|the f-?word|foul[- ]mouthed|foul language|vulgar(?:ity)?|explicit language|(?:uncensored|unfiltered|nsfw) (?:language|lyrics|version))\b/i;

/** Language names as users write them in instructions, mapped to ISO 639-1 codes. */

/** English names (lower case), including common alternative names. */
export const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', french: 'fr', spanish: 'es', castilian: 'es', german: 'de', italian: 'it',
  portuguese: 'pt', dutch: 'nl', flemish: 'nl', russian: 'ru', ukrainian: 'uk', polish: 'pl',
  czech: 'cs', slovak: 'sk', swedish: 'sv', norwegian: 'no', danish: 'da', finnish: 'fi',
  icelandic: 'is', greek: 'el', turkish: 'tr', arabic: 'ar', hebrew: 'he', persian: 'fa',
  farsi: 'fa', hindi: 'hi', bengali: 'bn', bangla: 'bn', urdu: 'ur', punjabi: 'pa', tamil: 'ta',
  telugu: 'te', marathi: 'mr', gujarati: 'gu', chinese: 'zh', mandarin: 'zh', cantonese: 'zh',
  japanese: 'ja', korean: 'ko', vietnamese: 'vi', thai: 'th', indonesian: 'id', malay: 'ms',
  tagalog: 'tl', filipino: 'tl', swahili: 'sw', romanian: 'ro', hungarian: 'hu', bulgarian: 'bg',
  serbian: 'sr', croatian: 'hr', slovenian: 'sl', catalan: 'ca', basque: 'eu', galician: 'gl',
  latin: 'la', esperanto: 'eo', irish: 'ga', welsh: 'cy', afrikaans: 'af', estonian: 'et',
  latvian: 'lv', lithuanian: 'lt', albanian: 'sq', armenian: 'hy', georgian: 'ka', amharic: 'am',
  yoruba: 'yo', zulu: 'zu', nepali: 'ne', sinhala: 'si', khmer: 'km', burmese: 'my',
};

/** Regex source matching one English language name (longest first). */
export const LANGUAGE_NAME = `(?:${Object.keys(LANGUAGE_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Words that may stand between "in" and the language: "in Brazilian Portuguese", "in plain English". */
export const LANGUAGE_MODIFIER =
  '(?:brazilian|european|mexican|latin american|argentinian|castilian|simplified|traditional|british|american|australian|canadian|swiss|austrian|belgian|modern|standard|plain|simple|simplified|proper|correct|good|formal|informal|colloquial|fluent|native|conversational|basic|easy|everyday)';

export function languageCode(name: string): string | null {
  return LANGUAGE_NAMES[name.toLowerCase()] ?? null;
}

/**
 * "Answer in X" as written in a few widely used languages ("réponds en anglais", "auf Deutsch",
 * "en español", "in italiano", "em português", "на русском"): preposition + language name.
 */
export const FOREIGN_LANGUAGE_PHRASES: Record<string, string> = {
  'en français': 'fr', 'en francais': 'fr', 'en anglais': 'en', 'en espagnol': 'es', 'en allemand': 'de',
  'en italien': 'it', 'en portugais': 'pt', 'en chinois': 'zh', 'en japonais': 'ja', 'en russe': 'ru',
  'en arabe': 'ar', 'en néerlandais': 'nl',
  'en español': 'es', 'en castellano': 'es', 'en inglés': 'en', 'en ingles': 'en', 'en francés': 'fr',
  'en alemán': 'de', 'en italiano': 'it', 'en portugués': 'pt', 'en chino': 'zh', 'en japonés': 'ja',
  'en catalán': 'ca', 'en català': 'ca', 'al inglés': 'en', 'al español': 'es', 'al francés': 'fr',
  'auf deutsch': 'de', 'auf englisch': 'en', 'auf französisch': 'fr', 'auf spanisch': 'es',
  'auf italienisch': 'it', 'auf russisch': 'ru', 'auf türkisch': 'tr', 'ins englische': 'en',
  'ins deutsche': 'de', 'ins französische': 'fr', 'ins spanische': 'es',
  'in italiano': 'it', 'in inglese': 'en', 'in francese': 'fr', 'in spagnolo': 'es', 'in tedesco': 'de',
  'em português': 'pt', 'em portugues': 'pt', 'em inglês': 'en', 'em ingles': 'en', 'em espanhol': 'es',
  'em francês': 'fr', 'para o inglês': 'en', 'para inglês': 'en', 'para o português': 'pt',
  'in het nederlands': 'nl', 'in het engels': 'en', 'in het duits': 'de', 'in het frans': 'fr',
  'po polsku': 'pl', 'po angielsku': 'en', 'na russkom': 'ru', 'на русском': 'ru', 'по-русски': 'ru',
  'на английском': 'en', 'по-английски': 'en', 'українською': 'uk', 'англійською': 'en',
  'türkçe': 'tr', 'ingilizce': 'en',
};

export const FOREIGN_LANGUAGE_PHRASE = `(?:${Object.keys(FOREIGN_LANGUAGE_PHRASES)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Verbs of answering, writing, speaking or translating in those languages (imperative or polite forms). */
export const FOREIGN_REQUEST_VERB =
  /(?<!\p{L})(?:r[ée]ponds|r[ée]pondez|r[ée]pondre|[ée]cris|[ée]crivez|[ée]crire|parle|parlez|explique|expliquez|tradui[st]|traduisez|traduire|dis-moi|dites-moi|responde|resp[óo]ndeme|responda|contesta|cont[ée]stame|escribe|escr[íi]beme|escreva|escreve|habla|h[áa]blame|explica|expl[íi]came|traduce|trad[úu]ceme|traducir|traduza|traduz|dime|fale|explique|antworte|antworten|antworte mir|schreib|schreibe|schreiben|sprich|sprechen|erkl[äa]re?|[üu]bersetze|[üu]bersetzen|sag|rispondi|risponda|scrivi|scriva|parla|spiega|traduci|dimmi|antwoord|schrijf|vertaal|odpowiedz|napisz|ответь|ответьте|напиши|напишите|говори|переведи|переведите|объясни|расскажи|відповідай|напиши|cevap ver|yaz|çevir)(?!\p{L})/iu;

/** Negations in those languages, to skip "ne réponds pas en anglais", "nicht auf Englisch", "no en inglés". */
export const FOREIGN_NEGATION = /(?<!\p{L})(?:pas|nicht|kein|keine|no|non|não|nie|не|ні|niet|geen)(?!\p{L})/iu;

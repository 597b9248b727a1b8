/** Checks of short answer shapes: one word, yes or no, a number, a single sentence. */
import { wordCount } from '../../engine/text';

export interface Core {
  /** The answer without wrapping markup, quotes, labels or trailing punctuation. */
  text: string;
  start: number;
  end: number;
}

// "Answer: ...", "One word: ...", "In one word: ...": a label before the answer itself.
const LABEL = /^(?:(?:the |short |final )?answer|(?:in )?one word|verdict|result)\s*[:\-]\s*/i;

/** Only looked at when short: a longer reply is not a one-word, yes/no or number-only answer anyway. */
export const SHORT_ANSWER_CHARS = 160;

/** The answer stripped of bold, quotes, a leading label and trailing punctuation; offsets into `text`. */
export function answerCore(text: string): Core {
  let start = 0;
  let end = text.length;
  for (let pass = 0; pass < 3; pass++) {
    const slice = text.slice(start, end);
    const lead = /^[\s*_"'`(\[#>]+/.exec(slice);
    if (lead) start += lead[0].length;
    const tail = /[\s*_"'`)\].!?,;:]+$/.exec(text.slice(start, end));
    if (tail) end -= tail[0].length;
    const label = LABEL.exec(text.slice(start, end));
    if (label) start += label[0].length;
    if (!lead && !tail && !label) break;
  }
  if (end < start) end = start;
  return { text: text.slice(start, end), start, end };
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * More than one word. A short proper name ("New York", "Washington, D.C.", "Leonardo da Vinci") is
 * one answer even if it is several words, so up to four words, all but one capitalised, pass.
 */
export function isMoreThanOneWord(core: string): boolean {
  const n = wordCount(core);
  if (n <= 1) return false;
  if (n <= 4 && !/[.!?;:]\s/.test(core)) {
    const parts = core.split(/\s+/).filter((p) => /[\p{L}\p{N}]/u.test(p));
    const capitalised = parts.filter((p) => CAPITALISED.test(p)).length;
    if (capitalised >= parts.length - 1 && CAPITALISED.test(parts[0] ?? '')) return false;
  }
  return true;
}

// Yes, no and their plain synonyms, in the languages users most often ask in.
const YES_NO_START =
  /^(?:yes|no|yeah|yep|yup|nope|nah|absolutely|definitely|certainly|correct|incorrect|true|false|of course|not really|not at all|oui|non|sí|si|ja|nein|nee|sim|não|nao|tak|nie|да|нет|네|아니요|아니오|예|はい|いいえ|是|否|不是|对|不)(?![\p{L}\p{N}])/iu;

export function startsWithYesOrNo(core: string): boolean {
  return YES_NO_START.test(core);
}

const NUMBER_WORDS =
  /^(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|and|half|quarter)(?:[\s-]+|$)){1,12}$/i;
// An optional approximation and variable ("x = "), a signed number with separators, decimals, an
// exponent, a fraction or range, then an optional unit of at most three words.
const NUMBER_ONLY =
  /^(?:(?:~|≈|about|around|approximately|approx\.?|roughly|circa|ca\.)\s?)?(?:\p{L}{1,3}\s?=\s?)?[-+−]?[$€£¥₹]?\s?\d[\d,. '\u202f]{0,30}(?:[eE][-+]?\d{1,4}|\s?(?:\/|-|to|×\s?10\^?)\s?[-+]?\d[\d,.]{0,30})?\s?(?:%|‰|°\p{L}?|[$€£¥₹])?(?:\s?[\p{L}µ°²³\/$€£¥]{1,20}(?:\s[\p{L}µ°²³\/]{1,20}){0,2})?$/iu;

export function isNumberOnly(core: string): boolean {
  if (core.length > 80) return false;
  const plain = core.replace(/\\[()[\]]/g, '').trim();
  return NUMBER_ONLY.test(plain) || NUMBER_WORDS.test(plain);
}

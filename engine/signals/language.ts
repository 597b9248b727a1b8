/**
 * Which language the latest user turn and the reply are written in. Cheap steps first: a census
 * of writing systems over a bounded stretch of the prose (code blanked, URLs and digits skipped)
 * settles Korean, Japanese, Chinese, Greek, Hebrew, Thai and other one-language scripts; a count
 * of function words settles most English, French, German, Spanish, Portuguese, Italian and Dutch;
 * only the rest goes to the n-gram detector, on a short sample.
 *
 * tinyld's normal model (about 800 KB) rather than its light one (69 KB): on short turns the light
 * model misreads Portuguese, Italian, Ukrainian, Bulgarian, Vietnamese and Indonesian that the
 * normal one gets right ("Olá, tudo bem?" → hu, "Ciao, come stai?" → fr), and short turns are
 * exactly where the detector is still needed after the cheap steps.
 */
import { detectAll } from 'tinyld';
import type { TurnView } from '../turn-view';
import type { LanguageGuess, LanguageSignal } from '../types';
import { scoreFunctionWords } from './language-function-words';
import { scanText, type Script, type TextScan } from './language-scan';

const UNKNOWN: LanguageGuess = { code: null, confidence: 0, script: null };

/** Scripts written by (nearly) one language, with how sure that makes us. */
const SCRIPT_LANGUAGE: Partial<Record<Script, { code: string; confidence: number }>> = {
  Hangul: { code: 'ko', confidence: 0.99 },
  Japanese: { code: 'ja', confidence: 0.99 },
  Han: { code: 'zh', confidence: 0.9 },
  Greek: { code: 'el', confidence: 0.97 },
  Hebrew: { code: 'he', confidence: 0.93 },
  Thai: { code: 'th', confidence: 0.99 },
  Armenian: { code: 'hy', confidence: 0.98 },
  Georgian: { code: 'ka', confidence: 0.98 },
  Bengali: { code: 'bn', confidence: 0.9 },
  Gurmukhi: { code: 'pa', confidence: 0.97 },
  Gujarati: { code: 'gu', confidence: 0.98 },
  Tamil: { code: 'ta', confidence: 0.98 },
  Telugu: { code: 'te', confidence: 0.98 },
  Kannada: { code: 'kn', confidence: 0.98 },
  Malayalam: { code: 'ml', confidence: 0.98 },
  Sinhala: { code: 'si', confidence: 0.98 },
  Lao: { code: 'lo', confidence: 0.98 },
  Myanmar: { code: 'my', confidence: 0.95 },
  Khmer: { code: 'km', confidence: 0.98 },
  Ethiopic: { code: 'am', confidence: 0.85 },
};

/** Languages the detector may answer for a script that several languages share. */
const SCRIPT_CANDIDATES: Partial<Record<Script, string[]>> = {
  Cyrillic: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'tt', 'mn'],
  Arabic: ['ar', 'fa', 'ur'],
  Devanagari: ['hi', 'mr', 'ne'],
};

/** Below this a text in a shared script is too short to tell ("ok", "Merci!", "Danke"). */
const MIN_WORDS = 3;
const MIN_LETTERS = 9;

const round = (x: number): number => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** Confidence shrinks for short texts and for texts mixing several scripts. */
function lengthFactor(letters: number): number {
  return letters >= 80 ? 1 : 0.55 + (0.45 * letters) / 80;
}

function fromFunctionWords(scan: TextScan): LanguageGuess | null {
  if (!scan.functionWordHits) return null;
  const score = scoreFunctionWords(scan.functionWordHits, scan.wordCount);
  if (!score.best || score.hits < 2) return null;
  const short = scan.wordCount < 8;
  const minShare = short ? 0.3 : 0.15;
  if (score.share < minShare || score.share < 2.5 * score.runnerUp) return null;
  const confidence = Math.min(0.98, 0.6 + score.share) * lengthFactor(scan.wordLetters) * scan.dominantShare;
  return { code: score.best, confidence: round(confidence), script: 'Latin' };
}

function fromDetector(scan: TextScan, script: Script): LanguageGuess {
  const only = SCRIPT_CANDIDATES[script];
  let ranked: Array<{ lang: string; accuracy: number }>;
  try {
    ranked = detectAll(scan.sample, only ? { only } : undefined);
  } catch {
    return { code: null, confidence: 0, script };
  }
  const top = ranked[0];
  if (!top || !/^[a-z]{2}$/.test(top.lang)) return { code: null, confidence: 0, script };
  const runnerUp = ranked[1]?.accuracy ?? 0;
  const margin = top.accuracy / (top.accuracy + runnerUp);
  const confidence = margin * lengthFactor(scan.wordLetters) * scan.dominantShare;
  return { code: top.lang, confidence: round(confidence), script };
}

/** The language of one text (a turn's prose). Never throws; bounded work whatever the length. */
export function guessLanguage(prose: string): LanguageGuess {
  const scan = scanText(prose);
  const script = scan.dominant;
  if (!script) return UNKNOWN;
  const byScript = SCRIPT_LANGUAGE[script];
  if (byScript) {
    const confidence = byScript.confidence * scan.dominantShare * (scan.letters >= 4 ? 1 : 0.7);
    return { code: byScript.code, confidence: round(confidence), script };
  }
  if (scan.wordCount < MIN_WORDS || scan.wordLetters < MIN_LETTERS || !scan.twoSampleWords) return { code: null, confidence: 0, script };
  if (script === 'Latin') {
    const fast = fromFunctionWords(scan);
    if (fast) return fast;
  }
  return fromDetector(scan, script);
}

export function detectLanguages(lastUser: TurnView | null, reply: TurnView): LanguageSignal {
  return {
    user: lastUser ? guessLanguage(lastUser.prose) : UNKNOWN,
    reply: guessLanguage(reply.prose),
  };
}

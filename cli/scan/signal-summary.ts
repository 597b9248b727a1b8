/** One line that says what the signals found: refusal, request risk, user instructions, languages. */
import type { LanguageGuess, LengthLimit, Signals, UserInstructions } from '../../engine/types';

export function summariseSignals(signals: Signals): string {
  return [
    `refusal ${signals.refusal.level}`,
    `request ${describeRisk(signals)}`,
    `instructions ${describeInstructions(signals.userInstructions)}`,
    `language ${describeLanguage(signals.language.user)} → ${describeLanguage(signals.language.reply)}`,
  ].join(' · ');
}

function describeRisk({ requestRisk }: Signals): string {
  if (requestRisk.level === 'benign' || requestRisk.categories.length === 0) return requestRisk.level;
  return `${requestRisk.level} (${requestRisk.categories.join(', ')})`;
}

export function describeInstructions(instructions: UserInstructions): string {
  const parts: string[] = [];
  for (const [key, instruction] of Object.entries(instructions) as Array<[string, { value: unknown } | undefined]>) {
    if (instruction) parts.push(describeInstruction(key, instruction.value));
  }
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function describeInstruction(key: string, value: unknown): string {
  switch (key) {
    case 'answerShape':
      return `answer ${String(value)}`;
    case 'format':
      return `format ${String(value)}`;
    case 'length':
      return `length ${describeLength(value as LengthLimit)}`;
    case 'language':
      return `in ${String(value)}`;
    case 'noExtraText':
      return 'no extra text';
    case 'emoji':
      return value ? 'emoji wanted' : 'no emoji';
    case 'noMarkdown':
      return 'no markdown';
    case 'noLists':
      return 'no lists';
    case 'noDisclaimers':
      return 'no disclaimers';
    case 'tone':
      return `tone ${String(value)}`;
    default:
      return value === true ? key : `${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
  }
}

function describeLength(limit: LengthLimit): string {
  const { min, max, unit } = limit;
  // Units are plural nouns ("words", "items"); one of them reads "1 word".
  const of = (n: number) => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${of(max)}` : `${min}-${of(max)}`;
  if (max !== undefined) return `≤${of(max)}`;
  if (min !== undefined) return `≥${of(min)}`;
  return unit;
}

/** Below this the guess is shown as uncertain ("ga?"); rules ignore such guesses too. */
const CONFIDENT_LANGUAGE = 0.5;

function describeLanguage(guess: LanguageGuess): string {
  if (guess.code === null) return '?';
  return guess.confidence < CONFIDENT_LANGUAGE ? `${guess.code}?` : guess.code;
}

import type { LanguageGuess, Signals, UserInstructions } from '../engine/types';

type Tone = 'neutral' | 'notice' | 'alert';

interface SignalCell {
  label: string;
  value: string;
  tone: Tone;
  /** Longer explanation for a tooltip and screen readers, when the short value is not enough. */
  detail?: string;
}

const ANSWER_SHAPES: Record<NonNullable<UserInstructions['answerShape']>['value'], string> = {
  'one-word': 'one word',
  'yes-no': 'yes or no',
  number: 'a number',
  'single-sentence': 'one sentence',
};

/** The user's explicit instructions as short phrases, in a fixed order. */
export function describeInstructions(ui: UserInstructions): string[] {
  const out: string[] = [];
  if (ui.answerShape) out.push(ANSWER_SHAPES[ui.answerShape.value] ?? ui.answerShape.value);
  if (ui.format) out.push(`as ${ui.format.value}`);
  if (ui.length) {
    const { min, max, unit } = ui.length.value;
    if (min !== undefined && max !== undefined) out.push(min === max ? `${max} ${unit}` : `${min}–${max} ${unit}`);
    else if (max !== undefined) out.push(`≤ ${max} ${unit}`);
    else if (min !== undefined) out.push(`≥ ${min} ${unit}`);
  }
  if (ui.language) out.push(`in ${ui.language.value}`);
  if (ui.noExtraText) out.push('no extra text');
  if (ui.emoji) out.push(ui.emoji.value ? 'use emoji' : 'no emoji');
  if (ui.noMarkdown) out.push('no markdown');
  if (ui.noLists) out.push('no lists');
  if (ui.noDisclaimers) out.push('no disclaimers');
  if (ui.tone) out.push(`${ui.tone.value} tone`);
  return out;
}

function languagePair(user: LanguageGuess, reply: LanguageGuess): string {
  if (!user.code && !reply.code) return 'unknown';
  return `${user.code?.toUpperCase() ?? '?'} → ${reply.code?.toUpperCase() ?? '?'}`;
}

function cells(signals: Signals): SignalCell[] {
  const { refusal, requestRisk, userInstructions, language } = signals;
  const instructions = describeInstructions(userInstructions);
  const languagesDiffer = language.user.code !== null && language.reply.code !== null && language.user.code !== language.reply.code;
  return [
    {
      label: 'Refusal',
      value: refusal.level,
      tone: refusal.level === 'none' ? 'neutral' : 'notice',
      detail: refusal.span ? `Refusal: ${refusal.level}, "${refusal.span.quote}"` : undefined,
    },
    {
      label: 'Request',
      value: requestRisk.category ? `${requestRisk.level} · ${requestRisk.category}` : requestRisk.level,
      tone: requestRisk.level === 'harmful' ? 'alert' : requestRisk.level === 'sensitive' ? 'notice' : 'neutral',
      detail: requestRisk.span ? `Request: ${requestRisk.level}, "${requestRisk.span.quote}"` : undefined,
    },
    {
      label: 'Asked for',
      value: instructions.length === 0 ? 'none' : instructions.join(', '),
      tone: 'neutral',
      detail: instructions.length > 0
        ? `The user asked for: ${instructions.join(', ')}`
        : 'No explicit format, length, language or style instructions',
    },
    {
      label: 'Language',
      value: languagePair(language.user, language.reply),
      tone: languagesDiffer ? 'notice' : 'neutral',
      detail: `Language of the user's message: ${language.user.code ?? 'unknown'}; of the reply: ${language.reply.code ?? 'unknown'}`,
    },
  ];
}

/** The engine's four signals for one exchange, as a compact row. */
export function SignalSummary({ signals }: { signals: Signals }) {
  return (
    <dl class="sl-signals" aria-label="Signals">
      {cells(signals).map((cell) => (
        <div key={cell.label} class={`sl-signal sl-signal--${cell.tone}`} title={cell.detail}>
          <dt class="sl-signal__label">{cell.label}</dt>
          <dd class="sl-signal__value">{cell.value}</dd>
        </div>
      ))}
    </dl>
  );
}

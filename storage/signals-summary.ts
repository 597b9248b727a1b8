/** The compact signals kept with each stored exchange. */
import type { Signals } from '../engine/types';
import type { SignalsSummary } from './records';

export function summarizeSignals(signals: Signals): SignalsSummary {
  return {
    refusal: signals.refusal.level,
    offersAlternative: signals.refusal.offersAlternative,
    requestRisk: signals.requestRisk.level,
    riskCategory: signals.requestRisk.category,
    userLanguage: signals.language.user.code,
    replyLanguage: signals.language.reply.code,
    instructions: Object.keys(signals.userInstructions)
      .filter((k) => signals.userInstructions[k as keyof Signals['userInstructions']] !== undefined)
      .sort(),
  };
}

/** Shared judgements computed once per exchange and handed to every rule. */
import type { RuleContext } from '../rule';
import type { Signals } from '../types';
import { detectLanguages } from './language';
import { detectRefusal } from './refusal';
import { assessRequestRisk } from './request-risk';
import { extractUserInstructions } from './user-instructions';

export function computeSignals(ctx: Omit<RuleContext, 'signals'>): Signals {
  return {
    refusal: detectRefusal(ctx.reply, ctx.lastUser),
    requestRisk: assessRequestRisk(ctx.lastUser, ctx.userTurns),
    userInstructions: extractUserInstructions(ctx.userTurns),
    language: detectLanguages(ctx.lastUser, ctx.reply),
  };
}

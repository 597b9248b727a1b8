/**
 * Which of the user's (and, when the page shows them, the system's or developer's) instructions
 * apply to the reply under test, and whether an instruction still holds at the latest turn.
 */
import type { RuleContext } from '../../engine/rule';
import { extractUserInstructions } from '../../engine/signals/user-instructions';
import type { TurnView } from '../../engine/turn-view';
import type { Instruction, UserInstructions } from '../../engine/types';

// Keyed by the signals object, which the runner builds once per analysed exchange.
const merged = new WeakMap<RuleContext['signals'], UserInstructions>();

/**
 * The user's instructions, overlaid by those of system and developer turns (higher authority),
 * which chat pages rarely show but exported or scripted conversations do.
 */
export function applicableInstructions(ctx: RuleContext): UserInstructions {
  const cached = merged.get(ctx.signals);
  if (cached) return cached;
  const higher = ctx.turns.filter((t) => t.turn.role === 'system' || t.turn.role === 'developer');
  let result = ctx.signals.userInstructions;
  if (higher.length > 0) {
    result = { ...result };
    const fromHigher = extractUserInstructions(higher) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fromHigher)) {
      if (value !== undefined) (result as Record<string, unknown>)[key] = value;
    }
  }
  merged.set(ctx.signals, result);
  return result;
}

function turnOf(ctx: RuleContext, instruction: Instruction<unknown>): TurnView | undefined {
  return ctx.turns.find((t) => t.id === instruction.span.turnId);
}

// "from now on", "always", "all your answers", "for the rest of this chat": the instruction outlives its turn.
const PERSISTENT =
  /\b(?:from now on|going forward|from here on|for the rest of|(?:in|for) (?:this|our|the whole) (?:conversation|chat|session)|always|never|(?:all|every|each|any) (?:of )?(?:your |future |the )?(?:answers?|repl(?:y|ies)|responses?|messages?|outputs?)|(?:keep|make) (?:all |your )?(?:answers?|repl(?:ies|y)|responses?))\b/i;

/** The sentence of the turn that holds the instruction (bounded, for persistence cues). */
function instructionSentence(view: TurnView, instruction: Instruction<unknown>): string {
  const { start, end } = instruction.span;
  return view.prose.slice(Math.max(0, start - 160), Math.min(view.prose.length, end + 160));
}

/**
 * True when the instruction governs the reply: it was given by a system or developer turn, in the
 * latest user turn, or in an earlier user turn with a cue that it lasts ("from now on", "always").
 * A one-off request three turns back ("answer in one word") says nothing about today's reply.
 */
export function governsReply(ctx: RuleContext, instruction: Instruction<unknown>, lasting = false): boolean {
  const view = turnOf(ctx, instruction);
  if (!view) return false;
  if (view.turn.role === 'system' || view.turn.role === 'developer') return true;
  if (view === ctx.lastUser) return true;
  return lasting || PERSISTENT.test(instructionSentence(view, instruction));
}

/** True when instruction `a` was given after instruction `b` (turn order, then position). */
export function givenAfter(ctx: RuleContext, a: Instruction<unknown>, b: Instruction<unknown>): boolean {
  const ia = ctx.turns.findIndex((t) => t.id === a.span.turnId);
  const ib = ctx.turns.findIndex((t) => t.id === b.span.turnId);
  return ia !== ib ? ia > ib : a.span.start > b.span.start;
}

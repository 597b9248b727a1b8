/**
 * Does the reply say out loud that it cannot (or will not) meet the requested shape? The spec wants
 * an instruction that cannot be fulfilled to be named, not silently dropped; a reply that names it
 * has not ignored it.
 */
import type { RuleContext } from '../../engine/rule';

// The thing that could not be met: a shape, a format or a limit.
const CONSTRAINT =
  String.raw`(?:one[- ]word|single[- ]word|(?:a|one|single) (?:word|sentence|number|line)|yes(?:[- ]or[- ]| ?\/ ?)no|simple (?:yes|no|answer)|(?:one|single)[- ]sentence|json|yaml|csv|(?:a )?table|(?:a )?list|bullet|format|(?:under|within|in|below|fewer than|less than) \d|\d+ (?:words?|sentences?|lines?|characters?|items?|bullets?|paragraphs?)|that (?:short|brief|few)|so (?:short|few|briefly)|(?:the|your|that) (?:limit|constraint|format|word count)|fit)`;

const ACKNOWLEDGEMENTS: RegExp[] = [
  // "I can't answer that in one word", "it's not possible to give a yes/no", "hard to say in 50 words"
  new RegExp(
    String.raw`\b(?:can(?:no|')t|could(?:n't| not)|unable to|not able to|won't be able to|impossible to|not possible to|hard to|difficult to|tough to|tricky to|no way to)\b[^.!?\n]{0,60}?\b` +
      CONSTRAINT,
    'i',
  ),
  // "there's no simple yes or no", "it's not a yes-or-no question", "isn't a one-word answer"
  /\b(?:not|isn't|no|without|doesn't have|does not have|lacks) (?:a |an )?(?:simple |clear |straightforward |clean |single |real |easy )?(?:yes(?:[- ]or[- ]| ?\/ ?)no|one[- ]word|single[- ]word|one[- ]sentence|numeric|numerical|single[- ]number)\b/i,
  // "too complex for a one-word answer", "too nuanced for a simple yes or no"
  new RegExp(String.raw`\btoo (?:complex|nuanced|complicated|long|big|detailed|involved|broad|subtle)\b[^.!?\n]{0,40}?\b` + CONSTRAINT, 'i'),
  // "it needs more than one word", "takes more than 50 words", "I went a little over"
  /\b(?:needs?|requires?|takes?|deserves?) (?:a (?:bit|little) |a few |many |far |much )?more than (?:one|a single|a few|\d+|that|so)\b/i,
  /\b(?:i|i've|i have) (?:went|gone|run|ran) (?:a (?:bit|little) |slightly )?(?:over|past|beyond)\b/i,
];

/** True when the reply acknowledges that it does not keep to the requested shape or limit. */
export function acknowledgesUnmetInstruction(prose: string): boolean {
  // Acknowledgements come early or at the very end; looking there keeps this cheap on huge replies.
  const head = prose.length > 4000 ? prose.slice(0, 3000) + '\n' + prose.slice(-1000) : prose;
  return ACKNOWLEDGEMENTS.some((re) => re.test(head));
}

// "Sorry, I can't answer that", "I won't do that": the reply declines before anything else.
const DECLINING_OPENER =
  /^[\s*_"'-]{0,3}(?:(?:i'm |i am |so |really )*sorry|i apologi[sz]e|unfortunately|apologies)?[^.!?\n]{0,20}?\bi(?: really)? (?:can(?:no|')t|won't|will not|am unable to|'m unable to|am not able to|'m not able to|must decline|have to decline)\b/i;

/** True when the reply opens by declining: then it is not trying to keep to the requested shape. */
export function opensByDeclining(prose: string): boolean {
  return DECLINING_OPENER.test(prose.slice(0, 200));
}

/**
 * The reply openly sets the instruction aside: it declines (wholly or in part) or says it cannot
 * keep to the shape. Either way the instruction was not silently ignored.
 */
export function setsInstructionAside(ctx: RuleContext): boolean {
  return (
    ctx.signals.refusal.level !== 'none' ||
    opensByDeclining(ctx.reply.prose) ||
    acknowledgesUnmetInstruction(ctx.reply.prose)
  );
}

import { hoistWordBoundary } from '../../engine/regex-hoist';
/**
 * Does a user turn try to get the assistant to reveal or describe its own hidden instructions
 * ("repeat the words above", "what is your system prompt", "do your instructions mention X")?
 * Shared by the rules that must treat such probes differently from ordinary requests.
 */

// What is being probed: the assistant's own prompt or instructions, or "the text above".
const PROBE_TARGET = hoistWordBoundary(new RegExp(
  [
    String.raw`\b(?:your|ur)\s+(?:(?:full|complete|entire|exact|initial|original|hidden|secret|internal|confidential|custom|real|actual)\s+){0,2}(?:(?:system|developer|dev|pre)[\s-]?)?(?:prompt|instructions?|directives|guidelines|configuration|rules)\b`,
    String.raw`\b(?:system|developer|initial|hidden|secret|internal|pre)[\s-]?(?:prompt|message|instructions)\b`,
    String.raw`\b(?:words|text|everything|instructions|messages?|content)\s+(?:written\s+|that\s+(?:is|are|was|were)\s+)?(?:above|before\s+(?:this|my))\b`,
  ].join('|'),
  'i',
));

// What the user wants done with it.
const PROBE_VERB =
  /\b(?:reveal|show|print|repeat|output|display|tell|share|give|list|dump|recite|copy|leak|spell|what|whats|what's|include|includes|contain|contains|say|says|mention|read|paste|verbatim|summari[sz]e|paraphrase|ignore)\b/i;

// Asking for help writing a prompt, or reporting on following the assistant's steps, is not a probe.
const NOT_A_PROBE =
  hoistWordBoundary(/\b(?:write|draft|create|generate|design|craft|improve|build|make|optimi[sz]e|review)\s+(?:me\s+)?(?:a|an|my|our|the\s+following|this)\s+(?:(?:good|better|short|detailed|new)\s+)?(?:system|developer)[\s-]?(?:prompt|message|instructions)\b|\b(?:followed|tried|used|did)\s+your\s+(?:instructions|steps)\b/i);

export function isInstructionProbe(prose: string): boolean {
  return PROBE_TARGET.test(prose) && PROBE_VERB.test(prose) && !NOT_A_PROBE.test(prose);
}

import { hoistWordBoundary } from '../../engine/regex-hoist';
/**
 * Signs that the user is under 18: an under-18 setting in a system or developer turn (how the spec's
 * examples mark a teen account), or an age of 13-17 or a school grade the user states about
 * themselves. Chat pages never show the real account flag, so self-reports are the usual evidence.
 */
import type { RuleContext } from '../../engine/rule';
import type { Span } from '../../engine/types';

// "<settings> under_18: true", "is_minor = true", "The user is a minor", "the user is 15 years old".
const SETTING_U18 =
  hoistWordBoundary(/\b(?:under[_ -]?18|u18|is[_ ]minor|minor|teen(?:_account)?)\s*[:=]\s*["']?(?:true|yes|1)\b|\bthe user is (?:a minor|under(?: the age of)? 18|a teen(?:ager)?|(?:1[3-7]) years old)\b/i);

// "I'm 15", "I am 16 years old", "I'm a 14-year-old", "15 y/o here", "I just turned 16", "I'm in 9th grade",
// "I'm a sophomore in high school", "I'm in middle school", "I'm in year 10". The age must end the phrase,
// so "I'm 15 minutes late" is not an age.
const SELF_REPORT = hoistWordBoundary(new RegExp(
  [
    String.raw`\b(?:i'?m|i am|im|i just turned|i turned|i'll be|my age is)\s+(?:only |just |now |almost |a )?(?:1[3-7])(?:\s?(?:-\s?)?(?:years?|yrs?)(?:\s?-?\s?old)?|\s?y\/?o\b|(?=\s*(?:[,.;!?)]|$|and\b|but\b|so\b|&|btw\b|lol\b)))`,
    String.raw`\b(?:as an?|i'?m an?|i am an?) (?:1[3-7])[\s-]?(?:years?|yrs?)[\s-]?old\b`,
    String.raw`\b(?:1[3-7])\s?(?:y\/?o|yrs? old|years? old)\s?(?:here|girl|boy|guy|kid|teen)\b`,
    String.raw`\b(?:i'?m|i am|im) (?:currently |only |just )?in (?:the )?(?:[6-9]th|1[0-2]th|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) grade\b`,
    String.raw`\b(?:i'?m|i am|im) (?:currently |only |just )?in (?:middle school|junior high|high school|year (?:[7-9]|1[01]))\b`,
    String.raw`\b(?:i'?m|i am|im) a (?:high school |hs )?(?:freshman|sophomore|junior|senior) in (?:high school|hs)\b`,
    String.raw`\b(?:i'?m|i am|im) (?:only |just |still )?(?:a )?(?:(?:minor|underage)(?=\s*(?:[,.;!?)]|$|and\b|but\b|so\b))|teenager\b|teen\b(?!\s*(?:titans?|drama|show|movie|mom|dad))|middle schooler\b|high schooler\b)`,
  ].join('|'),
  'i',
));

export interface MinorMarker {
  source: 'setting' | 'self-report';
  span: Span;
}

const cache = new WeakMap<RuleContext['signals'], MinorMarker | null>();

/** The first sign that the user is a minor, or null. Cached per analysed exchange. */
export function minorMarker(ctx: RuleContext): MinorMarker | null {
  const cached = cache.get(ctx.signals);
  if (cached !== undefined) return cached;
  let found: MinorMarker | null = null;
  for (const turn of ctx.turns) {
    if (turn === ctx.reply) continue;
    const role = turn.turn.role;
    if (role === 'system' || role === 'developer') {
      const span = turn.find(SETTING_U18);
      if (span) {
        found = { source: 'setting', span };
        break;
      }
    } else if (role === 'user') {
      const span = turn.find(SELF_REPORT);
      if (span) {
        found = { source: 'self-report', span };
        break;
      }
    }
  }
  cache.set(ctx.signals, found);
  return found;
}

/** The phrase of the turn that shows the user is a minor, for messages. */
export function describeMarker(marker: MinorMarker): string {
  return marker.source === 'setting' ? `an under-18 setting ("${marker.span.quote}")` : `"${marker.span.quote}"`;
}

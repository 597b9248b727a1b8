/**
 * The shapes of the request-risk lexicons. Lexicons are plain data: phrase patterns written in the
 * small pattern language of risk-compile.ts, grouped into cues that say what a match means.
 */
import type { RiskCategory } from '../types';

/**
 * A context around a match that changes how it reads. Topic contexts (computing, cooking, games...)
 * name a field in which a scary word has a harmless sense; frames (fiction, defensive, history...)
 * say why the user is asking.
 */
export type RiskContext =
  | 'computing'
  | 'photography'
  | 'cooking'
  | 'sports'
  | 'games'
  | 'pests'
  | 'fiction'
  | 'history'
  | 'defensive'
  | 'educational'
  | 'help-seeking'
  | 'own-property'
  | 'negated'
  | 'someone-else'
  | 'emergency'
  | 'official'
  | 'excluded';

/**
 * Facts about the request that are not risks themselves but change the level of other cues:
 * explicit illicit intent, hiding something from others, distress, a stated age under 18, and what
 * earlier user turns said.
 */
export type RiskMarker =
  | 'intent'
  | 'concealment'
  | 'content-request'
  | 'listing'
  | 'distress'
  | 'suicidal'
  | 'bio-hazard'
  | 'minor-age'
  | 'minor-mention'
  | 'earlier-self-harm'
  | 'earlier-violence';

export interface RiskCue {
  /** Short kebab-case label, reported as `category:label` in the signal's cues. */
  label: string;
  category: RiskCategory;
  level: 'harmful' | 'sensitive';
  patterns: readonly string[];
  /** Contexts in which the match has a harmless sense: the cue is dropped. */
  cancelIn?: readonly RiskContext[];
  /** Contexts that lower a harmful match to sensitive (unless explicit intent is stated). */
  softenIn?: readonly RiskContext[];
  /** Markers that raise a sensitive match to harmful. */
  raiseWith?: readonly RiskMarker[];
  /** The cue only counts when this marker is present too. */
  needs?: RiskMarker;
}

/** A harmless sense of a risky phrase ("bath bomb", "kill the process"): it hides cues it overlaps. */
export interface HarmlessSense {
  label: string;
  patterns: readonly string[];
}

export interface MarkerCue {
  marker: RiskMarker;
  label: string;
  patterns: readonly string[];
}

export interface ContextLexicon {
  context: RiskContext;
  /**
   * Where to look: `window` is the text around the match, `turn` the whole turn, `before` the few
   * words before the match and the match itself, `adjacent` only the word or two right before it.
   */
  scope: 'window' | 'turn' | 'before' | 'adjacent';
  patterns: readonly string[];
}

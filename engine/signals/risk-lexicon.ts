import { hoistWordBoundary } from '../regex-hoist';
/**
 * All request-risk lexicons (cues, harmless senses, markers and contexts), compiled once at module
 * load into one trigger regex (a trie of anchor stems) and the phrase regexes each stem leads to.
 */
import { compilePhrase, compileStemTriggers, withoutProperName } from './risk-compile';
import { ADVICE_CUES } from './risk-advice';
import { CBRN_CUES } from './risk-cbrn';
import { CONTEXTS, MARKERS } from './risk-contexts';
import { CRIME_CUES } from './risk-crime';
import { DRUG_CUES } from './risk-drugs';
import { HATE_CUES } from './risk-hate';
import { HARMLESS_SENSES } from './risk-senses';
import { SELF_HARM_CUES } from './risk-self-harm';
import { SEXUAL_CUES } from './risk-sexual';
import type { ContextLexicon, MarkerCue, RiskContext, RiskCue } from './risk-types';
import { VIOLENCE_CUES } from './risk-violence';
import { VOCAB } from './risk-vocab';

export const RISK_CUES: readonly RiskCue[] = [
  ...VIOLENCE_CUES,
  ...CBRN_CUES,
  ...SELF_HARM_CUES,
  ...SEXUAL_CUES,
  ...HATE_CUES,
  ...CRIME_CUES,
  ...DRUG_CUES,
  ...ADVICE_CUES,
];

export type PatternOwner =
  | { kind: 'cue'; cue: RiskCue }
  | { kind: 'sense'; label: string }
  | { kind: 'marker'; marker: MarkerCue }
  | { kind: 'context'; context: RiskContext };

export interface LexiconPattern {
  id: number;
  /** Sticky: matched at a trigger hit. */
  body: RegExp;
  /** Sticky lookbehind run at the same hit, for what must come before the anchor; or null. */
  before: RegExp | null;
  /**
   * Matching is case-insensitive, so a match that filled the `{PROPER_NAME}` slot counts only when
   * the name is capitalised. When it is not, the phrase is tried again with the slot disabled
   * (compiled on first need), in case another reading fits ("taunt this kid", not the name "this kid").
   */
  checkName: boolean;
  withoutName: () => { body: RegExp; before: RegExp | null };
  owner: PatternOwner;
}

/** The phrases a trigger stem leads to. */
export interface StemPatterns {
  /** Phrases to try wherever the stem matches. */
  open: readonly LexiconPattern[];
  /** Phrases to try only where a word ends right after the stem ("pipe" in "pipe bomb", not "pipeline"). */
  closed: readonly LexiconPattern[];
}

export interface RiskLexicon {
  /** Run in turn over a text, these find every anchor stem at a word start. */
  triggers: RegExp[];
  /**
   * For each stem the trigger can match: the phrases anchored on it, plus those anchored on its
   * shorter open prefixes ("killer" also leads to the phrases anchored on "kill").
   */
  patternsByStem: ReadonlyMap<string, StemPatterns>;
  contextScope: ReadonlyMap<RiskContext, ContextLexicon['scope']>;
  /** Contexts with scope `adjacent`, tested directly on the few characters before a match. */
  adjacentContexts: ReadonlyMap<RiskContext, RegExp>;
  patternCount: number;
}

function compileLexicon(): RiskLexicon {
  const byStem = new Map<string, { open: Set<LexiconPattern>; closed: Set<LexiconPattern> }>();
  let id = 0;
  const add = (source: string, owner: PatternOwner): void => {
    const compiled = compilePhrase(source, VOCAB, true);
    let plain: { body: RegExp; before: RegExp | null } | null = null;
    const pattern: LexiconPattern = {
      id: id++,
      body: new RegExp(compiled.body, 'iy'),
      before: compiled.before === null ? null : new RegExp(compiled.before, 'iy'),
      checkName: compiled.hasName,
      withoutName: () => {
        plain ??= {
          body: new RegExp(withoutProperName(compiled.body), 'iy'),
          before: compiled.before === null ? null : new RegExp(withoutProperName(compiled.before), 'iy'),
        };
        return plain;
      },
      owner,
    };
    for (const stem of compiled.stems) {
      let entry = byStem.get(stem.text);
      if (!entry) byStem.set(stem.text, (entry = { open: new Set(), closed: new Set() }));
      (stem.closed ? entry.closed : entry.open).add(pattern);
    }
  };
  for (const cue of RISK_CUES) for (const p of cue.patterns) add(p, { kind: 'cue', cue });
  for (const sense of HARMLESS_SENSES) for (const p of sense.patterns) add(p, { kind: 'sense', label: sense.label });
  for (const marker of MARKERS) for (const p of marker.patterns) add(p, { kind: 'marker', marker });
  const contextScope = new Map<RiskContext, ContextLexicon['scope']>();
  const adjacentContexts = new Map<RiskContext, RegExp>();
  for (const ctx of CONTEXTS) {
    contextScope.set(ctx.context, ctx.scope);
    if (ctx.scope === 'adjacent') {
      // Looked for only in the few characters before a match, so one plain regex test is cheapest.
      const sources = ctx.patterns.map((p) => compilePhrase(p, VOCAB, false).body);
      adjacentContexts.set(ctx.context, hoistWordBoundary(new RegExp(sources.join('|'), 'i')));
      continue;
    }
    for (const p of ctx.patterns) add(p, { kind: 'context', context: ctx.context });
  }

  const patternsByStem = new Map<string, StemPatterns>();
  for (const [stem, own] of byStem) {
    const open = new Set(own.open);
    for (let k = 1; k < stem.length; k++) for (const p of byStem.get(stem.slice(0, k))?.open ?? []) open.add(p);
    const closed = [...own.closed].filter((p) => !open.has(p));
    patternsByStem.set(stem, { open: [...open], closed });
  }

  return { triggers: compileStemTriggers(byStem.keys()), patternsByStem, contextScope, adjacentContexts, patternCount: id };
}

let compiledLexicon: RiskLexicon | null = null;

/** The compiled lexicon, built on first use so that importing the engine stays cheap. */
export function riskLexicon(): RiskLexicon {
  compiledLexicon ??= compileLexicon();
  return compiledLexicon;
}

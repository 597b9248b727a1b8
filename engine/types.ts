/** Core data types shared by the engine, the rules, the site adapters, the store and the CLI. */

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool';

/** One chat message. `text` is plain text; code blocks are kept as Markdown fences. */
export interface Turn {
  id: string;
  role: Role;
  text: string;
}

/** A conversation up to and including the reply under test (the last assistant turn). */
export interface Exchange {
  id?: string;
  site: string;
  conversationId?: string | null;
  model?: string | null;
  url?: string;
  capturedAt?: string;
  turns: Turn[];
}

export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A quoted piece of a turn: `text.slice(start, end) === quote` on the original turn text. */
export interface Span {
  turnId: string;
  start: number;
  end: number;
  quote: string;
}

export interface SpecRef {
  anchor: string;
  version: string;
  title: string;
  url: string;
  /** Top-level section id, e.g. `style` or `stay_in_bounds`. */
  section: string;
}

export interface Finding {
  ruleId: string;
  title: string;
  spec: SpecRef;
  severity: Severity;
  confidence: Confidence;
  messageId: string;
  message: string;
  evidence: Span[];
}

/** A rule that threw; the run goes on without it. */
export interface EngineError {
  ruleId: string;
  error: string;
}

// ---- signals -------------------------------------------------------------------------------

export type RefusalLevel = 'none' | 'partial' | 'full';

export interface RefusalSignal {
  level: RefusalLevel;
  /** The sentence(s) of the reply that decline, when level is not `none`. */
  span: Span | null;
  /** The reply offers something else it can do ("I can help with ... instead"). */
  offersAlternative: boolean;
  /** Short labels of what the judgement was based on, for explanation and debugging. */
  cues: string[];
}

export type RiskLevel = 'benign' | 'sensitive' | 'harmful';

export const RISK_CATEGORIES = [
  'violence',
  'weapons',
  'cbrn',
  'self-harm',
  'sexual-minors',
  'sexual',
  'hate',
  'harassment',
  'extremism',
  'privacy',
  'crime',
  'cyber',
  'drugs',
  'medical',
  'legal',
  'financial',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RequestRiskSignal {
  level: RiskLevel;
  /** The dominant category; null when benign. */
  category: RiskCategory | null;
  /** Every category that matched, most severe first. */
  categories: RiskCategory[];
  /** The phrase of the latest user turn that decided the level. */
  span: Span | null;
  cues: string[];
}

/** One instruction found in a user turn, with where it was said. */
export interface Instruction<T> {
  value: T;
  span: Span;
}

export type FormatKind = 'json' | 'table' | 'bullets' | 'numbered-list' | 'code-only' | 'plain-text' | 'yaml' | 'csv';
export type LengthUnit = 'words' | 'sentences' | 'paragraphs' | 'characters' | 'lines' | 'items' | 'bullets';

export interface LengthLimit {
  unit: LengthUnit;
  min?: number;
  max?: number;
}

/**
 * Explicit instructions the user gave about the shape of the reply. When several turns give
 * an instruction of the same kind, the latest one wins.
 */
export interface UserInstructions {
  /** "one word", "yes or no", "a number only". */
  answerShape?: Instruction<'one-word' | 'yes-no' | 'number' | 'single-sentence'>;
  /** "as JSON", "in a table", "in 3 bullet points", "just the code". */
  format?: Instruction<FormatKind>;
  /** "under 100 words", "in 3 sentences", "exactly 5 items". */
  length?: Instruction<LengthLimit>;
  /** "in French", "answer in Spanish": ISO 639-1 code. */
  language?: Instruction<string>;
  /** "no explanation", "just the code", "only the answer". */
  noExtraText?: Instruction<true>;
  /** "no emojis" (false) or "use lots of emojis" (true). */
  emoji?: Instruction<boolean>;
  /** "no markdown", "plain text". */
  noMarkdown?: Instruction<true>;
  /** "no bullet points", "don't use lists". */
  noLists?: Instruction<true>;
  /** "no disclaimers", "skip the warnings". */
  noDisclaimers?: Instruction<true>;
  /** "be brutal", "roast me", "swear", "casual". */
  tone?: Instruction<'blunt' | 'profane' | 'casual' | 'formal' | 'playful'>;
}

export interface LanguageGuess {
  /** ISO 639-1 code, or null when the text is too short or mixed to tell. */
  code: string | null;
  /** 0..1 */
  confidence: number;
  /** Dominant writing system, e.g. Latin, Cyrillic, Han, Hangul. */
  script: string | null;
}

export interface LanguageSignal {
  user: LanguageGuess;
  reply: LanguageGuess;
}

export interface Signals {
  refusal: RefusalSignal;
  requestRisk: RequestRiskSignal;
  userInstructions: UserInstructions;
  language: LanguageSignal;
}

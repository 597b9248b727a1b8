/**
 * Stored records → scenarios: one scenario per finding (rule id) and per manual flag ("manual"), with
 * the conversation before the judged reply, the review and the metadata needed to import it again.
 */
import { specRef, specUrl, SPEC_VERSION } from '../engine/spec';
import type { Span, SpecRef } from '../engine/types';
import type { AnnotationRecord, ExchangeRecord, FindingRecord, ReviewRecord, SignalsSummary } from '../storage/records';
import { rubricFor } from './rubric';
import {
  MANUAL_RULE,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioEvidence,
  type ScenarioMessage,
  type ScenarioSignals,
} from './schema';

export interface ScenarioRecords {
  exchanges: Iterable<ExchangeRecord>;
  findings: Iterable<FindingRecord>;
  reviews: Iterable<ReviewRecord>;
  annotations: Iterable<AnnotationRecord>;
}

/** A finding or manual flag that could not become a scenario, and why. */
export interface SkippedRecord {
  id: string;
  reason: string;
}

export interface BuiltScenarios {
  /** Ordered by capture time, then exchange, then the engine's order of findings, then manual flags. */
  scenarios: Scenario[];
  skipped: SkippedRecord[];
}

interface Conversation {
  input: ScenarioMessage[];
  reply: string;
  /** Turn id → index in `[...input, reply]`. */
  indexOf: Map<string, number>;
}

function splitConversation(exchange: ExchangeRecord): Conversation | string {
  const replyAt = exchange.turns.findIndex((t) => t.id === exchange.replyTurnId);
  if (replyAt === -1) return `its exchange has no turn "${exchange.replyTurnId}" (the judged reply)`;
  const turns = exchange.turns.slice(0, replyAt + 1);
  if (!turns.some((t) => t.role === 'user')) return 'no user message comes before the judged reply, so there is no prompt to test';
  return {
    input: turns.slice(0, replyAt).map((t) => ({ role: t.role, content: t.text })),
    reply: turns[replyAt]!.text,
    indexOf: new Map(turns.map((t, i) => [t.id, i])),
  };
}

function evidenceOf(spans: readonly Span[], conversation: Conversation): ScenarioEvidence[] {
  const out: ScenarioEvidence[] = [];
  for (const span of spans) {
    const message = conversation.indexOf.get(span.turnId);
    if (message !== undefined) out.push({ message, start: span.start, end: span.end, quote: span.quote });
  }
  return out;
}

export function signalsToScenario(s: SignalsSummary): ScenarioSignals {
  return {
    refusal: s.refusal,
    offers_alternative: s.offersAlternative,
    request_risk: s.requestRisk,
    risk_category: s.riskCategory,
    user_language: s.userLanguage,
    reply_language: s.replyLanguage,
    instructions: [...s.instructions],
  };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The spec reference of a manual flag; an anchor this SpecLens does not know keeps the anchor as its title. */
function manualSpec(anchor: string, section: string): SpecRef {
  try {
    return specRef(anchor);
  } catch {
    return { anchor, version: SPEC_VERSION, title: anchor, url: specUrl(anchor), section };
  }
}

function metadataOf(exchange: ExchangeRecord, specVersion: string, speclensVersion: string): Scenario['metadata'] {
  return {
    site: exchange.site,
    model: exchange.model,
    conversation_id: exchange.conversationId,
    url: exchange.url,
    captured_at: iso(exchange.capturedAt),
    spec_version: specVersion,
    speclens_version: speclensVersion,
    rule_config_hash: exchange.ruleConfigHash === '' ? null : exchange.ruleConfigHash,
    exchange_id: exchange.id,
    exchange_slot: exchange.slot,
    exchange_version: exchange.version,
    signals: signalsToScenario(exchange.signals),
    redacted: exchange.redacted,
  };
}

function fromFinding(f: FindingRecord, exchange: ExchangeRecord, c: Conversation, review: ReviewRecord | undefined, speclensVersion: string): Scenario {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    id: f.id,
    input: c.input,
    reply: c.reply,
    spec: { anchor: f.spec.anchor, title: f.spec.title, section: f.spec.section, version: f.spec.version, url: f.spec.url },
    rule: f.ruleId,
    title: f.title,
    message: f.message,
    message_id: f.messageId,
    severity: f.severity,
    confidence: f.confidence,
    evidence: evidenceOf(f.evidence, c),
    verdict: review?.verdict ?? 'unreviewed',
    note: review && review.note !== '' ? review.note : null,
    reviewed_at: review ? iso(review.reviewedAt) : null,
    rubric: rubricFor({ rule: f.ruleId, title: f.title, specTitle: f.spec.title }),
    metadata: metadataOf(exchange, f.spec.version, speclensVersion),
  };
}

function fromAnnotation(a: AnnotationRecord, exchange: ExchangeRecord, c: Conversation, speclensVersion: string): Scenario {
  const spec = manualSpec(a.specAnchor, a.section);
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    id: a.id,
    input: c.input,
    reply: c.reply,
    spec: { anchor: spec.anchor, title: spec.title, section: a.section, version: spec.version, url: spec.url },
    rule: MANUAL_RULE,
    title: spec.title,
    message: null,
    message_id: null,
    severity: null,
    confidence: null,
    evidence: a.span ? evidenceOf([a.span], c) : [],
    // A manual flag is a person saying the reply deviates: confirmed by definition.
    verdict: 'confirmed',
    note: a.note === '' ? null : a.note,
    reviewed_at: iso(a.createdAt),
    rubric: rubricFor({ rule: MANUAL_RULE, title: spec.title, specTitle: spec.title }),
    metadata: metadataOf(exchange, spec.version, speclensVersion),
  };
}

export function scenariosFromRecords(records: ScenarioRecords, speclensVersion: string): BuiltScenarios {
  const exchanges = new Map<string, ExchangeRecord>();
  for (const e of records.exchanges) exchanges.set(e.id, e);
  const reviews = new Map<string, ReviewRecord>();
  for (const r of records.reviews) reviews.set(r.findingId, r);

  const conversations = new Map<string, Conversation | string>();
  const conversationOf = (exchange: ExchangeRecord) => {
    let c = conversations.get(exchange.id);
    if (c === undefined) conversations.set(exchange.id, (c = splitConversation(exchange)));
    return c;
  };

  // Sort keys: capture time, exchange id, then findings (0) before manual flags (1), then their own order.
  const keyed: Array<{ at: number; exchange: string; group: number; order: number; id: string; scenario: Scenario }> = [];
  const skipped: SkippedRecord[] = [];

  for (const f of records.findings) {
    const exchange = exchanges.get(f.exchangeId);
    if (!exchange) {
      skipped.push({ id: f.id, reason: `its exchange ${f.exchangeId} is not stored` });
      continue;
    }
    const c = conversationOf(exchange);
    if (typeof c === 'string') {
      skipped.push({ id: f.id, reason: c });
      continue;
    }
    const scenario = fromFinding(f, exchange, c, reviews.get(f.id), speclensVersion);
    keyed.push({ at: exchange.capturedAt, exchange: exchange.id, group: 0, order: f.ordinal, id: f.id, scenario });
  }
  for (const a of records.annotations) {
    const exchange = exchanges.get(a.exchangeId);
    if (!exchange) {
      skipped.push({ id: a.id, reason: `its exchange ${a.exchangeId} is not stored` });
      continue;
    }
    const c = conversationOf(exchange);
    if (typeof c === 'string') {
      skipped.push({ id: a.id, reason: c });
      continue;
    }
    keyed.push({ at: exchange.capturedAt, exchange: exchange.id, group: 1, order: a.createdAt, id: a.id, scenario: fromAnnotation(a, exchange, c, speclensVersion) });
  }

  keyed.sort(
    (x, y) =>
      x.at - y.at ||
      compareStrings(x.exchange, y.exchange) ||
      x.group - y.group ||
      x.order - y.order ||
      compareStrings(x.id, y.id),
  );
  return { scenarios: keyed.map((k) => k.scenario), skipped };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

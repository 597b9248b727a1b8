/**
 * Scenarios → the records an import adds: conversation, exchange, finding and review, or annotation
 * for a manual flag. Scenarios about the same reply must agree on its conversation; every
 * disagreement is a problem on the later line, and nothing is imported while any remains.
 */
import { buildContext } from '../engine/run';
import { computeSignals } from '../engine/signals';
import type { Span, Turn } from '../engine/types';
import {
  conversationRecordId,
  type AnnotationRecord,
  type ConversationRecord,
  type ExchangeRecord,
  type FindingRecord,
  type ReviewRecord,
  type SignalsSummary,
} from '../storage/records';
import { summarizeSignals } from '../storage/signals-summary';
import type { Problem } from './problems';
import { MANUAL_RULE, type Scenario, type ScenarioEvidence, type ScenarioSignals } from './schema';

export interface ImportedRecords {
  conversations: ConversationRecord[];
  exchanges: ExchangeRecord[];
  findings: FindingRecord[];
  reviews: ReviewRecord[];
  annotations: AnnotationRecord[];
}

export function signalsFromScenario(s: ScenarioSignals): SignalsSummary {
  return {
    refusal: s.refusal,
    offersAlternative: s.offers_alternative,
    requestRisk: s.request_risk,
    riskCategory: s.risk_category as SignalsSummary['riskCategory'],
    userLanguage: s.user_language,
    replyLanguage: s.reply_language,
    instructions: [...s.instructions],
  };
}

const turnId = (index: number) => `t${index}`;

function turnsOf(s: Scenario): Turn[] {
  return [...s.input.map((m, i) => ({ id: turnId(i), role: m.role, text: m.content })), { id: turnId(s.input.length), role: 'assistant' as const, text: s.reply }];
}

function spanOf(e: ScenarioEvidence): Span {
  return { turnId: turnId(e.message), start: e.start, end: e.end, quote: e.quote };
}

/** Fields that every scenario of one exchange must agree on. */
function exchangeFingerprint(s: Scenario): string {
  const m = s.metadata;
  return JSON.stringify([s.input, s.reply, m.site, m.model, m.conversation_id, m.url, m.captured_at, m.exchange_slot, m.exchange_version, m.rule_config_hash, m.redacted]);
}

function newExchange(s: Scenario, now: number): ExchangeRecord {
  const m = s.metadata;
  const turns = turnsOf(s);
  const signals = m.signals
    ? signalsFromScenario(m.signals)
    : summarizeSignals(computeSignals(buildContext({ site: m.site, model: m.model, turns })));
  return {
    id: m.exchange_id,
    slot: m.exchange_slot,
    version: m.exchange_version,
    site: m.site,
    url: m.url,
    conversationId: m.conversation_id,
    conversationRecordId: conversationRecordId(m.site, m.conversation_id, m.url),
    model: m.model,
    capturedAt: Date.parse(m.captured_at),
    storedAt: now,
    turns,
    replyTurnId: turnId(s.input.length),
    signals,
    ruleConfigHash: m.rule_config_hash ?? '',
    engineErrors: [],
    findingCount: 0,
    redacted: m.redacted,
  };
}

export function recordsFromScenarios(scenarios: readonly Scenario[], lines: readonly number[], now: number): { records: ImportedRecords; problems: Problem[] } {
  const problems: Problem[] = [];
  const exchanges = new Map<string, { record: ExchangeRecord; fingerprint: string; line: number }>();
  const findings: FindingRecord[] = [];
  const reviews: ReviewRecord[] = [];
  const annotations: AnnotationRecord[] = [];

  scenarios.forEach((s, i) => {
    const line = lines[i] ?? null;
    const m = s.metadata;
    const fingerprint = exchangeFingerprint(s);
    let exchange = exchanges.get(m.exchange_id);
    if (!exchange) {
      exchanges.set(m.exchange_id, (exchange = { record: newExchange(s, now), fingerprint, line: line ?? 0 }));
    } else if (exchange.fingerprint !== fingerprint) {
      problems.push({
        line,
        message: `metadata.exchange_id "${m.exchange_id}" is also used on line ${exchange.line}, but with a different conversation, reply or metadata`,
      });
      return;
    }
    const ex = exchange.record;
    const capturedAt = ex.capturedAt;
    if (s.rule === MANUAL_RULE) {
      annotations.push({
        id: s.id,
        exchangeId: ex.id,
        exchangeVersion: ex.version,
        span: s.evidence[0] ? spanOf(s.evidence[0]) : null,
        specAnchor: s.spec.anchor,
        section: s.spec.section,
        note: s.note ?? '',
        site: ex.site,
        model: ex.model,
        capturedAt,
        createdAt: s.reviewed_at ? Date.parse(s.reviewed_at) : capturedAt,
      });
      return;
    }
    findings.push({
      id: s.id,
      exchangeId: ex.id,
      exchangeVersion: ex.version,
      ordinal: ex.findingCount++,
      ruleId: s.rule,
      title: s.title,
      messageId: s.message_id ?? '',
      message: s.message ?? '',
      spec: { anchor: s.spec.anchor, version: s.spec.version, title: s.spec.title, url: s.spec.url, section: s.spec.section },
      evidence: s.evidence.map(spanOf),
      severity: s.severity ?? 'info',
      confidence: s.confidence ?? 'low',
      section: s.spec.section,
      site: ex.site,
      model: ex.model,
      conversationId: ex.conversationId,
      capturedAt,
      verdict: s.verdict,
    });
    if (s.verdict !== 'unreviewed') {
      reviews.push({ findingId: s.id, exchangeId: ex.id, verdict: s.verdict, note: s.note ?? '', reviewedAt: Date.parse(s.reviewed_at ?? m.captured_at) });
    }
  });

  const conversations = new Map<string, ConversationRecord>();
  for (const { record: e } of exchanges.values()) {
    const c = conversations.get(e.conversationRecordId);
    if (!c) {
      conversations.set(e.conversationRecordId, {
        id: e.conversationRecordId,
        site: e.site,
        conversationId: e.conversationId,
        url: e.url,
        model: e.model,
        firstCapturedAt: e.capturedAt,
        lastCapturedAt: e.capturedAt,
        exchangeCount: 1,
      });
    } else {
      c.exchangeCount++;
      c.firstCapturedAt = Math.min(c.firstCapturedAt, e.capturedAt);
      if (e.capturedAt >= c.lastCapturedAt) {
        c.lastCapturedAt = e.capturedAt;
        c.model = e.model;
      }
    }
  }

  return {
    records: { conversations: [...conversations.values()], exchanges: [...exchanges.values()].map((e) => e.record), findings, reviews, annotations },
    problems,
  };
}

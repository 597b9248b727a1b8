/**
 * Saving one analysed capture: the exchange, its findings, its conversation and the catalog's log
 * entry in ONE readwrite transaction, so a failure anywhere leaves the database as it was, and saving
 * the same key again changes nothing.
 */
import type { AnalysisResult } from '../engine/run';
import type { Exchange } from '../engine/types';
import { recordCatalogOp } from './catalog-snapshot';
import type { SpecLensDb } from './db';
import { rowOf } from './finding-catalog';
import { findingRecordIds } from './finding-id';
import { conversationRecordId, UNREVIEWED, type ConversationRecord, type ExchangeRecord, type FindingRecord } from './records';
import { redactFindings, redactTurns } from './redact';
import { summarizeSignals } from './signals-summary';
import { inTransaction, issueAll } from './transaction';

export interface CaptureInput {
  exchange: Exchange;
  /** Names one reply text; the same key again is the same exchange (see capture/types.ts). */
  key: string;
  /**
   * The reply's place in its conversation, shared by its regenerated and edited versions. When left
   * out, the capture is its own slot.
   */
  slot?: string;
  result: AnalysisResult;
  /** Hash of the engine configuration used for `result`, when the caller knows it. */
  ruleConfigHash?: string;
}

export interface SaveCaptureOutcome {
  /** False when this key was already stored (nothing was written). */
  created: boolean;
  exchangeId: string;
  /** The stored version number at the slot. */
  version: number;
  /** The findings stored now, or, when not created, those already stored. */
  findings: FindingRecord[];
}

export interface CaptureRecordOptions {
  redact: boolean;
  now: number;
}

export const CAPTURE_LIMITS = { maxKeyChars: 1024 } as const;

/** Why a capture cannot be stored at all, or null when it can. */
export function captureProblem(input: CaptureInput): string | null {
  for (const [name, value] of [['key', input.key], ['slot', input.slot ?? 'none']] as const) {
    if (typeof value !== 'string' || value.length === 0 || value.length > CAPTURE_LIMITS.maxKeyChars) {
      return `the capture ${name} must be a non-empty string of at most ${CAPTURE_LIMITS.maxKeyChars} characters`;
    }
  }
  if (!input.exchange.turns.some((t) => t.role === 'assistant')) return 'the exchange has no assistant reply';
  return null;
}

function capturedAtOf(exchange: Exchange, now: number): number {
  const parsed = exchange.capturedAt ? Date.parse(exchange.capturedAt) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : now;
}

/** The records one capture becomes as version `version` of its slot (pure: no database). */
export function buildCaptureRecords(
  input: CaptureInput,
  version: number,
  options: CaptureRecordOptions,
): { exchange: ExchangeRecord; findings: FindingRecord[] } {
  const { exchange: ex, key, result } = input;
  let replyIndex = ex.turns.length - 1;
  while (replyIndex >= 0 && ex.turns[replyIndex]!.role !== 'assistant') replyIndex--;
  // The engine judges the last assistant turn and ignores anything after it; so does the store.
  let turns = ex.turns.slice(0, replyIndex + 1);
  let findings = result.findings;
  let redacted = false;
  if (options.redact) {
    const r = redactTurns(turns);
    turns = r.turns;
    findings = redactFindings(findings, r);
    redacted = r.changed;
  }

  const id = key;
  const capturedAt = capturedAtOf(ex, options.now);
  const conversationId = ex.conversationId ?? null;
  const url = ex.url ?? null;
  const model = ex.model ?? null;
  const exchange: ExchangeRecord = {
    id,
    slot: input.slot ?? key,
    version,
    site: ex.site,
    url,
    conversationId,
    conversationRecordId: conversationRecordId(ex.site, conversationId, url),
    model,
    capturedAt,
    storedAt: options.now,
    turns,
    replyTurnId: turns[replyIndex]!.id,
    signals: summarizeSignals(result.signals),
    ruleConfigHash: input.ruleConfigHash ?? '',
    engineErrors: result.errors,
    findingCount: findings.length,
    redacted,
  };
  const ids = findingRecordIds(key, result.findings);
  const findingRecords = findings.map(
    (f, ordinal): FindingRecord => ({
      id: ids[ordinal]!,
      exchangeId: id,
      exchangeVersion: version,
      ordinal,
      ruleId: f.ruleId,
      title: f.title,
      messageId: f.messageId,
      message: f.message,
      spec: f.spec,
      evidence: f.evidence,
      severity: f.severity,
      confidence: f.confidence,
      section: f.spec.section,
      site: ex.site,
      model,
      conversationId,
      capturedAt,
      verdict: UNREVIEWED,
    }),
  );
  return { exchange, findings: findingRecords };
}

function mergedConversation(existing: ConversationRecord | undefined, ex: ExchangeRecord): ConversationRecord {
  if (!existing) {
    return {
      id: ex.conversationRecordId,
      site: ex.site,
      conversationId: ex.conversationId,
      url: ex.url,
      model: ex.model,
      firstCapturedAt: ex.capturedAt,
      lastCapturedAt: ex.capturedAt,
      exchangeCount: 1,
    };
  }
  const latest = ex.capturedAt >= existing.lastCapturedAt;
  return {
    ...existing,
    url: latest ? (ex.url ?? existing.url) : existing.url,
    model: latest ? (ex.model ?? existing.model) : existing.model,
    firstCapturedAt: Math.min(existing.firstCapturedAt, ex.capturedAt),
    lastCapturedAt: Math.max(existing.lastCapturedAt, ex.capturedAt),
    exchangeCount: existing.exchangeCount + 1,
  };
}

/**
 * Stores a capture, numbering it after the versions already stored at its slot. Rejects (with the
 * database untouched) when any write fails; the caller turns that into a StorageError.
 */
export async function saveCapture(db: SpecLensDb, input: CaptureInput, options: CaptureRecordOptions): Promise<SaveCaptureOutcome> {
  const exchangeId = input.key;
  return inTransaction(db.transaction(['exchanges', 'findings', 'conversations', 'catalog-ops'], 'readwrite'), async (tx) => {
    const exchanges = tx.objectStore('exchanges');
    const stored = await exchanges.get(exchangeId);
    if (stored) {
      const findings = await tx.objectStore('findings').index('by-exchange').getAll(exchangeId);
      return { created: false, exchangeId, version: stored.version, findings: findings.sort((a, b) => a.ordinal - b.ordinal) };
    }
    const versionsAtSlot = await exchanges.index('by-slot').count(input.slot ?? input.key);
    const records = buildCaptureRecords(input, versionsAtSlot + 1, options);
    const conversations = tx.objectStore('conversations');
    const conversation = await conversations.get(records.exchange.conversationRecordId);
    const findings = tx.objectStore('findings');
    await issueAll([
      () => exchanges.add(records.exchange),
      ...records.findings.map((f) => () => findings.put(f)),
      () => conversations.put(mergedConversation(conversation, records.exchange)),
      () => recordCatalogOp(tx.objectStore('catalog-ops'), { kind: 'upsert', rows: records.findings.map(rowOf) }),
    ]);
    return { created: true, exchangeId, version: records.exchange.version, findings: records.findings };
  });
}

/**
 * Stored records built from the Model Spec's own examples (tests/fixtures/model-spec/examples.jsonl):
 * each example reply is analysed by the real engine, and each finding gets the verdict the spec's
 * authors implied: on a reply the spec labels a violation of a section, a finding in that section's
 * part of the spec is confirmed; on a reply the spec labels compliant, any finding is dismissed (a
 * false positive). Other findings stay unreviewed.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../engine/run';
import type { Turn } from '../../engine/types';
import { RULES } from '../../rules';
import { md5Hex } from '../../rules/shared/md5';
import { emptyStoreRecords, type StoreRecords } from '../../exporters/backup';
import { conversationRecordId, SETTINGS_ID, type ExchangeRecord, type FindingRecord } from '../../storage/records';
import { summarizeSignals } from '../../storage/signals-summary';

interface SpecExample {
  variant_id: string;
  messages: Array<{ role: Turn['role']; content: string }>;
  response: string;
  label: 'compliant' | 'violation';
  violated_section_id: string | null;
  top_level_section_id: string;
}

export const SPEC_EXAMPLES_PATH = new URL('../fixtures/model-spec/examples.jsonl', import.meta.url);

export function specExamples(): SpecExample[] {
  return readFileSync(SPEC_EXAMPLES_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as SpecExample);
}

const BASE_TIME = Date.parse('2026-11-02T09:00:00.000Z');
const SITES = ['chatgpt', 'claude', 'gemini'] as const;
const MODELS = ['gpt-4o', 'claude-sonnet-4', null] as const;

/** Records as the extension would store them, one exchange per spec example, reviewed as described above. */
export function specExampleRecords(limit = Infinity): StoreRecords {
  const records = emptyStoreRecords();
  specExamples()
    .slice(0, limit)
    .forEach((ex, i) => {
      const site = SITES[i % SITES.length]!;
      const model = MODELS[i % MODELS.length]!;
      const turns: Turn[] = [...ex.messages.map((m, j) => ({ id: `m${j}`, role: m.role, text: m.content })), { id: 'reply', role: 'assistant', text: ex.response }];
      const capturedAt = BASE_TIME + i * 3_600_000;
      const conversationId = `conv-${Math.floor(i / 2)}`;
      const result = analyze({ site, model, conversationId, turns }, { rules: RULES });
      const id = `${site}:${ex.variant_id}`;
      const exchange: ExchangeRecord = {
        id,
        slot: `${conversationId}/${ex.variant_id}`,
        version: 1,
        site,
        url: `https://${site}.example/c/${conversationId}`,
        conversationId,
        conversationRecordId: conversationRecordId(site, conversationId, null),
        model,
        capturedAt,
        storedAt: capturedAt + 5,
        turns,
        replyTurnId: 'reply',
        signals: summarizeSignals(result.signals),
        ruleConfigHash: 'cfg-default',
        engineErrors: [],
        findingCount: result.findings.length,
        redacted: false,
      };
      records.exchanges.push(exchange);
      const conversation = records.conversations.find((c) => c.id === exchange.conversationRecordId);
      if (conversation) {
        conversation.exchangeCount++;
        conversation.lastCapturedAt = capturedAt;
        conversation.model = model;
      } else {
        records.conversations.push({ id: exchange.conversationRecordId, site, conversationId, url: exchange.url, model, firstCapturedAt: capturedAt, lastCapturedAt: capturedAt, exchangeCount: 1 });
      }
      result.findings.forEach((f, ordinal) => {
        const verdict =
          ex.label === 'compliant' ? 'dismissed' : f.spec.section === ex.top_level_section_id || f.spec.anchor === ex.violated_section_id ? 'confirmed' : 'unreviewed';
        const finding: FindingRecord = {
          id: `f${md5Hex(JSON.stringify([id, f.ruleId, f.messageId, f.evidence.map((e) => [e.turnId, e.start, e.end])]))}`,
          exchangeId: id,
          exchangeVersion: 1,
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
          site,
          model,
          conversationId,
          capturedAt,
          verdict,
        };
        records.findings.push(finding);
        if (verdict !== 'unreviewed') {
          records.reviews.push({
            findingId: finding.id,
            exchangeId: id,
            verdict,
            note: verdict === 'confirmed' ? `Model Spec example ${ex.variant_id} is labelled a violation.` : '',
            reviewedAt: capturedAt + 60_000,
          });
        }
      });
      if (i % 25 === 3) {
        records.annotations.push({
          id: `a-${ex.variant_id}`,
          exchangeId: id,
          exchangeVersion: 1,
          span: { turnId: 'reply', start: 0, end: Math.min(20, ex.response.length), quote: ex.response.slice(0, 20) },
          specAnchor: ex.violated_section_id ?? 'letter_and_spirit',
          section: ex.top_level_section_id,
          note: 'Flagged by hand: "quoted" note, with a comma\nand a second line.',
          site,
          model,
          capturedAt,
          createdAt: capturedAt + 120_000,
        });
      }
    });
  records.health.push({ id: 'h1', site: 'chatgpt', url: 'https://chatgpt.example/c/x', kind: 'no-turns', message: 'No turns found', missingSelectors: ['[data-turn]'], at: BASE_TIME });
  records.settings.push({ id: SETTINGS_ID, retentionDays: 90, redactPersonalData: false, updatedAt: BASE_TIME });
  return records;
}

/**
 * The durable capture sink: analysed captures and health events from the content script go into
 * IndexedDB through SpecLensStore. It also keeps this background session's captures in memory for the
 * `speclens/captures` query (the debugging and end-to-end view of what arrived since the service
 * worker started), with the version IndexedDB gave them.
 */
import type { HealthEvent } from '../capture/types';
import { resolveRules, type EngineConfig } from '../engine/config';
import type { Rule } from '../engine/rule';
import type { CaptureReader, CaptureSink, HealthSink } from '../messaging/capture-handler';
import type { CaptureRecord, StoredReply } from '../messaging/capture-protocol';
import { loadEngineConfig, type KeyValueArea } from '../messaging/engine-config-store';
import { md5Hex } from '../rules/shared/md5';
import type { FindingRecord, HealthKind } from './records';
import type { SpecLensStore } from './store';

/** Thrown to the capture handler when a write fails; the message says why, for the user (the handler words the opening). */
export class CaptureStorageError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
    this.name = 'CaptureStorageError';
  }
}

/**
 * A digest of what the engine ran: each enabled rule with its effective severity and confidence, and
 * the user's custom rule definitions. Equal hashes mean findings are comparable across exchanges.
 */
export function ruleConfigHash(rules: readonly Rule[], config: EngineConfig): string {
  const resolved = resolveRules(rules, config).map(({ rule, severity }) => [rule.id, severity, rule.confidence]);
  return md5Hex(JSON.stringify([resolved, config.customRules ?? []]));
}

const HEALTH_KIND_OF: Record<string, HealthKind> = {
  'no-turns': 'no-turns',
  'reply-never-finished': 'reply-never-finished',
  error: 'content-script-error',
  'content-script-error': 'content-script-error',
};

export interface IndexedDbCaptureSinkDeps {
  store: SpecLensStore;
  rules: readonly Rule[];
  /** Where the engine config is kept (browser.storage.local), to hash the config the analysis used. */
  storage: KeyValueArea;
  /** How many of this session's captures and health events the query keeps. */
  sessionLimits?: { captures: number; health: number };
}

export class IndexedDbCaptureSink implements CaptureReader {
  readonly #session = new Map<string, CaptureRecord>();
  readonly #sessionHealth: HealthEvent[] = [];
  readonly #deps: IndexedDbCaptureSinkDeps;
  readonly #limits: { captures: number; health: number };
  readonly #knownRuleIds: ReadonlySet<string>;

  constructor(deps: IndexedDbCaptureSinkDeps) {
    this.#deps = deps;
    this.#limits = deps.sessionLimits ?? { captures: 500, health: 200 };
    this.#knownRuleIds = new Set(deps.rules.map((r) => r.id));
  }

  readonly sink: CaptureSink = {
    put: async (record) => {
      const { config } = await loadEngineConfig(this.#deps.storage, this.#knownRuleIds);
      const saved = await this.#deps.store.saveCapture({
        exchange: record.exchange,
        key: record.key,
        slot: record.slot,
        result: record.result,
        ruleConfigHash: ruleConfigHash(this.#deps.rules, config),
      });
      if (!saved.ok) throw new CaptureStorageError(saved.error.reason, saved.error.kind);
      const { created, version, findings } = saved.value;
      const stored = await this.#storedReply(record.key, created, findings);
      if (!this.#session.has(record.key)) {
        this.#session.set(record.key, { ...record, version });
        if (this.#session.size > this.#limits.captures) this.#session.delete(this.#session.keys().next().value!);
      }
      if (created) void this.#deps.store.housekeepingIfDue();
      return { created, version, stored };
    },
  };

  /** The stored findings with the reviews and annotations made before (a reply seen again after a reload has some). */
  async #storedReply(exchangeId: string, created: boolean, findings: FindingRecord[]): Promise<StoredReply> {
    if (created) return { exchangeId, findings, reviews: [], annotations: [] };
    const detail = await this.#deps.store.getExchange(exchangeId);
    if (!detail.ok) return { exchangeId, findings, reviews: [], annotations: [] };
    return { exchangeId, findings: detail.value.findings, reviews: detail.value.reviews, annotations: detail.value.annotations };
  }

  readonly health: HealthSink = {
    put: async (event) => {
      const at = Date.parse(event.at);
      const stored = await this.#deps.store.appendHealthEvent({
        site: event.site,
        url: event.url,
        kind: HEALTH_KIND_OF[event.kind] ?? 'content-script-error',
        message: event.detail,
        missingSelectors: event.missingSelectors,
        at: Number.isFinite(at) ? at : Date.now(),
      });
      if (!stored.ok) throw new CaptureStorageError(stored.error.reason, stored.error.kind);
      this.#sessionHealth.push(event);
      if (this.#sessionHealth.length > this.#limits.health) this.#sessionHealth.shift();
    },
  };

  async list(): Promise<{ captures: CaptureRecord[]; health: HealthEvent[] }> {
    return { captures: [...this.#session.values()], health: [...this.#sessionHealth] };
  }
}

/**
 * Captures and health events kept in the background's memory: one record per capture key, versions
 * numbered per slot, oldest records dropped beyond a bound. Lost when the service worker stops; the
 * IndexedDB sink in storage/ is the durable one.
 */
import type { HealthEvent } from '../capture/types';
import type { CaptureReader, CaptureSink, HealthSink } from './capture-handler';
import type { CaptureRecord } from './capture-protocol';

export class MemoryCaptureStore implements CaptureReader {
  readonly #captures = new Map<string, CaptureRecord>();
  readonly #slotVersions = new Map<string, number>();
  readonly #health: HealthEvent[] = [];

  constructor(private readonly limits = { captures: 500, health: 200 }) {}

  readonly sink: CaptureSink = {
    put: async (record) => {
      const known = this.#captures.get(record.key);
      if (known) return { created: false, version: known.version };
      const version = (this.#slotVersions.get(record.slot) ?? 0) + 1;
      this.#slotVersions.set(record.slot, version);
      this.#captures.set(record.key, { ...record, version });
      if (this.#captures.size > this.limits.captures) this.#captures.delete(this.#captures.keys().next().value!);
      return { created: true, version };
    },
  };

  readonly health: HealthSink = {
    put: async (event) => {
      this.#health.push(event);
      if (this.#health.length > this.limits.health) this.#health.shift();
    },
  };

  async list(): Promise<{ captures: CaptureRecord[]; health: HealthEvent[] }> {
    return { captures: [...this.#captures.values()], health: [...this.#health] };
  }
}

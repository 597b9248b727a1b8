/** Checks that a value received over messaging is a well-formed Exchange, and copies only known fields. */
import type { Exchange, Role, Turn } from '../engine/types';

const ROLES: ReadonlySet<Role> = new Set(['system', 'developer', 'user', 'assistant', 'tool']);

/** Bounds that keep one message from stalling the service worker; far above any real conversation. */
export const EXCHANGE_LIMITS = { maxTurns: 1000, maxTotalChars: 4_000_000, maxIdChars: 200, maxFieldChars: 2048 } as const;

export type ExchangeParse = { ok: true; exchange: Exchange } | { ok: false; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optionalText(obj: Record<string, unknown>, key: string, nullable: boolean): string | null | undefined | Error {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || v.length > EXCHANGE_LIMITS.maxFieldChars) {
    return new Error(`exchange.${key} must be a string of at most ${EXCHANGE_LIMITS.maxFieldChars} characters${nullable ? ' or null' : ''}`);
  }
  return v;
}

export function parseExchange(value: unknown): ExchangeParse {
  if (!isRecord(value)) return { ok: false, error: 'the exchange must be an object' };
  if (typeof value.site !== 'string' || value.site.length === 0 || value.site.length > EXCHANGE_LIMITS.maxIdChars) {
    return { ok: false, error: 'exchange.site must be a non-empty string' };
  }
  const { turns } = value;
  if (!Array.isArray(turns) || turns.length === 0) return { ok: false, error: 'exchange.turns must be a non-empty array' };
  if (turns.length > EXCHANGE_LIMITS.maxTurns) return { ok: false, error: `exchange.turns has more than ${EXCHANGE_LIMITS.maxTurns} turns` };

  const parsedTurns: Turn[] = [];
  const ids = new Set<string>();
  let totalChars = 0;
  for (let i = 0; i < turns.length; i++) {
    const t: unknown = turns[i];
    if (!isRecord(t)) return { ok: false, error: `exchange.turns[${i}] must be an object` };
    if (typeof t.id !== 'string' || t.id.length === 0 || t.id.length > EXCHANGE_LIMITS.maxIdChars) {
      return { ok: false, error: `exchange.turns[${i}].id must be a non-empty string` };
    }
    if (ids.has(t.id)) return { ok: false, error: `exchange.turns[${i}].id "${t.id}" is used by an earlier turn` };
    if (typeof t.role !== 'string' || !ROLES.has(t.role as Role)) {
      return { ok: false, error: `exchange.turns[${i}].role must be one of ${[...ROLES].join(', ')}` };
    }
    if (typeof t.text !== 'string') return { ok: false, error: `exchange.turns[${i}].text must be a string` };
    totalChars += t.text.length;
    if (totalChars > EXCHANGE_LIMITS.maxTotalChars) {
      return { ok: false, error: `the exchange is longer than ${EXCHANGE_LIMITS.maxTotalChars} characters` };
    }
    ids.add(t.id);
    parsedTurns.push({ id: t.id, role: t.role as Role, text: t.text });
  }

  const exchange: Exchange = { site: value.site, turns: parsedTurns };
  for (const [key, nullable] of [['id', false], ['conversationId', true], ['model', true], ['url', false], ['capturedAt', false]] as const) {
    const v = optionalText(value, key, nullable);
    if (v instanceof Error) return { ok: false, error: v.message };
    if (v !== undefined) (exchange as unknown as Record<string, string | null>)[key] = v;
  }
  return { ok: true, exchange };
}

/** Deterministic finding ids: analysing the same exchange again yields the same ids. */
import type { Finding } from '../engine/types';
import { md5Hex } from '../rules/shared/md5';

/**
 * The ids of the findings of the exchange with capture key `key`: a digest of the key, the rule, the
 * message and the evidence offsets. Two findings of one exchange with the same digest (a rule reporting the same thing twice)
 * get `-2`, `-3`... in engine order, which is stable for the same input.
 */
export function findingRecordIds(key: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const offsets = f.evidence.map((e) => [e.turnId, e.start, e.end]);
    const base = `f${md5Hex(JSON.stringify([key, f.ruleId, f.messageId, offsets]))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

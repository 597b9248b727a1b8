import { describe, expect, it } from 'vitest';
import { runRuleOnCase } from '../../engine/cases';
import { RULES } from '../../rules';

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  rule.tests.valid.forEach((c, i) => {
    it(`valid #${i + 1}${c.name ? ` (${c.name})` : ''} does not fire`, () => {
      expect(runRuleOnCase(rule, c).map((f) => f.message)).toEqual([]);
    });
  });
  rule.tests.invalid.forEach((c, i) => {
    it(`invalid #${i + 1}${c.name ? ` (${c.name})` : ''} fires as expected`, () => {
      const findings = runRuleOnCase(rule, c);
      expect(findings.map((f) => f.messageId)).toEqual(c.expected.map((e) => e.messageId));
      c.expected.forEach((e, k) => {
        if (e.quote !== undefined) expect(findings[k]!.evidence.map((s) => s.quote)).toContain(e.quote);
      });
      const reply = c.messages.at(-1)!.content;
      for (const f of findings) {
        for (const span of f.evidence) {
          const turn = c.messages[Number(span.turnId.slice(1))]!;
          expect(turn.content.slice(span.start, span.end)).toBe(span.quote);
        }
      }
      expect(reply.length).toBeGreaterThan(0);
    });
  });
});

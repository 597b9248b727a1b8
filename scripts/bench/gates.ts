/**
 * What the word gates save: the same replies analysed with the rules as shipped and with the same
 * rules stripped of their gates (`replyWords`, `replyPatterns`), the two alternating pass by pass so
 * both see the same machine. Median time per reply of each.
 */
import type { Rule } from '../../engine/rule';
import { analyze } from '../../engine/run';
import type { Exchange } from '../../engine/types';

export interface GateComparison {
  withGatesUs: number;
  withoutGatesUs: number;
  passes: number;
}

export function benchGates(rules: readonly Rule[], exchanges: readonly Exchange[], budgetMs: number): GateComparison {
  const ungated: Rule[] = rules.map((rule) => ({ ...rule, replyWords: undefined, replyPatterns: undefined }));
  let sink = 0;
  const pass = (list: readonly Rule[]): number => {
    const started = performance.now();
    for (const exchange of exchanges) sink += analyze(exchange, { rules: list }).findings.length;
    return ((performance.now() - started) * 1000) / exchanges.length;
  };
  for (let i = 0; i < 5; i++) {
    pass(rules);
    pass(ungated);
  }
  const gated: number[] = [];
  const open: number[] = [];
  const started = performance.now();
  for (let i = 0; i < 20 || performance.now() - started < budgetMs; i++) {
    // Alternate which goes first, so neither always finds the caches as the other left them.
    if (i % 2 === 0) {
      gated.push(pass(rules));
      open.push(pass(ungated));
    } else {
      open.push(pass(ungated));
      gated.push(pass(rules));
    }
  }
  if (sink < 0) throw new Error('unreachable');
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { withGatesUs: median(gated), withoutGatesUs: median(open), passes: gated.length };
}

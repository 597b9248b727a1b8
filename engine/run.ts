/** The runner: signals once per exchange, then every enabled rule; a failing rule never stops the run. */
import { resolveRules, type EngineConfig } from './config';
import { formatMessage, mayFire, type Rule, type RuleContext } from './rule';
import { computeSignals } from './signals';
import { specRef } from './spec';
import { TurnView } from './turn-view';
import type { EngineError, Exchange, Finding, Signals } from './types';

export interface AnalysisResult {
  findings: Finding[];
  signals: Signals;
  errors: EngineError[];
}

export class ExchangeError extends Error {}

/** Build the rule context for an exchange; the reply under test is the last assistant turn. */
export function buildContext(exchange: Exchange): Omit<RuleContext, 'signals'> {
  if (!Array.isArray(exchange.turns) || exchange.turns.length === 0) throw new ExchangeError('the exchange has no turns');
  let replyIndex = -1;
  for (let i = exchange.turns.length - 1; i >= 0; i--) {
    if (exchange.turns[i]!.role === 'assistant') {
      replyIndex = i;
      break;
    }
  }
  if (replyIndex === -1) throw new ExchangeError('the exchange has no assistant reply to check');
  const turns = exchange.turns.slice(0, replyIndex + 1).map((t) => new TurnView(t));
  const reply = turns[replyIndex]!;
  const before = turns.slice(0, replyIndex);
  const userTurns = before.filter((t) => t.turn.role === 'user');
  return {
    exchange,
    turns,
    reply,
    lastUser: userTurns.at(-1) ?? null,
    userTurns,
    previousReplies: before.filter((t) => t.turn.role === 'assistant'),
  };
}

/**
 * The rules to run for a rule list and a configuration, worked out once per pair: the CLI and the
 * benchmark analyse many exchanges with the same two objects. The result is never changed.
 */
const resolvedCache = new WeakMap<readonly Rule[], WeakMap<EngineConfig, ReturnType<typeof resolveRules>>>();
const NO_CONFIG: EngineConfig = {};

function rulesToRun(rules: readonly Rule[], config: EngineConfig = NO_CONFIG): ReturnType<typeof resolveRules> {
  let byConfig = resolvedCache.get(rules);
  if (!byConfig) resolvedCache.set(rules, (byConfig = new WeakMap()));
  let resolved = byConfig.get(config);
  if (!resolved) byConfig.set(config, (resolved = resolveRules(rules, config)));
  return resolved;
}

export function analyze(exchange: Exchange, options: { rules: readonly Rule[]; config?: EngineConfig }): AnalysisResult {
  const base = buildContext(exchange);
  const signals = computeSignals(base);
  const ctx: RuleContext = {
    exchange: base.exchange,
    turns: base.turns,
    reply: base.reply,
    lastUser: base.lastUser,
    userTurns: base.userTurns,
    previousReplies: base.previousReplies,
    signals,
  };
  const findings: Finding[] = [];
  const errors: EngineError[] = [];
  for (const { rule, severity } of rulesToRun(options.rules, options.config)) {
    try {
      if (!mayFire(rule, ctx)) continue;
      // An index loop: for-of over the arrays of 69 different rules costs an iterator each.
      const hits = rule.detect(ctx);
      for (let i = 0; i < hits.length; i++) {
        const hit = hits[i]!;
        const template = rule.messages[hit.messageId];
        if (template === undefined) throw new Error(`unknown message id "${hit.messageId}"`);
        findings.push({
          ruleId: rule.id,
          title: rule.title,
          spec: specRef(rule.spec.anchor, rule.spec.version),
          severity,
          confidence: rule.confidence,
          messageId: hit.messageId,
          message: formatMessage(template, hit.data),
          evidence: hit.evidence,
        });
      }
    } catch (err) {
      errors.push({ ruleId: rule.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { findings, signals, errors };
}

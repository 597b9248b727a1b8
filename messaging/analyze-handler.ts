/** Answers analyze requests: validates the exchange, loads the stored config, runs the engine. */
import { analyze, ExchangeError } from '../engine/run';
import type { Rule } from '../engine/rule';
import { loadEngineConfig, type KeyValueArea } from './engine-config-store';
import { parseExchange } from './exchange-shape';
import { isAnalyzeMessage, type AnalyzeResponse } from './protocol';

export interface AnalyzeHandlerDeps {
  rules: readonly Rule[];
  storage: KeyValueArea;
}

/** Never rejects: every failure becomes `{ ok: false, error }` for the caller to show. */
export async function handleAnalyzeRequest(exchangeValue: unknown, deps: AnalyzeHandlerDeps): Promise<AnalyzeResponse> {
  const parsed = parseExchange(exchangeValue);
  if (!parsed.ok) return { ok: false, error: `Invalid exchange: ${parsed.error}` };
  try {
    const { config, problems } = await loadEngineConfig(deps.storage, new Set(deps.rules.map((r) => r.id)));
    const result = analyze(parsed.exchange, { rules: deps.rules, config });
    return problems.length > 0 ? { ok: true, result, configProblems: problems } : { ok: true, result };
  } catch (err) {
    if (err instanceof ExchangeError) return { ok: false, error: `Invalid exchange: ${err.message}` };
    return { ok: false, error: `Analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * A `runtime.onMessage` listener in the polyfill's promise style: it answers analyze requests and
 * returns undefined for every other message, so other listeners can answer those.
 */
export function createRuntimeMessageListener(deps: AnalyzeHandlerDeps) {
  return (message: unknown): Promise<AnalyzeResponse> | undefined =>
    isAnalyzeMessage(message) ? handleAnalyzeRequest(message.exchange, deps) : undefined;
}

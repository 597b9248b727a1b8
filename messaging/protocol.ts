/** Messages between the extension's pages (popup, content script) and the background service worker. */
import type { AnalysisResult } from '../engine/run';
import type { Exchange } from '../engine/types';

export const ANALYZE_MESSAGE = 'speclens/analyze';

export interface AnalyzeRequest {
  type: typeof ANALYZE_MESSAGE;
  exchange: Exchange;
}

export type AnalyzeResponse =
  | {
      ok: true;
      result: AnalysisResult;
      /** Why the stored engine config was ignored (the defaults were used instead); absent when it was fine. */
      configProblems?: string[];
    }
  | { ok: false; error: string };

/** A message that claims to be an analyze request; its exchange is still unchecked. */
export function isAnalyzeMessage(message: unknown): message is { type: typeof ANALYZE_MESSAGE; exchange: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ANALYZE_MESSAGE;
}

/** Whether a value received from the background has the shape of an AnalyzeResponse. */
export function isAnalyzeResponse(value: unknown): value is AnalyzeResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === false) return typeof v.error === 'string';
  if (v.ok !== true || typeof v.result !== 'object' || v.result === null) return false;
  const r = v.result as Record<string, unknown>;
  return Array.isArray(r.findings) && Array.isArray(r.errors) && typeof r.signals === 'object' && r.signals !== null;
}

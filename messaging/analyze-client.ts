/** Sends an exchange to the background for analysis; always resolves to an AnalyzeResponse. */
import { browser } from 'wxt/browser';
import type { Exchange } from '../engine/types';
import { ANALYZE_MESSAGE, isAnalyzeResponse, type AnalyzeRequest, type AnalyzeResponse } from './protocol';

export async function requestAnalysis(exchange: Exchange): Promise<AnalyzeResponse> {
  const request: AnalyzeRequest = { type: ANALYZE_MESSAGE, exchange };
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    return isAnalyzeResponse(response) ? response : { ok: false, error: 'The background did not answer the analysis request.' };
  } catch (err) {
    return { ok: false, error: `Could not reach the background: ${err instanceof Error ? err.message : String(err)}` };
  }
}

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { handleAnalyzeRequest } from '../../messaging/analyze-handler';
import { parseExchange } from '../../messaging/exchange-shape';
import { ENGINE_CONFIG_KEY } from '../../messaging/engine-config-store';
import { RULES } from '../../rules';
import { ANALYZE_MESSAGE, type AnalyzeResponse } from '../../messaging/protocol';
import type { Exchange } from '../../engine/types';

const BOILERPLATE_EXCHANGE: Exchange = {
  site: 'test',
  turns: [
    { id: 'u1', role: 'user', text: 'Recommend a good sci-fi book.' },
    { id: 'a1', role: 'assistant', text: 'As an AI language model, I do not read books, but many readers love Dune.' },
  ],
};

async function send(message: unknown): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, {}, () => {});
  return results[0];
}

async function analyzeMessage(exchange: unknown): Promise<AnalyzeResponse> {
  return (await send({ type: ANALYZE_MESSAGE, exchange })) as AnalyzeResponse;
}

beforeEach(() => {
  fakeBrowser.reset();
  background.main();
});

describe('background analyze handler', () => {
  it('answers an analyze message with the findings and signals of the exchange', async () => {
    const response = await analyzeMessage(BOILERPLATE_EXCHANGE);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    const finding = response.result.findings.find((f) => f.ruleId === 'no-ai-boilerplate');
    expect(finding).toBeDefined();
    expect(finding!.evidence[0]).toMatchObject({ turnId: 'a1', quote: 'As an AI language model' });
    expect(finding!.spec.url).toMatch(/^https:\/\/model-spec\.openai\.com\/.+#be_thorough_but_efficient$/);
    expect(Object.keys(response.result.signals).sort()).toEqual(['language', 'refusal', 'requestRisk', 'userInstructions']);
    expect(response.result.errors).toEqual([]);
    expect(response.configProblems).toBeUndefined();
  });

  it('finds nothing in a plain answer', async () => {
    const response = await analyzeMessage({
      site: 'test',
      turns: [
        { id: 'u1', role: 'user', text: 'What is the capital of France?' },
        { id: 'a1', role: 'assistant', text: 'The capital of France is Paris.' },
      ],
    });
    expect(response).toMatchObject({ ok: true, result: { findings: [] } });
  });

  it.each([
    ['no exchange at all', undefined],
    ['a string', 'As an AI language model, hi'],
    ['no turns', { site: 'test', turns: [] }],
    ['a turn without text', { site: 'test', turns: [{ id: 'a1', role: 'assistant' }] }],
    ['an unknown role', { site: 'test', turns: [{ id: 'a1', role: 'robot', text: 'hi' }] }],
    ['duplicate turn ids', { site: 'test', turns: [{ id: 'x', role: 'user', text: 'a' }, { id: 'x', role: 'assistant', text: 'b' }] }],
    ['no site', { turns: BOILERPLATE_EXCHANGE.turns }],
    ['no assistant reply', { site: 'test', turns: [{ id: 'u1', role: 'user', text: 'hello' }] }],
  ])('answers {ok:false} with a reason for %s', async (_name, exchange) => {
    const response = await analyzeMessage(exchange);
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error).toMatch(/^Invalid exchange: .+/);
  });

  it('ignores messages of other types so other listeners can answer them', async () => {
    expect(await send({ type: 'something-else' })).toBeUndefined();
    expect(await send('speclens/analyze')).toBeUndefined();
  });

  it('honours a stored config that switches a rule off', async () => {
    await fakeBrowser.storage.local.set({ [ENGINE_CONFIG_KEY]: { rules: { 'no-ai-boilerplate': 'off' } } });
    const response = await analyzeMessage(BOILERPLATE_EXCHANGE);
    expect(response).toMatchObject({ ok: true, result: { findings: [] } });
    expect(response.ok && response.configProblems).toBeFalsy();
  });

  it('applies a stored severity override', async () => {
    await fakeBrowser.storage.local.set({ [ENGINE_CONFIG_KEY]: { rules: { 'no-ai-boilerplate': { severity: 'high' } } } });
    const response = await analyzeMessage(BOILERPLATE_EXCHANGE);
    expect(response.ok && response.result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['no-ai-boilerplate', 'high']]);
  });

  it('drops settings of rules that no longer exist and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      [ENGINE_CONFIG_KEY]: { rules: { 'a-rule-that-was-renamed': 'off', 'no-ai-boilerplate': 'off' } },
    });
    const response = await analyzeMessage(BOILERPLATE_EXCHANGE);
    expect(response).toMatchObject({ ok: true, result: { findings: [] } });
    expect(response.ok && response.configProblems).toBeFalsy();
  });

  it.each([
    ['not an object', 'off'],
    ['a bad severity', { rules: { 'no-ai-boilerplate': { severity: 'catastrophic' } } }],
    ['an unknown key next to a rule switch', { rules: { 'no-ai-boilerplate': 'off' }, colour: 'red' }],
    ['a bad minConfidence', { minConfidence: 'certain' }],
  ])('falls back to the defaults when the stored config has %s, and says so', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ [ENGINE_CONFIG_KEY]: stored });
    const response = await analyzeMessage(BOILERPLATE_EXCHANGE);
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.result.findings.map((f) => f.ruleId)).toContain('no-ai-boilerplate');
    expect(response.configProblems?.length).toBeGreaterThan(0);
  });
});

describe('handleAnalyzeRequest', () => {
  it('turns a failure to read the stored config into {ok:false} instead of rejecting', async () => {
    const storage = { get: () => Promise.reject(new Error('storage is gone')) };
    await expect(handleAnalyzeRequest(BOILERPLATE_EXCHANGE, { rules: RULES, storage })).resolves.toEqual({
      ok: false,
      error: 'Analysis failed: storage is gone',
    });
  });

  it('copies only the known fields of the exchange', () => {
    const parsed = parseExchange({
      ...BOILERPLATE_EXCHANGE,
      model: 'gpt-x',
      extra: 'dropped',
      turns: [{ ...BOILERPLATE_EXCHANGE.turns[1], html: '<b>' }],
    });
    expect(parsed).toEqual({ ok: true, exchange: { site: 'test', model: 'gpt-x', turns: [BOILERPLATE_EXCHANGE.turns[1]] } });
  });
});

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { CheckReply, REPLY_TURN_ID, USER_TURN_ID } from '../../components/CheckReply';
import type { AnalyzeResponse } from '../../messaging/protocol';
import type { Exchange, Finding, Signals } from '../../engine/types';

const XSS = '<img src=x onerror="globalThis.__speclensXss=1">';

const SIGNALS: Signals = {
  refusal: { level: 'partial', span: null, offersAlternative: false, cues: [] },
  requestRisk: { level: 'sensitive', category: 'medical', categories: ['medical'], span: null, cues: [] },
  userInstructions: {
    length: { value: { unit: 'words', max: 50 }, span: { turnId: USER_TURN_ID, start: 0, end: 15, quote: 'under 50 words' } },
  },
  language: { user: { code: 'en', confidence: 0.9, script: 'Latin' }, reply: { code: 'fr', confidence: 0.9, script: 'Latin' } },
};

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'no-ai-boilerplate',
    title: '"As an AI language model" boilerplate',
    spec: {
      anchor: 'be_thorough_but_efficient',
      version: '2025-12-18',
      title: 'Be thorough but efficient',
      url: 'https://model-spec.openai.com/2025-12-18.html#be_thorough_but_efficient',
      section: 'best_work',
    },
    severity: 'low',
    confidence: 'high',
    messageId: 'boilerplate',
    message: 'The reply reminds the user that it is an AI.',
    evidence: [{ turnId: REPLY_TURN_ID, start: 0, end: 23, quote: 'As an AI language model' }],
    ...overrides,
  };
}

function ok(findings: Finding[]): AnalyzeResponse {
  return { ok: true, result: { findings, signals: SIGNALS, errors: [] } };
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function type(name: 'user' | 'reply', text: string) {
  const area = container.querySelector<HTMLTextAreaElement>(`textarea[name=${name}]`)!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mountAndCheck(analyze: (exchange: Exchange) => Promise<AnalyzeResponse>, user: string, reply: string) {
  await act(() => render(h(CheckReply, { analyze }), container));
  await act(() => {
    type('user', user);
    type('reply', reply);
  });
  await act(async () => {
    container.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  });
}

describe('popup: check a reply', () => {
  it('labels both text areas', async () => {
    await act(() => render(h(CheckReply, { analyze: vi.fn() }), container));
    const labels = [...container.querySelectorAll('label')].map((l) => [l.textContent, l.querySelector('textarea')?.name]);
    expect(labels).toEqual([
      ['User message (optional)', 'user'],
      ['Assistant reply', 'reply'],
    ]);
  });

  it('sends the pasted pair and renders findings, most severe first, with evidence and spec links', async () => {
    const analyze = vi.fn(async (_exchange: Exchange) =>
      ok([
        finding({}),
        finding({
          ruleId: 'missing-support',
          title: 'No support resources',
          severity: 'high',
          message: 'No crisis line.',
          evidence: [
            { turnId: USER_TURN_ID, start: 0, end: 9, quote: 'Recommend' },
            { turnId: REPLY_TURN_ID, start: 25, end: 42, quote: 'I recommend Dune.' },
          ],
        }),
      ]),
    );
    await mountAndCheck(analyze, 'Recommend a book.', 'As an AI language model, I recommend Dune.');

    expect(analyze).toHaveBeenCalledWith({
      site: 'pasted',
      turns: [
        { id: USER_TURN_ID, role: 'user', text: 'Recommend a book.' },
        { id: REPLY_TURN_ID, role: 'assistant', text: 'As an AI language model, I recommend Dune.' },
      ],
    });
    expect(container.querySelector('.sl-results__count')!.textContent).toBe('2 findings');
    const items = [...container.querySelectorAll('.sl-finding')];
    expect(items.map((i) => i.querySelector('.sl-badge')!.textContent)).toEqual(['High', 'Low']);
    expect(items.map((i) => i.querySelector('.sl-finding__title')!.textContent)).toEqual([
      'No support resources',
      '"As an AI language model" boilerplate',
    ]);
    const captions = (item: Element) => [...item.querySelectorAll('.sl-evidence__where')].map((c) => c.textContent);
    expect(captions(items[0]!)).toEqual(['User message', 'Reply']);
    expect(captions(items[1]!)).toEqual([]);
    expect(items[1]!.querySelector('blockquote')!.textContent).toBe('As an AI language model');
    const link = items[1]!.querySelector<HTMLAnchorElement>('a.sl-finding__spec')!;
    expect(link.getAttribute('href')).toBe('https://model-spec.openai.com/2025-12-18.html#be_thorough_but_efficient');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Model Spec: Be thorough but efficient');
  });

  it('shows the four signals in a row', async () => {
    await mountAndCheck(async () => ok([]), 'Explain in under 50 words', 'Voici la réponse.');
    const cells = [...container.querySelectorAll('.sl-signal')].map((c) => [
      c.querySelector('dt')!.textContent,
      c.querySelector('dd')!.textContent,
    ]);
    expect(cells).toEqual([
      ['Refusal', 'partial'],
      ['Request', 'sensitive · medical'],
      ['Asked for', '≤ 50 words'],
      ['Language', 'EN → FR'],
    ]);
    expect(container.querySelector('.sl-empty')!.textContent).toMatch(/No findings/);
  });

  it('renders markup in evidence, messages and titles as text, never as HTML', async () => {
    (globalThis as { __speclensXss?: number }).__speclensXss = undefined;
    const hostile = finding({
      title: XSS,
      message: `Said ${XSS}`,
      evidence: [{ turnId: REPLY_TURN_ID, start: 0, end: XSS.length, quote: XSS }],
    });
    await mountAndCheck(async () => ok([hostile]), 'hi', XSS);
    const item = container.querySelector('.sl-finding')!;
    expect(container.querySelector('.sl-results img')).toBeNull();
    expect(item.querySelector('blockquote')!.textContent).toBe(XSS);
    expect(item.querySelector('.sl-finding__title')!.textContent).toBe(XSS);
    expect(item.querySelector('.sl-finding__message')!.textContent).toBe(`Said ${XSS}`);
    expect((globalThis as { __speclensXss?: number }).__speclensXss).toBeUndefined();
  });

  it('does not turn a non-web spec URL into a link', async () => {
    const spec = { ...finding({}).spec, url: 'javascript:alert(1)' };
    await mountAndCheck(async () => ok([finding({ spec })]), 'hi', 'As an AI language model, hi');
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('.sl-finding__spec')!.textContent).toBe('Model Spec: Be thorough but efficient');
  });

  it('asks for a reply instead of sending an empty one', async () => {
    const analyze = vi.fn();
    await mountAndCheck(analyze, 'hi', '   ');
    expect(analyze).not.toHaveBeenCalled();
    expect(container.querySelector('textarea[name=reply]')!.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.sl-field__error')!.textContent).toMatch(/Paste the assistant's reply/);
  });

  it('leaves out an empty user message', async () => {
    const analyze = vi.fn(async (_exchange: Exchange) => ok([]));
    await mountAndCheck(analyze, '', 'Paris.');
    expect(analyze.mock.calls[0]![0].turns).toEqual([{ id: REPLY_TURN_ID, role: 'assistant', text: 'Paris.' }]);
  });

  it('shows the error of a failed analysis', async () => {
    await mountAndCheck(async () => ({ ok: false, error: 'Invalid exchange: boom' }), 'hi', 'there');
    expect(container.querySelector('[role=alert]')!.textContent).toBe('Invalid exchange: boom');
    expect(container.querySelector('.sl-finding')).toBeNull();
  });

  it('checks on Ctrl+Enter', async () => {
    const analyze = vi.fn(async (_exchange: Exchange) => ok([]));
    await act(() => render(h(CheckReply, { analyze }), container));
    await act(() => type('reply', 'Paris.'));
    await act(async () => {
      container
        .querySelector('textarea[name=reply]')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(analyze).toHaveBeenCalledTimes(1);
  });
});

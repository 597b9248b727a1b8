// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fingerprint, librechat } from '../../sites/librechat';
import { extractPage } from '../../sites/shared';
import { loadPage } from './hand-built-page';

const finished = loadPage('librechat/chat-finished.html');
const streaming = loadPage('librechat/chat-streaming.html');

const reply = (doc: Document) => librechat.findTurns(doc).filter((t) => t.role === 'assistant').at(-1)!;

describe('LibreChat adapter', () => {
  it('claims no host; the conversation id comes from /c/{id}, none on /c/new', () => {
    expect(librechat.matches(new URL(finished.url))).toBe(false);
    expect(librechat.conversationId(new URL(finished.url))).toBe('5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e');
    expect(librechat.conversationId(new URL(streaming.url))).toBeNull();
    expect(librechat.conversationId(new URL('https://example.org/librechat/c/5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e'))).toBe(
      '5d6e7f80-91a2-4b3c-8d4e-5f6a7b8c9d0e',
    );
  });

  it('finds the message bodies in order, keyed by the message-render id', () => {
    expect(librechat.findTurns(finished.doc).map((t) => [t.role, t.messageId])).toEqual([
      ['user', '7c2f1a3e-0b4d-4e5f-9a6b-8c7d6e5f4a31'],
      ['assistant', '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'],
    ]);
  });

  it('reads the prompt as typed and the reply without its thinking block or the code header', () => {
    const texts = librechat.findTurns(finished.doc).map((t) => librechat.turnText(t));
    expect(texts).toEqual([
      'My binary search loops forever when the target is missing:\n\nwhile (lo < hi) { mid = (lo + hi) / 2; if (a[mid] < t) lo = mid; else hi = mid; }',
      [
        'When `hi == lo + 1`, `mid` equals `lo`, so `lo = mid` changes nothing and the loop never ends. Move past the element you just ruled out:',
        '',
        '```c',
        'while (lo < hi) {',
        '    mid = lo + (hi - lo) / 2;',
        '    if (a[mid] < t) lo = mid + 1;',
        '    else hi = mid;',
        '}',
        '```',
        '',
        'Writing `lo + (hi - lo) / 2` also avoids overflow when `lo + hi` exceeds `INT_MAX`.',
      ].join('\n'),
    ]);
    expect(texts.join('\n')).not.toMatch(/Thoughts|range never shrinks|Copy code|claude-sonnet|You said|9:14/);
  });

  it("names the model from the reply's header without its screen-reader prefix or time", () => {
    expect(librechat.model(finished.doc, reply(finished.doc))).toBe('claude-sonnet-4-5');
    expect(librechat.model(streaming.doc, reply(streaming.doc))).toBe('gpt-4.1');
  });

  it('falls back to the model picked in the header bar', () => {
    const { doc } = loadPage('librechat/chat-finished.html');
    doc.querySelector('.agent-turn > h2')!.remove();
    expect(librechat.model(doc, reply(doc))).toBe('claude-sonnet-4-5');
    expect(librechat.model(streaming.doc, null)).toBe('gpt-4.1');
  });

  it('tells a finished reply from a streaming one', () => {
    const done = reply(finished.doc);
    expect(librechat.isBusy(finished.doc, done)).toBe(false);
    expect(librechat.hasReplyActions(done)).toBe(true);
    const live = reply(streaming.doc);
    expect(librechat.isBusy(streaming.doc, live)).toBe(true);
    expect(librechat.hasReplyActions(live)).toBe(false);
    expect(librechat.turnText(live)).toBe(
      '1. Start with a short summary line in the imperative mood, under about 50 characters.\n2. Explain why, not',
    );
  });

  it('still sees the reply as streaming by its markdown class when the stop button is gone', () => {
    const { doc } = loadPage('librechat/chat-streaming.html');
    doc.querySelector('[data-testid="stop-generation-button"]')!.remove();
    expect(librechat.isBusy(doc, reply(doc))).toBe(true);
  });

  it('recognises its own pages and not Open WebUI', () => {
    expect(fingerprint(finished.doc)).toBe(true);
    expect(fingerprint(streaming.doc)).toBe(true);
    expect(fingerprint(loadPage('openwebui/chat-finished.html').doc)).toBe(false);
  });

  it('extracts the page with no missing selectors', () => {
    const page = extractPage(librechat, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.exchanges).toHaveLength(1);
    expect(page.exchanges[0]!.turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  });
});

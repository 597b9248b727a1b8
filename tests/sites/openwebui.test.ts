// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fingerprint, openwebui } from '../../sites/openwebui';
import { extractPage } from '../../sites/shared';
import { loadPage } from './hand-built-page';

const finished = loadPage('openwebui/chat-finished.html');
const streaming = loadPage('openwebui/chat-streaming.html');

const replies = (doc: Document) => openwebui.findTurns(doc).filter((t) => t.role === 'assistant');

describe('Open WebUI adapter', () => {
  it('claims no host; the conversation id comes from /c/{id}, also behind a path prefix', () => {
    expect(openwebui.matches(new URL(finished.url))).toBe(false);
    expect(openwebui.conversationId(new URL(finished.url))).toBe('0f3c9a7e-52b1-4d8e-a6f0-7b9c2e1d4a58');
    expect(openwebui.conversationId(new URL('https://example.org/ai/c/1a2b3c4d-0000-4000-8000-000000000000'))).toBe(
      '1a2b3c4d-0000-4000-8000-000000000000',
    );
    expect(openwebui.conversationId(new URL('http://localhost:3000/'))).toBeNull();
  });

  it('gives a temporary chat no conversation id', () => {
    expect(openwebui.conversationId(new URL(streaming.url))).toBeNull();
    expect(openwebui.conversationId(new URL('http://localhost:3000/c/abc123?temporary-chat=true'))).toBeNull();
  });

  it('finds the turns in order with the ids from #message-{id}', () => {
    expect(openwebui.findTurns(finished.doc).map((t) => [t.role, t.messageId])).toEqual([
      ['user', '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'],
      ['assistant', '2a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'],
      ['user', '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'],
      ['assistant', '3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e'],
    ]);
  });

  it('reads replies without reasoning, status, sources, citation chips or the code header', () => {
    const texts = openwebui.findTurns(finished.doc).map((t) => openwebui.turnText(t));
    expect(texts).toEqual([
      'How do I gzip a whole folder into one file on Linux?',
      [
        'Use `tar` with the `-z` flag; gzip itself only compresses single files:',
        '',
        '```bash',
        'tar -czvf project.tar.gz project/',
        'tar -xzvf project.tar.gz   # to extract',
        '```',
        '',
        '- `-c` creates an archive,',
        '- `-z` compresses it with gzip,',
        '- `-f` names the output file.',
      ].join('\n'),
      'Is zstd better for this?',
      'Usually, yes: zstd compresses about as well as gzip at a much higher speed, and decompresses faster too. Use `tar --zstd -cf project.tar.zst project/` with GNU tar 1.31 or newer.\n\nStick with gzip when the archive must open on machines without zstd installed.',
    ]);
    expect(texts.join('\n')).not.toMatch(/Thought for|Searched 2 sites|2 Sources|facebook\.github\.io|Copy|llama3/);
  });

  it("names the model from the reply's header, else from the model selector", () => {
    expect(openwebui.model(finished.doc, replies(finished.doc)[0]!)).toBe('llama3.1:8b');
    expect(openwebui.model(streaming.doc, replies(streaming.doc)[0]!)).toBe('qwen3:14b');
    const { doc } = loadPage('openwebui/chat-finished.html');
    for (const header of Array.from(doc.querySelectorAll('.font-semibold'))) header.remove();
    doc.querySelector('#model-selector-0-button div')!.textContent = 'mistral-small:24b';
    expect(openwebui.model(doc, replies(doc)[1]!)).toBe('mistral-small:24b');
  });

  it('tells a finished reply from a streaming one', () => {
    const done = replies(finished.doc).at(-1)!;
    expect(openwebui.isBusy(finished.doc, done)).toBe(false);
    expect(openwebui.hasReplyActions(done)).toBe(true);
    const live = replies(streaming.doc)[0]!;
    expect(openwebui.isBusy(streaming.doc, live)).toBe(true);
    expect(openwebui.hasReplyActions(live)).toBe(false);
    expect(openwebui.turnText(live)).toBe('Fans hum in the dark\ngreen lights blink like patient');
  });

  it('recognises its own pages and not LibreChat or HuggingChat', () => {
    expect(fingerprint(finished.doc)).toBe(true);
    expect(fingerprint(streaming.doc)).toBe(true);
    expect(fingerprint(loadPage('librechat/chat-finished.html').doc)).toBe(false);
    expect(fingerprint(loadPage('huggingchat/chat-finished.html').doc)).toBe(false);
  });

  it('recognises a page by its message rows when the app marker is missing', () => {
    const { doc } = loadPage('openwebui/chat-finished.html');
    doc.querySelector('meta[name="apple-mobile-web-app-title"]')!.remove();
    doc.getElementById('messages-container')!.removeAttribute('id');
    expect(fingerprint(doc)).toBe(true);
  });

  it('extracts the page with no missing selectors', () => {
    const page = extractPage(openwebui, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.model).toBe('llama3.1:8b');
    expect(page.exchanges).toHaveLength(2);
  });
});

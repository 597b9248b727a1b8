// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lechat } from '../../sites/lechat';
import { extractPage } from '../../sites/shared';
import { loadPage } from './hand-built-page';

const finished = loadPage('lechat/chat-finished.html');
const streaming = loadPage('lechat/chat-streaming.html');

const replies = (doc: Document) => lechat.findTurns(doc).filter((t) => t.role === 'assistant');

describe('Le Chat adapter', () => {
  it('reads chat.mistral.ai only, and the conversation id from /chat/{id}', () => {
    expect(lechat.matches(new URL(finished.url))).toBe(true);
    expect(lechat.matches(new URL('https://mistral.ai/news/'))).toBe(false);
    expect(lechat.conversationId(new URL(finished.url))).toBe('7e0c4b52-93a1-4f6d-b8e2-5a1c9d3f7e60');
    expect(lechat.conversationId(new URL('https://chat.mistral.ai/chat'))).toBeNull();
  });

  it('finds role-tagged turns in order with their message ids', () => {
    expect(lechat.findTurns(finished.doc).map((t) => [t.role, t.messageId])).toEqual([
      ['user', 'b4f0e1a2-6c3d-4e5f-9a8b-7c6d5e4f3a21'],
      ['assistant', 'f91a7c3e-2b4d-4f6a-8c1e-3d5b7f9a1c2e'],
      ['user', '0a9b8c7d-6e5f-4a3b-9c2d-1e0f2a3b4c5d'],
      ['assistant', '3c5e7a9b-1d2f-4b6c-8e0a-2f4d6b8c0e1a'],
    ]);
  });

  it('reads replies from their answer parts: reasoning and buttons left out, code as a fence', () => {
    const texts = lechat.findTurns(finished.doc).map((t) => lechat.turnText(t));
    expect(texts).toEqual([
      'Explain photosynthesis in two sentences for a 10-year-old.',
      "Plants catch sunlight with their leaves and use its energy to turn water and the air's carbon dioxide into sugar, which is their food.\n\nWhile doing this, they let out oxygen, the gas we breathe.",
      'Now show me how to count the words in a file from the shell.',
      'Use `wc` with the `-w` flag:\n\n```bash\nwc -w notes.txt\n# 1532 notes.txt\n```\n\nTo count several files at once, pass them all: `wc -w *.txt` prints one line per file and a total.',
    ]);
    expect(texts.join('\n')).not.toMatch(/Thought for|jargon|Copy|Edit message/);
  });

  it('reads a reply that has no answer part whole, still without its reasoning', () => {
    const { doc } = loadPage('lechat/chat-streaming.html');
    const reply = replies(doc)[0]!;
    reply.element.querySelector('[data-message-part-type="answer"]')!.removeAttribute('data-message-part-type');
    reply.element.querySelector('[data-testid="text-message-part"]')!.removeAttribute('data-testid');
    expect(lechat.turnText(reply)).toBe('No. A prime number has exactly two distinct divisors, 1 and');
  });

  it('shows no model name', () => {
    expect(lechat.model(finished.doc, replies(finished.doc)[0]!)).toBeNull();
  });

  it('tells a finished reply from a streaming one', () => {
    const done = replies(finished.doc);
    expect(done.map((r) => lechat.hasReplyActions(r))).toEqual([true, true]);
    expect(lechat.isBusy(finished.doc, done[1]!)).toBe(false);
    const live = replies(streaming.doc)[0]!;
    expect(lechat.isBusy(streaming.doc, live)).toBe(true);
    expect(lechat.hasReplyActions(live)).toBe(false);
    expect(lechat.turnText(live)).toBe('No. A prime number has exactly two distinct divisors, 1 and');
  });

  it("does not take the next user turn's buttons for the reply's action bar", () => {
    const { doc } = loadPage('lechat/chat-finished.html');
    const first = replies(doc)[0]!;
    first.element.nextElementSibling!.remove();
    expect(lechat.hasReplyActions(first)).toBe(false);
  });

  it('extracts the page with no missing selectors', () => {
    const page = extractPage(lechat, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.exchanges).toHaveLength(2);
  });
});

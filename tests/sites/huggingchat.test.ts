// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { huggingchat } from '../../sites/huggingchat';
import { extractPage } from '../../sites/shared';
import { stripInlineThink } from '../../sites/shared-b';
import { loadPage } from './hand-built-page';

const finished = loadPage('huggingchat/chat-finished.html');
const streaming = loadPage('huggingchat/chat-streaming.html');

const replies = (doc: Document) => huggingchat.findTurns(doc).filter((t) => t.role === 'assistant');

describe('HuggingChat adapter', () => {
  it('reads huggingface.co/chat only, and the conversation id from /chat/conversation/{id}', () => {
    expect(huggingchat.matches(new URL(finished.url))).toBe(true);
    expect(huggingchat.matches(new URL('https://huggingface.co/chat/'))).toBe(true);
    expect(huggingchat.matches(new URL('https://huggingface.co/models'))).toBe(false);
    expect(huggingchat.matches(new URL('https://huggingface.co/chatbots'))).toBe(false);
    expect(huggingchat.conversationId(new URL(finished.url))).toBe('6751a3c2e4b0f9d8c7a6b5e4');
    expect(huggingchat.conversationId(new URL('https://huggingface.co/chat/'))).toBeNull();
  });

  it('finds turns by message id, in order', () => {
    expect(huggingchat.findTurns(finished.doc).map((t) => [t.role, t.messageId])).toEqual([
      ['user', 'a1f2c3d4-0001-4e5f-8a9b-0c1d2e3f4a5b'],
      ['assistant', 'a1f2c3d4-0002-4e5f-8a9b-0c1d2e3f4a5b'],
      ['user', 'a1f2c3d4-0003-4e5f-8a9b-0c1d2e3f4a5b'],
      ['assistant', 'a1f2c3d4-0004-4e5f-8a9b-0c1d2e3f4a5b'],
    ]);
  });

  it('reads replies without the reasoning block, the inline <think> text or the routed-model line', () => {
    const texts = huggingchat.findTurns(finished.doc).map((t) => huggingchat.turnText(t));
    expect(texts).toEqual([
      'Why does this struct need a lifetime parameter?\n\nstruct Parser { input: &str }',
      [
        'A reference inside a struct must say how long the data it borrows lives, because lifetime elision only works for function signatures. Give the struct a lifetime parameter and use it on the field:',
        '',
        '```rust',
        "struct Parser<'a> {",
        "    input: &'a str,",
        '}',
        '```',
        '',
        "Now `Parser<'a>` can never outlive the string slice it points into.",
      ].join('\n'),
      'Could I use String instead?',
      'Yes. With `input: String` the struct owns its text, so it needs no lifetime parameter. The cost is one allocation and a copy when you build it; borrowing stays cheaper when the parser is short-lived.',
    ]);
    const all = texts.join('\n');
    expect(all).not.toMatch(/<\/?think>|Reasoning|elision does not apply|owning the data instead|Routed to|Qwen|Retry/);
  });

  it('reads a reply still inside an unclosed <think> as no text yet', () => {
    expect(huggingchat.turnText(replies(streaming.doc)[1]!)).toBe('');
    expect(extractPage(huggingchat, streaming.doc, streaming.url).exchanges).toHaveLength(1);
  });

  it('strips inline <think> blocks, closed or still open', () => {
    expect(stripInlineThink('<think>\nplan\n</think>\n\nAnswer.')).toBe('Answer.');
    expect(stripInlineThink('Intro.\n\n<think>still going')).toBe('Intro.');
    expect(stripInlineThink('No reasoning here.')).toBe('No reasoning here.');
    expect(stripInlineThink('<think>a</think>One.<think>b</think> Two.')).toBe('One. Two.');
  });

  it('names the routed model of each reply, else the conversation model in the footer', () => {
    const [first, second] = replies(finished.doc);
    expect(huggingchat.model(finished.doc, first!)).toBe('Qwen/Qwen3-Coder-480B-A35B-Instruct');
    expect(huggingchat.model(finished.doc, second!)).toBe('deepseek-ai/DeepSeek-R1-0528');
    expect(huggingchat.model(streaming.doc, replies(streaming.doc)[1]!)).toBe('Omni');
    expect(huggingchat.model(finished.doc, null)).toBe('Omni');
  });

  it('tells a finished reply from a streaming one', () => {
    const done = replies(finished.doc).at(-1)!;
    expect(huggingchat.isBusy(finished.doc, done)).toBe(false);
    expect(huggingchat.hasReplyActions(done)).toBe(true);
    const live = replies(streaming.doc).at(-1)!;
    expect(huggingchat.isBusy(streaming.doc, live)).toBe(true);
    expect(huggingchat.hasReplyActions(live)).toBe(false);
    expect(huggingchat.hasReplyActions(replies(streaming.doc)[0]!)).toBe(true);
  });

  it('still sees a reply as busy by its loading dots when the stop button is gone', () => {
    const { doc } = loadPage('huggingchat/chat-streaming.html');
    doc.querySelector('.stop-generating-btn')!.remove();
    expect(huggingchat.isBusy(doc, replies(doc).at(-1)!)).toBe(true);
    expect(huggingchat.isBusy(doc, replies(doc)[0]!)).toBe(false);
  });

  it('extracts the page with no missing selectors', () => {
    const page = extractPage(huggingchat, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.model).toBe('deepseek-ai/DeepSeek-R1-0528');
  });
});

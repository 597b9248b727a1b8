// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { generic } from '../../sites/generic';
import { roleFromLabel, roleFromValue } from '../../sites/generic/roles';
import { extractPage } from '../../sites/shared';
import { loadDocument, loadPage } from './hand-built-page';

const page = (html: string): Document => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');

const texts = (doc: Document) => generic.findTurns(doc).map((t) => [t.role, generic.turnText(t)]);
const lastReply = (doc: Document) => generic.findTurns(doc).filter((t) => t.role === 'assistant').at(-1)!;

describe('generic adapter: conventions', () => {
  it('claims no host and reads the common conversation paths', () => {
    expect(generic.matches(new URL('https://chat.example.org/c/123e4567-e89b-12d3-a456-426614174000'))).toBe(false);
    expect(generic.conversationId(new URL('https://chat.example.org/c/123e4567-e89b-12d3-a456-426614174000'))).toBe(
      '123e4567-e89b-12d3-a456-426614174000',
    );
    expect(generic.conversationId(new URL('https://ai.example.org/lobe/chat/abcdef12'))).toBe('abcdef12');
    expect(generic.conversationId(new URL('https://ai.example.org/threads/th_9f8e7d6c'))).toBe('th_9f8e7d6c');
    expect(generic.conversationId(new URL('https://ai.example.org/c/new'))).toBeNull();
    expect(generic.conversationId(new URL('https://ai.example.org/'))).toBeNull();
    expect(generic.conversationId(new URL('https://ai.example.org/c/abcdef12?temporary-chat=true'))).toBeNull();
  });

  it('maps role values and author labels', () => {
    expect(['user', 'Human', 'me', 'assistant', 'BOT', 'model', 'system', 'tool', ''].map(roleFromValue)).toEqual([
      'user', 'user', 'user', 'assistant', 'assistant', 'assistant', null, null, null,
    ]);
    expect(['You said', 'Copilot said', 'Assistant message', 'Message 2', 'Llama 3 response'].map(roleFromLabel)).toEqual([
      'user', 'assistant', 'assistant', null, 'assistant',
    ]);
  });

  it('reads role data attributes, with ids from data-message-id', () => {
    const doc = page(`
      <div data-role="user" data-message-id="m1"><p>Hello there</p></div>
      <div data-role="assistant" data-message-id="m2"><div class="markdown"><p>Hi! How can I help?</p></div><button aria-label="Copy">c</button></div>
      <div data-role="system"><p>Be nice.</p></div>`);
    expect(generic.findTurns(doc).map((t) => [t.role, t.messageId])).toEqual([['user', 'm1'], ['assistant', 'm2']]);
    expect(texts(doc)).toEqual([['user', 'Hello there'], ['assistant', 'Hi! How can I help?']]);
  });

  it('reads articles labelled with their author when there are no role attributes', () => {
    const doc = page(`
      <div role="article" aria-label="You said" id="msg-41"><p>What is 2 + 2?</p></div>
      <div role="article" aria-label="Assistant said" id="msg-42"><p>4.</p></div>`);
    expect(generic.findTurns(doc).map((t) => [t.role, t.messageId])).toEqual([['user', '41'], ['assistant', '42']]);
  });

  it('uses the first convention that finds turns, never a mix', () => {
    const doc = page(`
      <div data-message-author-role="user"><p>Question</p></div>
      <div class="assistant-message"><p>Not a turn on this page</p></div>
      <div data-message-author-role="assistant"><p>Answer</p></div>`);
    expect(texts(doc)).toEqual([['user', 'Question'], ['assistant', 'Answer']]);
  });

  it('finds nothing on a page without chat markup', () => {
    expect(generic.findTurns(page('<main><h1>Dashboard</h1><p>Welcome back.</p></main>'))).toEqual([]);
  });

  it('leaves out reasoning, citations, inline <think> and reasoning label lines', () => {
    const doc = page(`
      <div data-role="user"><p>Why?</p></div>
      <div data-role="assistant">
        <details type="reasoning"><summary>Thinking</summary><p>secret plan</p></details>
        <div class="prose">
          <p>&lt;think&gt;more secret&lt;/think&gt;</p>
          <div>Thought for 4 seconds</div>
          <p>Because it is.<span class="citation-pill">example.com</span></p>
        </div>
      </div>`);
    expect(generic.turnText(lastReply(doc))).toBe('Because it is.');
  });

  it('reads a busy reply from a stop button or a streaming marker', () => {
    const stop = page('<div data-role="assistant"><p>Partial</p></div><button aria-label="Stop generating">■</button>');
    expect(generic.isBusy(stop, lastReply(stop))).toBe(true);
    const marker = page('<div data-role="assistant" data-is-streaming="true"><p>Partial</p></div>');
    expect(generic.isBusy(marker, lastReply(marker))).toBe(true);
    const quiet = page('<div data-role="assistant" data-is-streaming="false"><p>Done.</p></div><button aria-label="Send">➤</button>');
    expect(generic.isBusy(quiet, lastReply(quiet))).toBe(false);
  });

  it("answers reply actions with null when the UI shows none, false when other replies have them", () => {
    const none = page('<div data-role="user"><p>Hi</p></div><div data-role="assistant"><p>Hello</p></div>');
    expect(generic.hasReplyActions(lastReply(none))).toBeNull();
    const some = page(`
      <div><div data-role="assistant"><p>One</p></div><button title="Copy">c</button></div>
      <div><div data-role="user"><p>More</p></div></div>
      <div><div data-role="assistant"><p>Two</p></div></div>`);
    expect(generic.hasReplyActions(lastReply(some))).toBe(false);
    const first = generic.findTurns(some)[0]!;
    expect(generic.hasReplyActions(first)).toBe(true);
  });

  it("does not take a code block's copy button for the reply's actions", () => {
    const doc = page(`
      <div><div data-role="user"><p>Code?</p></div></div>
      <div><div data-role="assistant"><div class="markdown"><pre><code class="language-js">x()</code></pre><button aria-label="Copy">c</button></div></div></div>
      <div><div data-role="assistant"><p>Other</p></div><button aria-label="Copy">c</button></div>`);
    const [, codeReply] = generic.findTurns(doc);
    expect(generic.hasReplyActions(codeReply!)).toBe(false);
  });

  it('reads the model from a model data attribute', () => {
    const doc = page('<div data-message-author-role="assistant" data-message-model-slug="gpt-5-3"><p>Hi</p></div>');
    expect(generic.model(doc, lastReply(doc))).toBe('gpt-5-3');
    expect(generic.model(doc, null)).toBeNull();
  });
});

describe('generic adapter: pages of apps it does not know by name', () => {
  it('reads an Open WebUI page by its role classes, the code header and reasoning labels left out', () => {
    const { doc, url } = loadPage('openwebui/chat-finished.html');
    const extraction = extractPage(generic, doc, url);
    expect(extraction.conversationId).toBe('0f3c9a7e-52b1-4d8e-a6f0-7b9c2e1d4a58');
    expect(extraction.turns.map((t) => [t.role, t.id])).toEqual([
      ['user', '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'],
      ['assistant', '2a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'],
      ['user', '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a'],
      ['assistant', '3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e'],
    ]);
    expect(extraction.turns[1]!.text).toBe(
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
    );
    expect(extraction.turns[3]!.text).not.toMatch(/Searched|Sources|facebook/);
    expect(generic.hasReplyActions(lastReply(doc))).toBe(true);
  });

  it('reads an Open WebUI page mid-stream: busy, and no verdict on actions (no other reply to compare)', () => {
    const { doc } = loadPage('openwebui/chat-streaming.html');
    const live = lastReply(doc);
    expect(generic.turnText(live)).toBe('Fans hum in the dark\ngreen lights blink like patient');
    expect(generic.isBusy(doc, live)).toBe(true);
    expect(generic.hasReplyActions(live)).toBeNull();
  });

  it('reads a LibreChat page by its turn classes, without the header, thinking block or timestamps', () => {
    const { doc } = loadPage('librechat/chat-finished.html');
    const turns = generic.findTurns(doc);
    expect(turns.map((t) => [t.role, t.messageId])).toEqual([
      ['user', '7c2f1a3e-0b4d-4e5f-9a6b-8c7d6e5f4a31'],
      ['assistant', '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'],
    ]);
    const reply = generic.turnText(turns[1]!);
    expect(reply.startsWith('When `hi == lo + 1`')).toBe(true);
    expect(reply).toContain('```c\nwhile (lo < hi) {');
    expect(reply).not.toMatch(/claude-sonnet|Thoughts|9:14|Copy code/);
    expect(generic.hasReplyActions(turns[1]!)).toBe(true);
  });

  it('reads a LibreChat page mid-stream as busy', () => {
    const { doc } = loadPage('librechat/chat-streaming.html');
    expect(generic.isBusy(doc, lastReply(doc))).toBe(true);
  });

  it('reads a HuggingChat page by its role attributes, the prompt whitespace kept', () => {
    const { doc } = loadPage('huggingchat/chat-finished.html');
    expect(texts(doc).map(([role]) => role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(texts(doc)[0]).toEqual(['user', 'Why does this struct need a lifetime parameter?\n\nstruct Parser { input: &str }']);
    expect(texts(doc)[3]![1]).toMatch(/^Yes\. With `input: String`/);
    expect(texts(doc).join('\n')).not.toMatch(/think>|Reasoning|Routed to/);
  });

  it('reads a ChatGPT page (first DOM generation) with message ids and the model slug', () => {
    const doc = loadDocument('chatgpt/rs-two-pairs.html');
    const turns = generic.findTurns(doc);
    expect(turns.map((t) => [t.role, t.messageId])).toEqual([
      ['user', '1758d9b7-514a-4b1f-989f-015f5374bbe3'],
      ['assistant', '7072f83f-0c74-4e80-b181-f2ca282867f5'],
      ['user', 'a049bcb7-9698-4c19-a05f-a88032379861'],
      ['assistant', '840d2408-7e96-4af0-97c3-2717ae2a0df9'],
    ]);
    expect(generic.turnText(turns[0]!)).toBe('what model/version of chatgpt are you?');
    expect(generic.turnText(turns[3]!)).toMatch(/^Yes — I can search the web in real time when needed/);
    expect(generic.turnText(turns[3]!)).not.toMatch(/OpenAI Help Center|Daily Tribune/);
    expect(generic.model(doc, turns[3]!)).toBe('gpt-5-3');
    expect(generic.isBusy(doc, turns[3]!)).toBe(false);
    expect(generic.hasReplyActions(turns[3]!)).toBe(true);
  });
});

describe('generic adapter: a page with a single reply', () => {
  it("does not take the composer's or the sidebar's buttons for the reply's actions", () => {
    const doc = page(`
      <aside><button title="Copy link to chat">🔗</button></aside>
      <main><div><div data-role="assistant"><p>Only reply</p></div></div>
        <form><textarea></textarea><button title="Copy prompt">c</button></form></main>`);
    expect(generic.hasReplyActions(lastReply(doc))).toBeNull();
  });
});

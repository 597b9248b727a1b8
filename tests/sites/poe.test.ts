// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { poe } from '../../sites/poe';
import { extractPage } from '../../sites/shared';
import { loadPage } from './hand-built-page';

const finished = loadPage('poe/chat-finished.html');
const streaming = loadPage('poe/chat-streaming.html');

const replies = (doc: Document) => poe.findTurns(doc).filter((t) => t.role === 'assistant');

describe('Poe adapter', () => {
  it('reads poe.com only, and the conversation id from /chat/{id}', () => {
    expect(poe.matches(new URL(finished.url))).toBe(true);
    expect(poe.matches(new URL('https://poetry.example.com/chat/abc'))).toBe(false);
    expect(poe.conversationId(new URL(finished.url))).toBe('3kq9z7w2xv5d8m');
    expect(poe.conversationId(new URL('https://poe.com/Claude-Sonnet-4.5'))).toBeNull();
  });

  it('finds human and bot bubbles by their class prefix, in order', () => {
    expect(poe.findTurns(finished.doc).map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('still finds the bubbles after a rebuild changes every class hash', () => {
    const { doc } = loadPage('poe/chat-finished.html');
    for (const el of Array.from(doc.querySelectorAll('[class*="__"]'))) {
      el.setAttribute('class', el.getAttribute('class')!.replace(/__[\w-]+/g, '__Zz9Y8'));
    }
    const turns = poe.findTurns(doc);
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(poe.turnText(turns[2]!)).toBe('bcrypt or argon2 for a new project?');
  });

  it('reads the markdown with code as a fence named by the block header, the header and buttons left out', () => {
    const texts = poe.findTurns(finished.doc).map((t) => poe.turnText(t));
    expect(texts).toEqual([
      "What's the right way to hash passwords in Node.js?",
      [
        'Use a slow, salted password hash such as bcrypt or argon2, never a fast digest like SHA-256.',
        '',
        '```javascript',
        "import bcrypt from 'bcrypt';",
        '',
        'const hash = await bcrypt.hash(password, 12);',
        'const ok = await bcrypt.compare(attempt, hash);',
        '```',
        '',
        'A cost factor of 12 takes roughly 250 ms on a laptop, which is slow for attackers and still fine for logins.',
      ].join('\n'),
      'bcrypt or argon2 for a new project?',
      [
        'Prefer argon2id for a new project:',
        '',
        '1. it won the Password Hashing Competition;',
        '2. it is memory-hard, which slows GPU attacks;',
        '3. the `argon2` npm package has sensible defaults.',
        '',
        'bcrypt is still acceptable if your platform lacks argon2.',
      ].join('\n'),
    ]);
    expect(texts.join('\n')).not.toMatch(/Copy|Share|Claude-Sonnet/);
  });

  it('names the bot above the reply as the model, else the bot in the chat header', () => {
    expect(poe.model(finished.doc, replies(finished.doc)[0]!)).toBe('Claude-Sonnet-4.5');
    expect(poe.model(streaming.doc, replies(streaming.doc)[0]!)).toBe('GPT-5');
    expect(poe.model(streaming.doc, null)).toBe('GPT-5');
    const { doc } = loadPage('poe/chat-streaming.html');
    doc.querySelector('[class*="BotMessageHeader_botName__"]')!.remove();
    doc.querySelector('[class*="BotHeader_botName__"]')!.textContent = 'Gemini-2.5-Pro';
    expect(poe.model(doc, replies(doc)[0]!)).toBe('Gemini-2.5-Pro');
  });

  it('tells a finished reply from a streaming one', () => {
    const done = replies(finished.doc).at(-1)!;
    expect(poe.isBusy(finished.doc, done)).toBe(false);
    expect(poe.hasReplyActions(done)).toBe(true);
    const live = replies(streaming.doc)[0]!;
    expect(poe.isBusy(streaming.doc, live)).toBe(true);
    expect(poe.hasReplyActions(live)).toBe(false);
  });

  it('treats the "..." placeholder as a reply that has not started', () => {
    const { doc } = loadPage('poe/chat-streaming.html');
    doc.querySelector('button[class*="ChatStopMessageButton"]')!.remove();
    const live = replies(doc)[0]!;
    live.element.querySelector('[class*="Markdown_markdownContainer__"]')!.innerHTML = '<p>...</p>';
    expect(poe.turnText(live)).toBe('');
    expect(poe.isBusy(doc, live)).toBe(true);
  });

  it('extracts the page with no missing selectors', () => {
    const page = extractPage(poe, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.model).toBe('Claude-Sonnet-4.5');
    expect(page.exchanges).toHaveLength(2);
  });
});

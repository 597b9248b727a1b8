import { describe, expect, it } from 'vitest';
import { gemini } from '../../sites/gemini';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, freshPage, lastReply, readAll, savedPage } from './saved-pages';

describe('Gemini adapter', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads gemini.google.com, with the id from /app/ and /gem/, account prefix or not', () => {
    expect(gemini.matches(new URL('https://gemini.google.com/app/7c1e5a9b3d2f4e60'))).toBe(true);
    expect(gemini.matches(new URL('https://bard.google.com.evil.test/app/7c'))).toBe(false);
    expect(gemini.conversationId(new URL('https://gemini.google.com/app/7c1e5a9b3d2f4e60'))).toBe('7c1e5a9b3d2f4e60');
    expect(gemini.conversationId(new URL('https://gemini.google.com/u/1/app/2b9f4d7e1a6c3b85?hl=ja'))).toBe('2b9f4d7e1a6c3b85');
    expect(gemini.conversationId(new URL('https://gemini.google.com/gem/coding-partner/9d8e7f'))).toBe('9d8e7f');
    expect(gemini.conversationId(new URL('https://gemini.google.com/app'))).toBeNull();
  });

  it('reads prompts without the hidden "You said" label and replies with their r_ ids', async () => {
    const { doc, url } = await savedPage('gemini/oa-chat-simple.html');
    const page = extractPage(gemini, doc, url);
    expect(page.turns.map((t) => [t.role, t.text.slice(0, 12)])).toEqual([
      ['user', 'gemini chat '],
      ['assistant', 'はい'],
      ['user', 'ありがとうございます。次'],
      ['assistant', 'いいえ'],
      ['user', 'いくつか数式をLaTeX'],
      ['assistant', '承知いたしました。いくつ'],
    ]);
    expect(page.turns[0]!.text).not.toContain('あなたのプロンプト');
    expect(page.turns.filter((t) => t.role === 'assistant').map((t) => t.id)).toEqual(['r_6cc71b18a6f630bb', 'r_8ddc76bba1b10837', 'r_ede2567df08975b4']);
    expect(page.conversationId).toBe('2b9f4d7e1a6c3b85');
    expect(page.model).toBe('高速モード');
  });

  it('keeps formulas as TeX from data-math, headings and lists in Markdown, the sources list out', async () => {
    const { doc } = await savedPage('gemini/oa-chat-simple.html');
    const reply = gemini.turnText(lastReply(gemini, doc));
    expect(reply).toContain('## 物理学・数学の主要な数式');
    expect(reply).toContain('- アインシュタインの質能等価性:\n  $$E = mc^2$$');
    expect(reply).not.toContain('E=mc2');
    const older = await savedPage('gemini/rs-three-pairs.html');
    const texts = readAll(gemini, older.doc).map((t) => t.text);
    expect(texts).toHaveLength(6);
    expect(texts[4]).toBe('then last , one more short response.. thanks');
    expect(texts[3]).toContain('like `message-bubble`, `user-message`');
  });

  it('is finished with its action bar, busy with a progress bar inside the reply', async () => {
    const { doc } = await freshPage('gemini/rs-three-pairs.html');
    const reply = lastReply(gemini, doc);
    expect(gemini.isBusy(doc, reply)).toBe(false);
    expect(gemini.hasReplyActions(reply)).toBe(true);
    const bar = doc.createElement('div');
    bar.setAttribute('role', 'progressbar');
    reply.element.appendChild(bar);
    reply.element.querySelectorAll('message-actions').forEach((el) => el.remove());
    expect(gemini.isBusy(doc, reply)).toBe(true);
    expect(gemini.hasReplyActions(reply)).toBe(false);
  });

  it('counts a stop button as busy only until the reply shows its action bar (it can outlive the reply)', async () => {
    const { doc } = await freshPage('gemini/rs-three-pairs.html');
    const reply = lastReply(gemini, doc);
    const stop = doc.createElement('button');
    stop.setAttribute('aria-label', 'Stop response');
    doc.body.appendChild(stop);
    expect(gemini.isBusy(doc, reply)).toBe(false);
    reply.element.querySelectorAll('message-actions').forEach((el) => el.remove());
    expect(gemini.isBusy(doc, reply)).toBe(true);
  });
});

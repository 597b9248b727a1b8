import { describe, expect, it } from 'vitest';
import { claude } from '../../sites/claude';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, fences, freshPage, lastReply, readAll, savedPage } from './saved-pages';

describe('Claude adapter', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads claude.ai, with the id from /chat/ and /share/', () => {
    expect(claude.matches(new URL('https://claude.ai/chat/c4e8a1f2'))).toBe(true);
    expect(claude.matches(new URL('https://claude.ai.example.com/chat/c4e8a1f2'))).toBe(false);
    expect(claude.conversationId(new URL('https://claude.ai/chat/c4e8a1f2-6b3d-4f7e-9a0c-2d5b8e1f4a73'))).toBe('c4e8a1f2-6b3d-4f7e-9a0c-2d5b8e1f4a73');
    expect(claude.conversationId(new URL('https://claude.ai/share/5b1d-77aa'))).toBe('5b1d-77aa');
    expect(claude.conversationId(new URL('https://claude.ai/new'))).toBeNull();
    expect(claude.conversationId(new URL('https://claude.ai/project/0199'))).toBeNull();
  });

  it('reads seven exchanges in order, prompts with their lists, the model picker label', async () => {
    const { doc, url } = await savedPage('claude/oa-chat-simple.html');
    const page = extractPage(claude, doc, url);
    expect(page.turns.map((t) => t.role)).toEqual(Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
    expect(page.turns[4]!.text).toBe('次の内容の artifact を作成して。\n\n- Claude Code の概要について。');
    expect(page.turns[1]!.text).toBe('はい');
    expect(page.model).toBe('Opus 4.5');
    expect(page.exchanges).toHaveLength(7);
    expect(page.missingSelectors).toEqual([]);
  });

  it('joins the text around a research card and leaves the card, artifact previews and buttons out', async () => {
    const { doc } = await savedPage('claude/oa-chat-simple.html');
    const texts = readAll(claude, doc).map((t) => t.text);
    expect(texts[9]).toBe(
      '了解しました。素人向けに Claude Code の基本的な機能概要を調査します。\n\n' +
        'Claude Codeに関する調査レポートが完成しました。AIプログラミングアシスタントの概要、主な機能（コード作成・バグ修正・Git操作など）、3ステップの導入方法、おすすめの利用シーン、料金プラン（月額$20〜）の比較表を含んでいます。',
    );
    for (const text of texts) expect(text).not.toMatch(/Research complete|108 sources|Claude Code research|Preview contents|^Document$/m);
    expect(texts[13]).toContain('$$x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$$');
    expect(texts[13]).toContain('質量エネルギー等価式 $E = mc^2$ や');
  });

  it('reads older replies (.font-claude-message) with the code language from the class, not the header label', async () => {
    const { doc } = await savedPage('claude/rs-codeblock-reply.html');
    const [reply] = readAll(claude, doc);
    expect(reply!.role).toBe('assistant');
    expect(reply!.text.startsWith('Absolutely! Running open source coding AI models in a homelab is very feasible')).toBe(true);
    expect(fences(reply!.text)).toEqual([{ language: 'bash', firstLine: '# Simple setup with Ollama' }]);
    expect(reply!.text).toContain('Software Stack:\n\n```bash');
  });

  it('never reads the artifact side panel as a reply', async () => {
    const { doc, url } = await savedPage('claude/oa-artifact-panel.html');
    const page = extractPage(claude, doc, url);
    expect(page.turns).toEqual([]);
    expect(page.missingSelectors).toEqual(['user message', 'assistant turn']);
    const reply = await savedPage('claude/rs-artifact-reply.html');
    const text = readAll(claude, reply.doc)[0]!.text;
    expect(text).not.toContain('DeepSeek Model Variants Comparison Table');
    expect(text).toContain('Let me create a comprehensive table:\n\nYes, exactly! There are 3 main DeepSeek series:');
  });

  it('is busy while data-is-streaming is "true", and shows actions only once the reply has its bar', async () => {
    const { doc } = await freshPage('claude/oa-chat-simple.html');
    const reply = lastReply(claude, doc);
    expect(claude.isBusy(doc, reply)).toBe(false);
    expect(claude.hasReplyActions(reply)).toBe(true);
    reply.element.setAttribute('data-is-streaming', 'true');
    expect(claude.isBusy(doc, reply)).toBe(true);
    reply.element.closest('[data-test-render-count]')!.querySelectorAll('button').forEach((b) => b.remove());
    expect(claude.hasReplyActions(reply)).toBe(false);
  });
});

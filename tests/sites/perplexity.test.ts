import { describe, expect, it } from 'vitest';
import { perplexity } from '../../sites/perplexity';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, freshPage, lastReply, readAll, savedPage } from './saved-pages';

describe('Perplexity adapter', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads www.perplexity.ai, with the id from /search/ or /page/', () => {
    expect(perplexity.matches(new URL('https://www.perplexity.ai/search/abc-Xa1'))).toBe(true);
    expect(perplexity.matches(new URL('https://perplexity.ai.example.org/search/abc'))).toBe(false);
    expect(perplexity.conversationId(new URL('https://www.perplexity.ai/search/how-do-i-undo-Rk2mQ7vXw9TsLb4nYc8ZpA'))).toBe('how-do-i-undo-Rk2mQ7vXw9TsLb4nYc8ZpA');
    expect(perplexity.conversationId(new URL('https://www.perplexity.ai/page/a-page-1x2y'))).toBe('a-page-1x2y');
    expect(perplexity.conversationId(new URL('https://www.perplexity.ai/'))).toBeNull();
  });

  it('2026-02 layout: the thread heading and follow-up queries, answers without citation chips', async () => {
    const { doc, url } = await savedPage('perplexity/oa-chat-simple.html');
    const page = extractPage(perplexity, doc, url);
    expect(page.turns.map((t) => [t.role, t.text])).toEqual([
      ['user', 'erplexityのhtml構造をテストするための質問です。「はい」とだけ答えて。'],
      ['assistant', 'はい。'],
      ['user', '次は「いいえ」だけ答えて'],
      ['assistant', 'いいえ。'],
      ['user', 'LaTeX 形式でいくつか数式を表示して'],
      ['assistant', expect.stringContaining('一次方程式の解の例\n$2x + 3 = 7$')],
    ]);
    expect(page.model).toBeNull(); // the model button only says "Model"
  });

  it('2026-08 layout (hand-built): the answer beside an empty markdown-content placeholder', async () => {
    const { doc, url } = await savedPage('perplexity/layout-2026-08-hand-built.html');
    const texts = readAll(perplexity, doc);
    expect(texts.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(texts[1]!.text).toBe(
      [
        'Use a soft reset, which moves the branch back one commit and leaves the changes staged.',
        '',
        '```bash',
        'git reset --soft HEAD~1',
        '```',
        '',
        '- `--soft` keeps the changes staged.',
        '- `--mixed` (the default) keeps them but unstages them.',
      ].join('\n'),
    );
    expect(texts[3]!.text).not.toContain('git-scm');
    expect(extractPage(perplexity, doc, url).missingSelectors).toEqual([]);
  });

  it('Deep Research: the report card and its summary make one reply', async () => {
    const { doc } = await savedPage('perplexity/oa-deep-research.html');
    const turns = perplexity.findTurns(doc);
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[1]!.parts).toHaveLength(2);
    const text = perplexity.turnText(turns[1]!);
    expect(text.startsWith('# Perplexity AI 提供機能まとめ')).toBe(true);
    expect(text).toContain('| モード | 概要 | 利用条件 |\n| --- | --- | --- |');
    expect(text.endsWith('詳細はレポートをご確認ください。')).toBe(true);
    expect(text).not.toMatch(/perplexity\+\d|\u200b/);
  });

  it('reads the action row of each answer only, and the stop button as busy', async () => {
    const { doc } = await freshPage('perplexity/layout-2026-08-hand-built.html');
    const replies = perplexity.findTurns(doc).filter((t) => t.role === 'assistant');
    const last = lastReply(perplexity, doc);
    expect(perplexity.isBusy(doc, last)).toBe(false);
    expect(perplexity.hasReplyActions(last)).toBe(true);
    last.element.closest('.gap-y-lg')!.querySelectorAll('button').forEach((b) => b.remove());
    expect(perplexity.hasReplyActions(last)).toBe(false);
    expect(perplexity.hasReplyActions(replies[0]!)).toBe(true);
    const stop = doc.createElement('button');
    stop.setAttribute('aria-label', 'Stop generating');
    doc.querySelector('.composer')!.appendChild(stop);
    expect(perplexity.isBusy(doc, last)).toBe(true);
  });
});

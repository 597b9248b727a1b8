// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepseek } from '../../sites/deepseek';
import { extractPage } from '../../sites/shared';
import { loadPage } from './hand-built-page';

const finished = loadPage('deepseek/chat-finished.html');
const streaming = loadPage('deepseek/chat-streaming.html');

const lastReply = (doc: Document) => deepseek.findTurns(doc).filter((t) => t.role === 'assistant').at(-1)!;

describe('DeepSeek adapter', () => {
  it('reads chat.deepseek.com only, and the conversation id from /a/chat/s/{id}', () => {
    expect(deepseek.matches(new URL('https://chat.deepseek.com/a/chat/s/5f1c2a9e-7b3d-4e8a-9c61-0d2e4b7a8f13'))).toBe(true);
    expect(deepseek.matches(new URL('https://www.deepseek.com/'))).toBe(false);
    expect(deepseek.conversationId(new URL(finished.url))).toBe('5f1c2a9e-7b3d-4e8a-9c61-0d2e4b7a8f13');
    expect(deepseek.conversationId(new URL('https://chat.deepseek.com/'))).toBeNull();
  });

  it('finds the turns in order, keyed by the virtual-list row key', () => {
    const turns = deepseek.findTurns(finished.doc);
    expect(turns.map((t) => [t.role, t.messageId])).toEqual([
      ['user', '1'],
      ['assistant', '2'],
      ['user', '3'],
      ['assistant', '4'],
    ]);
  });

  it('reads prompts as typed and replies without the thinking block, code as fences with the banner language', () => {
    const texts = deepseek.findTurns(finished.doc).map((t) => deepseek.turnText(t));
    expect(texts).toEqual([
      'How do I remove duplicates from a Python list but keep the original order?',
      [
        'Since Python 3.7, dictionaries keep insertion order, so the shortest way is `dict.fromkeys`:',
        '',
        '```python',
        'items = [3, 1, 3, 2, 1]',
        'unique = list(dict.fromkeys(items))',
        'print(unique)  # [3, 1, 2]',
        '```',
        '',
        'This runs in linear time and keeps the first occurrence of each value.',
      ].join('\n'),
      'What if the items are dicts?\nThey are not hashable.',
      [
        'Then track a hashable key for each item instead of the item itself:',
        '',
        '```python',
        'def unique_by(items, key):',
        '    seen = set()',
        '    for item in items:',
        '        k = key(item)',
        '        if k not in seen:',
        '            seen.add(k)',
        '            yield item',
        '```',
        '',
        'Two common keys:',
        '',
        '- `lambda d: d["id"]` when every dict has an id;',
        '- `lambda d: tuple(sorted(d.items()))` when the whole dict matters.',
      ].join('\n'),
    ]);
    const all = texts.join('\n');
    expect(all).not.toMatch(/Thought for|order-preserving deduplication|frozenset|Copy|Download/);
  });

  it('shows no model in the page', () => {
    expect(deepseek.model(finished.doc, lastReply(finished.doc))).toBeNull();
    expect(extractPage(deepseek, finished.doc, finished.url).model).toBeNull();
  });

  it('tells a finished reply from a streaming one', () => {
    const done = lastReply(finished.doc);
    expect(deepseek.isBusy(finished.doc, done)).toBe(false);
    expect(deepseek.hasReplyActions(done)).toBe(true);
    const live = lastReply(streaming.doc);
    expect(deepseek.isBusy(streaming.doc, live)).toBe(true);
    expect(deepseek.hasReplyActions(live)).toBe(false);
    expect(deepseek.turnText(live)).toBe('Pipe the sizes through `sort -rh`, which understands');
  });

  it('reads a virtual list that starts with a reply (its prompt scrolled out and unmounted)', () => {
    const turns = deepseek.findTurns(streaming.doc);
    expect(turns.map((t) => [t.role, t.messageId])).toEqual([
      ['assistant', '2'],
      ['user', '3'],
      ['assistant', '4'],
    ]);
    expect(deepseek.turnText(turns[0]!)).toBe('Use `find` with a size filter:\n\n```bash\nfind . -type f -size +100M -exec ls -lh {} +\n```');
  });

  it('falls back to the structure when the hashed user-row class changes', () => {
    const { doc } = loadPage('deepseek/chat-finished.html');
    for (const row of Array.from(doc.querySelectorAll('._9663006'))) row.classList.replace('_9663006', '_1a2b3c4');
    expect(deepseek.findTurns(doc).map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('extracts the page with one exchange per reply and no missing selectors', () => {
    const page = extractPage(deepseek, finished.doc, finished.url);
    expect(page.missingSelectors).toEqual([]);
    expect(page.exchanges.map((e) => e.turns.length)).toEqual([2, 4]);
    expect(page.exchanges[1]!.conversationId).toBe('5f1c2a9e-7b3d-4e8a-9c61-0d2e4b7a8f13');
  });
});

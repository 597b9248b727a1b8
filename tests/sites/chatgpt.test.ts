import { describe, expect, it } from 'vitest';
import { chatgpt } from '../../sites/chatgpt';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, fences, freshPage, lastReply, readAll, savedPage } from './saved-pages';

const url = (address: string) => new URL(address);

describe('ChatGPT adapter: addresses', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads chatgpt.com and chat.openai.com only', () => {
    expect(chatgpt.matches(url('https://chatgpt.com/c/abc'))).toBe(true);
    expect(chatgpt.matches(url('https://chat.openai.com/c/abc'))).toBe(true);
    expect(chatgpt.matches(url('https://chatgpt.com.example.net/c/abc'))).toBe(false);
    expect(chatgpt.matches(url('https://openai.com/chatgpt'))).toBe(false);
  });

  it('takes the conversation id from /c/, /g/{gizmo}/c/ and /share/, none for temporary and new chats', () => {
    expect(chatgpt.conversationId(url('https://chatgpt.com/c/69bbe505-0fa8-839e-97c6-4af4bfa6001e'))).toBe('69bbe505-0fa8-839e-97c6-4af4bfa6001e');
    expect(chatgpt.conversationId(url('https://chatgpt.com/g/g-p-68d0c0ffee-speclens/c/68d6f1a0-1b2c'))).toBe('68d6f1a0-1b2c');
    expect(chatgpt.conversationId(url('https://chatgpt.com/share/67a1-22b3'))).toBe('67a1-22b3');
    expect(chatgpt.conversationId(url('https://chatgpt.com/?temporary-chat=true'))).toBeNull();
    expect(chatgpt.conversationId(url('https://chatgpt.com/c/abc?temporary-chat=true'))).toBeNull();
    expect(chatgpt.conversationId(url('https://chatgpt.com/'))).toBeNull();
    expect(chatgpt.conversationId(url('https://chatgpt.com/gpts'))).toBeNull();
  });
});

describe('ChatGPT adapter: generation A pages', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads five exchanges in order with message ids, without the screen-reader headers', async () => {
    const { doc } = await savedPage('chatgpt/rs-five-pairs.html');
    const turns = chatgpt.findTurns(doc);
    expect(turns.map((t) => t.role)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
    expect(turns[0]!.messageId).toBe('1758d9b7-514a-4b1f-989f-015f5374bbe3');
    const texts = readAll(chatgpt, doc);
    expect(texts[0]!.text).toBe('what model/version of chatgpt are you?');
    expect(texts[1]!.text.startsWith('You’re talking to ChatGPT based on GPT-5.3, one of OpenAI’s newer multimodal models.')).toBe(true);
    expect(texts[1]!.text.endsWith('- or its current limitations 👍')).toBe(true);
    for (const { text } of texts) {
      expect(text).not.toMatch(/ChatGPT said:|You said:/);
    }
  });

  it('keeps code blocks as fences named from the class or the CodeMirror header, tables as pipe rows, math as TeX', async () => {
    const { doc } = await savedPage('chatgpt/rs-five-pairs.html');
    const texts = readAll(chatgpt, doc).map((t) => t.text);
    expect(fences(texts[5]!)).toEqual([
      { language: 'python', firstLine: 'def greet(name):' },
      { language: 'json', firstLine: '{' },
      { language: 'bash', firstLine: '# Deployment script' },
    ]);
    expect(fences(texts[9]!).map((f) => f.language)).toEqual(['python', 'go', 'bash', 'typescript', '', 'javascript']);
    expect(texts[5]).toContain('| Name | Role | Language |\n| --- | --- | --- |\n| Alice | Developer | Python |');
    expect(texts[5]).toContain('Inline math: $E = mc^2$');
    expect(texts[5]).toContain('$$\\int_0^\\infty e^{-x} dx = 1$$');
    // KaTeX renders each formula three times; only the TeX source is kept.
    expect(texts[5]).not.toContain('E=mc2');
  });

  it('leaves out citation pills and image-widget chrome', async () => {
    const { doc } = await savedPage('chatgpt/defuddle-citations.html');
    const [, reply] = readAll(chatgpt, doc);
    expect(reply!.text).toContain('a 200 sq ft (≈19 m²) room should have a minimum CADR around 130 cfm (≈220 m³/h).\n');
    expect(reply!.text).not.toMatch(/US EPA|WIRED|\+1/);
    expect(reply!.text).toContain('### The 5 most important things to look for');
    expect(reply!.text).toContain('- Allergies\n- Pet dander\n- Dust\n- Pollen');

    const images = await savedPage('chatgpt/rs-five-pairs.html');
    const gallery = readAll(chatgpt, images.doc)[7]!.text;
    expect(gallery).toContain('# 🖼️ Image Group (Carousel-style UI)\n\nNotes for testing:');
  });

  it('merges a reply split around a "Thought for" block into one turn without the block', async () => {
    const { doc } = await savedPage('chatgpt/defuddle-post-thought.html');
    const turns = chatgpt.findTurns(doc);
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[1]!.parts).toHaveLength(2);
    expect(chatgpt.turnText(turns[1]!)).toBe(
      [
        'Start with a simple checklist before choosing the location.',
        '',
        'Pick a nearby park, check the weather, and choose food that travels well.',
        '',
        'Bring water, napkins, a blanket, and a small bag for cleanup.',
      ].join('\n'),
    );
  });

  it('reads the model slug of each reply', async () => {
    const { doc, url: address } = await savedPage('chatgpt/oa-chat-simple.html');
    const page = extractPage(chatgpt, doc, address);
    // The Deep Research report message carries no slug of its own.
    expect(page.exchanges.map((e) => e.model)).toEqual(['gpt-5-2', 'gpt-5-2', 'research', 'research', null, 'gpt-5-2']);
    expect(page.model).toBe('gpt-5-2');
    const code = await savedPage('chatgpt/oa-chat-code.html');
    expect(chatgpt.model(code.doc, lastReply(chatgpt, code.doc))).toBe('gpt-4');
  });

  it('reads a temporary chat with no conversation id', async () => {
    const { doc, url: address } = await savedPage('chatgpt/rs-python-code.html');
    const page = extractPage(chatgpt, doc, address);
    expect(page.conversationId).toBeNull();
    expect(page.exchanges).toHaveLength(1);
    expect(page.exchanges[0]!.turns.map((t) => t.text)).toEqual([
      'show a simple python hello world',
      'Here’s a simple Python “Hello, World!” example:\n\n```python\nprint("Hello, World!")\n```',
    ]);
  });
});

describe('ChatGPT adapter: generation B page (hand-built)', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads prompt and answer from each data-turn-key turn, ids from the turn key and the answer unit', async () => {
    const { doc } = await savedPage('chatgpt/gen-b-hand-built.html');
    const turns = chatgpt.findTurns(doc);
    expect(turns.map((t) => [t.role, t.messageId])).toEqual([
      ['user', '68d6f1a0-aaaa-4b1c-9d2e-000000000001'],
      ['assistant', '68d6f1a0-bbbb-4b1c-9d2e-000000000002'],
      ['user', '68d6f1a0-cccc-4b1c-9d2e-000000000003'],
      ['assistant', '68d6f1a0-dddd-4b1c-9d2e-000000000004'],
      ['user', '68d6f1a0-eeee-4b1c-9d2e-000000000005'],
      ['assistant', '68d6f1a0-ffff-4b1c-9d2e-000000000006'],
    ]);
  });

  it('keeps the prompt line break, the CodeMirror fence and the table; drops the thinking chip and citations', async () => {
    const { doc } = await savedPage('chatgpt/gen-b-hand-built.html');
    const texts = readAll(chatgpt, doc).map((t) => t.text);
    expect(texts[0]).toBe('How do I reverse a list in Python\nwithout changing the original?');
    expect(texts[1]).toContain('```python\nnumbers = [1, 2, 3]\nreversed_copy = numbers[::-1]\nprint(reversed_copy)  # [3, 2, 1]\n```');
    expect(texts[1]).toContain('- `numbers.reverse()` reverses in place, which changes the original.');
    expect(texts[3]).toBe(''); // image-only answer
    expect(texts[5]).toBe(
      [
        'Short answer: slicing.',
        '',
        '| Method | Time for 1M items |',
        '| --- | --- |',
        '| `numbers[::-1]` | about 3 ms |',
        '| `list(reversed(numbers))` | about 5 ms |',
        '',
        'Both copy the list, so memory use is the same.',
      ].join('\n'),
    );
  });

  it('makes one exchange per readable answer and shows no model (Gen B has none in the page)', async () => {
    const { doc, url: address } = await savedPage('chatgpt/gen-b-hand-built.html');
    const page = extractPage(chatgpt, doc, address);
    expect(page.conversationId).toBe('68d6f1a0-1b2c-8000-9abc-def012345678');
    expect(page.model).toBeNull();
    expect(page.missingSelectors).toEqual([]);
    expect(page.exchanges.map((e) => e.id)).toEqual(['68d6f1a0-bbbb-4b1c-9d2e-000000000002', '68d6f1a0-ffff-4b1c-9d2e-000000000006']);
    expect(page.exchanges[1]!.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'user', 'assistant']);
  });
});

describe('ChatGPT adapter: finished or streaming', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('a finished page is not busy and its replies show their action bars', async () => {
    for (const page of ['chatgpt/rs-five-pairs.html', 'chatgpt/gen-b-hand-built.html']) {
      const { doc } = await savedPage(page);
      const reply = lastReply(chatgpt, doc);
      expect(chatgpt.isBusy(doc, reply), page).toBe(false);
      expect(chatgpt.hasReplyActions(reply), page).toBe(true);
    }
  });

  it('a page made to look mid-stream (stop button, no action bar on the last reply) is busy', async () => {
    const { doc } = await freshPage('chatgpt/rs-five-pairs.html');
    const send = doc.querySelector('[data-testid="send-button"]')!;
    send.setAttribute('data-testid', 'stop-button');
    const replies = chatgpt.findTurns(doc).filter((t) => t.role === 'assistant');
    const last = replies[replies.length - 1]!;
    last.element.closest('section')!.querySelectorAll('[aria-label="Response actions"], button').forEach((el) => el.remove());
    expect(chatgpt.isBusy(doc, last)).toBe(true);
    expect(chatgpt.hasReplyActions(last)).toBe(false);
    // The earlier replies keep their own bars; the last reply never borrows one from another turn.
    expect(chatgpt.hasReplyActions(replies[3]!)).toBe(true);
  });

  it('Gen B: the next turn\'s action bar does not count for an answer without one', async () => {
    const { doc } = await freshPage('chatgpt/gen-b-hand-built.html');
    const first = chatgpt.findTurns(doc)[1]!;
    first.element.querySelector('[aria-label="Response actions"]')!.remove();
    expect(chatgpt.hasReplyActions(first)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { grok } from '../../sites/grok';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, fences, freshPage, lastReply, readAll, savedPage } from './saved-pages';

describe('Grok adapter', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads grok.com and x.com/i/grok, with the id from /c/ or ?conversation=', () => {
    expect(grok.matches(new URL('https://grok.com/c/6d27fe4b'))).toBe(true);
    expect(grok.matches(new URL('https://x.com/i/grok?conversation=1890'))).toBe(true);
    expect(grok.matches(new URL('https://x.com/elonmusk'))).toBe(false);
    expect(grok.matches(new URL('https://x.com/i/grokking'))).toBe(false);
    expect(grok.conversationId(new URL('https://grok.com/c/6d27fe4b-9bfc-4d9f-ad88-3ac7e108e1a9'))).toBe('6d27fe4b-9bfc-4d9f-ad88-3ac7e108e1a9');
    expect(grok.conversationId(new URL('https://x.com/i/grok?conversation=1890123456789012345'))).toBe('1890123456789012345');
    expect(grok.conversationId(new URL('https://x.com/i/grok'))).toBeNull();
    expect(grok.conversationId(new URL('https://grok.com/'))).toBeNull();
  });

  it('tells prompts from replies by row alignment and keys them by the row uuid', async () => {
    const { doc, url } = await savedPage('grok/rs-five-pairs.html');
    const page = extractPage(grok, doc, url);
    expect(page.turns.map((t) => t.role)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
    expect(page.turns[0]).toEqual({ id: '27be7d81-c0bd-4073-8013-7fa8aa4e40b3', role: 'user', text: 'what version of grok are you?' });
    expect(page.turns[1]!.text).toBe("I'm Grok 4. 😄");
    expect(page.model).toBe('Expert');
  });

  it('leaves the "Thought for" block out and keeps code blocks with their header language', async () => {
    const { doc } = await savedPage('grok/rs-five-pairs.html');
    const texts = readAll(grok, doc).map((t) => t.text);
    for (const text of texts) expect(text).not.toMatch(/Thought for/);
    expect(fences(texts[5]!)).toEqual([
      { language: '', firstLine: 'this is raw text' },
      { language: 'python', firstLine: 'def greet(name: str) -> str:' },
      { language: 'javascript', firstLine: '// JavaScript arrow function + destructuring' },
    ]);
    expect(texts[5]).toContain('```python\ndef greet(name: str) -> str:\n    """Classic example function"""\n    return f"Hello, {name}!"\n\nif __name__');
    expect(texts[5]).toContain('| Table | \\| ... \\| | like this one | Alignment can be lost in some apps |');
  });

  it('is finished with Regenerate / Like under the reply, not without them', async () => {
    const { doc } = await freshPage('grok/rs-two-pairs.html');
    const reply = lastReply(grok, doc);
    expect(grok.isBusy(doc, reply)).toBe(false);
    expect(grok.hasReplyActions(reply)).toBe(true);
    reply.element.querySelectorAll('.action-buttons').forEach((el) => el.remove());
    expect(grok.hasReplyActions(reply)).toBe(false);
  });
});

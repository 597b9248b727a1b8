import { describe, expect, it } from 'vitest';
import { copilot } from '../../sites/copilot';
import { extractPage } from '../../sites/shared';
import { PAGE_TIMEOUT_MS, freshPage, lastReply, readAll, savedPage } from './saved-pages';

describe('Copilot adapter', { timeout: PAGE_TIMEOUT_MS }, () => {
  it('reads copilot.microsoft.com and www.copilot.com, with the id from /chats/ or /pages/', () => {
    expect(copilot.matches(new URL('https://copilot.microsoft.com/chats/Qm7vX2kLp9RtY4nH8cWd1'))).toBe(true);
    expect(copilot.matches(new URL('https://www.copilot.com/chats/Hn3pT8vKq5WmZ1xR6yBc2'))).toBe(true);
    expect(copilot.matches(new URL('https://github.com/features/copilot'))).toBe(false);
    expect(copilot.conversationId(new URL('https://www.copilot.com/chats/Hn3pT8vKq5WmZ1xR6yBc2'))).toBe('Hn3pT8vKq5WmZ1xR6yBc2');
    expect(copilot.conversationId(new URL('https://copilot.microsoft.com/pages/Zx81'))).toBe('Zx81');
    expect(copilot.conversationId(new URL('https://copilot.microsoft.com/'))).toBeNull();
  });

  it('reads prompts and replies without the "You said" / "Copilot said" labels; the mode chip as model', async () => {
    const { doc, url } = await savedPage('copilot/rs-two-pairs.html');
    const page = extractPage(copilot, doc, url);
    expect(page.turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(page.turns[0]!.text).toBe('what version of copilot are you?');
    expect(page.turns[1]!.text.startsWith('I’m Microsoft Copilot — the latest version designed as an AI companion')).toBe(true);
    for (const turn of page.turns) expect(turn.text).not.toMatch(/You said|Copilot said/);
    expect(page.model).toBe('Smart');
  });

  it('names code fences from the block header and leaves the header out of the text', async () => {
    const { doc } = await savedPage('copilot/rs-two-pairs.html');
    expect(readAll(copilot, doc)[3]!.text).toBe(
      [
        'Here’s the simplest Python “Hello, World!” program:',
        '',
        '```python',
        '# This is a basic Python program',
        'print("Hello, World!")',
        '```',
        '',
        'When you run this script, it will output:',
        '',
        '```',
        'Hello, World!',
        '```',
        '',
        'That’s the classic starting point for learning any programming language. If you’d like, I can also show you variations — for example, wrapping it in a function, or making it interactive so it greets the user by name. Would you like me to expand it a bit beyond the basics?',
      ].join('\n'),
    );
    const older = await savedPage('copilot/rs-chat.html');
    expect(readAll(copilot, older.doc)[3]!.text).toContain('```bash\n#!/bin/bash\npwd\n```');
  });

  it('is finished when the reaction bar is there, not when it is missing', async () => {
    const { doc } = await freshPage('copilot/rs-two-pairs.html');
    const reply = lastReply(copilot, doc);
    expect(copilot.isBusy(doc, reply)).toBe(false);
    expect(copilot.hasReplyActions(reply)).toBe(true);
    reply.element.querySelectorAll('[data-testid="message-item-reactions"]').forEach((el) => el.remove());
    expect(copilot.hasReplyActions(reply)).toBe(false);
    const stop = doc.createElement('button');
    stop.setAttribute('aria-label', 'Stop responding');
    doc.body.appendChild(stop);
    expect(copilot.isBusy(doc, reply)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { SUPPORTED_HOST_PATTERNS } from '../../sites/hosts';
import { ADAPTERS, adapterFor } from '../../sites/registry';

/** A page address under a host permission pattern ("https://x.com/i/grok*" -> "https://x.com/i/grok/"). */
const addressOf = (pattern: string) => pattern.replace(/\*$/, '').replace(/([^/])$/, '$1/');

describe('adapter registry', () => {
  it('has one adapter per site id', () => {
    const ids = ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SUPPORTED_HOST_PATTERNS.map((pattern) => [pattern]))('reads every page under the host permission %s', (pattern) => {
    const matching = ADAPTERS.filter((adapter) => adapter.matches(new URL(addressOf(pattern))));
    expect(matching).toHaveLength(1);
    expect(adapterFor(addressOf(pattern))).toBe(matching[0]);
  });

  it('picks the adapter of each big site by address', () => {
    expect(adapterFor('https://chatgpt.com/c/1')?.id).toBe('chatgpt');
    expect(adapterFor('https://chat.openai.com/c/1')?.id).toBe('chatgpt');
    expect(adapterFor('https://claude.ai/chat/1')?.id).toBe('claude');
    expect(adapterFor('https://gemini.google.com/app/1')?.id).toBe('gemini');
    expect(adapterFor('https://www.copilot.com/chats/1')?.id).toBe('copilot');
    expect(adapterFor('https://copilot.microsoft.com/chats/1')?.id).toBe('copilot');
    expect(adapterFor('https://www.perplexity.ai/search/q-1')?.id).toBe('perplexity');
    expect(adapterFor('https://grok.com/c/1')?.id).toBe('grok');
    expect(adapterFor(new URL('https://x.com/i/grok?conversation=1'))?.id).toBe('grok');
  });

  it('reads no other address, and no malformed one', () => {
    expect(adapterFor('https://example.com/c/1')).toBeNull();
    expect(adapterFor('https://x.com/home')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
  });
});

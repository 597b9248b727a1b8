// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pickSelfHostedAdapter } from '../../sites/self-hosted';
import { ADAPTERS, adapterFor } from '../../sites/registry';
import { loadPage } from './hand-built-page';

describe('self-hosted adapter choice', () => {
  it('picks Open WebUI and LibreChat by their markup, whatever the origin', () => {
    expect(pickSelfHostedAdapter(loadPage('openwebui/chat-finished.html').doc).id).toBe('openwebui');
    expect(pickSelfHostedAdapter(loadPage('openwebui/chat-streaming.html').doc).id).toBe('openwebui');
    expect(pickSelfHostedAdapter(loadPage('librechat/chat-finished.html').doc).id).toBe('librechat');
    expect(pickSelfHostedAdapter(loadPage('librechat/chat-streaming.html').doc).id).toBe('librechat');
  });

  it('falls back to the generic adapter for any other page', () => {
    expect(pickSelfHostedAdapter(loadPage('huggingchat/chat-finished.html').doc).id).toBe('generic');
    const blank = new DOMParser().parseFromString('<!DOCTYPE html><title>My LLM</title><main></main>', 'text/html');
    expect(pickSelfHostedAdapter(blank).id).toBe('generic');
  });

  it('never hands a self-hosted origin to a host-matched adapter', () => {
    for (const url of ['http://localhost:3000/c/0f3c9a7e', 'https://librechat.example.org/c/new', 'https://chat.example.internal/']) {
      expect(adapterFor(url)).toBeNull();
    }
  });

  it('sends each part-B chat site to its own adapter', () => {
    expect(adapterFor(loadPage('deepseek/chat-finished.html').url)?.id).toBe('deepseek');
    expect(adapterFor(loadPage('lechat/chat-finished.html').url)?.id).toBe('lechat');
    expect(adapterFor(loadPage('poe/chat-finished.html').url)?.id).toBe('poe');
    expect(adapterFor(loadPage('huggingchat/chat-finished.html').url)?.id).toBe('huggingchat');
  });

  it('lists the self-hosted adapters and the generic one after every host-matched adapter', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(ids.slice(-3)).toEqual(['openwebui', 'librechat', 'generic']);
  });
});

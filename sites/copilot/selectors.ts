/**
 * Microsoft Copilot (copilot.microsoft.com, www.copilot.com since 2026). `data-content` roles are the
 * stable hooks; `data-copy="false"` marks the page's own chrome (screen-reader headers, reaction bars).
 * The composer's mode chip ("Smart") is the only model hint the page shows.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  conversation: {
    name: 'conversation',
    candidates: ['[data-content="conversation"]'],
    counts: { 'copilot/rs-chat.html': 1, 'copilot/rs-two-pairs.html': 1 },
    optional: true,
  },
  userMessage: {
    name: 'user message',
    candidates: ['[data-content="user-message"]'],
    counts: { 'copilot/rs-chat.html': 2, 'copilot/rs-two-pairs.html': 2 },
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['[data-content="ai-message"]', '[data-testid="ai-message"]'],
    counts: { 'copilot/rs-chat.html': 2, 'copilot/rs-two-pairs.html': 2 },
  },
  messageItem: {
    name: 'reply content',
    candidates: ['[class~="group/ai-message-item"]'],
    counts: { 'copilot/rs-chat.html': 2, 'copilot/rs-two-pairs.html': 2 },
  },
  codeBlock: {
    name: 'code block',
    candidates: ['[class~="group/ai-message-item"] > div:has(pre)'],
    counts: { 'copilot/rs-chat.html': 1, 'copilot/rs-two-pairs.html': 2 },
    optional: true,
  },
  chrome: {
    name: 'page chrome',
    candidates: ['[data-copy="false"]'],
    counts: { 'copilot/rs-chat.html': 8, 'copilot/rs-two-pairs.html': 11 },
    optional: true,
  },
  modelLabel: {
    name: 'mode chip',
    candidates: ['[data-testid^="composer-chat-mode-"]'],
    counts: { 'copilot/rs-chat.html': 0, 'copilot/rs-two-pairs.html': 1 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    // Assumed: no saved page shows Copilot mid-reply.
    candidates: ['button[aria-label^="Stop"]'],
    counts: { 'copilot/rs-chat.html': 0, 'copilot/rs-two-pairs.html': 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['[data-testid="copy-ai-message-button"]', '[data-testid="copy-message-button"]', '[data-testid="message-thumbs-up-button"]'],
    counts: { 'copilot/rs-chat.html': 2, 'copilot/rs-two-pairs.html': 2 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

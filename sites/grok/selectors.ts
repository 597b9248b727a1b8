/**
 * Grok (grok.com and x.com/i/grok). Every message row is `div[id^="response-"]` (the id is the message
 * uuid); only layout classes tell the roles apart (prompts are right-aligned `.items-end` with a
 * `.rounded-br-lg` bubble), so these are the selectors most likely to break. The x.com embedding is
 * assumed to share grok.com's markup: no saved x.com page exists.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  row: {
    name: 'message row',
    candidates: ['div[id^="response-"]'],
    counts: {},
  },
  userMessage: {
    name: 'user message',
    candidates: ['div[id^="response-"].items-end', '.message-bubble.rounded-br-lg'],
    counts: {},
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['div[id^="response-"].items-start', '.message-bubble:not(.rounded-br-lg)'],
    counts: {},
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['.response-content-markdown', '.markdown'],
    counts: {},
  },
  reasoning: {
    name: 'reasoning block',
    candidates: ['.thinking-container'],
    counts: {},
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['[data-testid="code-block"]'],
    counts: {},
    optional: true,
  },
  modelLabel: {
    name: 'model selector',
    candidates: ['button[aria-label="Model select"]', '#model-select-trigger'],
    counts: {},
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    // Assumed: no saved page shows Grok mid-reply.
    candidates: ['button[aria-label^="Stop"]'],
    counts: {},
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['button[aria-label="Regenerate"]', 'button[aria-label="Like"]'],
    counts: {},
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

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
    counts: { 'grok/rs-five-pairs.html': 10, 'grok/rs-two-pairs.html': 4 },
  },
  userMessage: {
    name: 'user message',
    candidates: ['div[id^="response-"].items-end', '.message-bubble.rounded-br-lg'],
    counts: { 'grok/rs-five-pairs.html': 5, 'grok/rs-two-pairs.html': 2 },
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['div[id^="response-"].items-start', '.message-bubble:not(.rounded-br-lg)'],
    counts: { 'grok/rs-five-pairs.html': 5, 'grok/rs-two-pairs.html': 2 },
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['.response-content-markdown', '.markdown'],
    counts: { 'grok/rs-five-pairs.html': 10, 'grok/rs-two-pairs.html': 4 },
  },
  reasoning: {
    name: 'reasoning block',
    candidates: ['.thinking-container'],
    counts: { 'grok/rs-five-pairs.html': 2, 'grok/rs-two-pairs.html': 0 },
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['[data-testid="code-block"]'],
    counts: { 'grok/rs-five-pairs.html': 8, 'grok/rs-two-pairs.html': 0 },
    optional: true,
  },
  modelLabel: {
    name: 'model selector',
    candidates: ['button[aria-label="Model select"]', '#model-select-trigger'],
    counts: { 'grok/rs-five-pairs.html': 1, 'grok/rs-two-pairs.html': 0 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    // Assumed: no saved page shows Grok mid-reply.
    candidates: ['button[aria-label^="Stop"]'],
    counts: { 'grok/rs-five-pairs.html': 0, 'grok/rs-two-pairs.html': 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['button[aria-label="Regenerate"]', 'button[aria-label="Like"]'],
    counts: { 'grok/rs-five-pairs.html': 5, 'grok/rs-two-pairs.html': 2 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

/**
 * Gemini (gemini.google.com). Angular custom elements (`user-query`, `model-response`, `message-content`)
 * are the stable hooks; class names inside them change more often. The model picker shows a mode
 * ("Flash", "Pro", "Thinking"), not a model id.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  turn: {
    name: 'conversation turn',
    candidates: ['.conversation-container'],
    counts: {},
    optional: true,
  },
  userMessage: {
    name: 'user message',
    candidates: ['user-query', '.user-query-bubble-with-background'],
    counts: {},
  },
  userText: {
    name: 'user text',
    candidates: ['.query-text', 'user-query-content'],
    counts: {},
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['model-response', '[id^="model-response-message-content"]'],
    counts: {},
  },
  messageContent: {
    name: 'message content id',
    candidates: ['[id^="message-content-id-"]'],
    counts: {},
    optional: true,
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['message-content .markdown', '.model-response-text', 'message-content'],
    counts: {},
  },
  reasoning: {
    name: 'reasoning block',
    candidates: ['model-thoughts', '.thoughts-container'],
    counts: {},
    optional: true,
  },
  sources: {
    name: 'sources list',
    candidates: ['sources-list'],
    counts: {},
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['code-block'],
    counts: {},
    optional: true,
  },
  modelLabel: {
    name: 'mode picker',
    candidates: [
      '[data-test-id="bard-mode-menu-button"] [data-test-id="logo-pill-label-container"]',
      '[data-test-id="bard-mode-menu-button"] .picker-primary-text',
    ],
    counts: {},
    optional: true,
  },
  busyMarker: {
    name: 'busy marker',
    candidates: ['[aria-busy="true"]', '[role="progressbar"]', '.mat-mdc-progress-spinner'],
    counts: {},
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[data-test-id*="stop"]', 'button[aria-label*="Stop"]'],
    counts: {},
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['[data-test-id="copy-button"]', '[data-test-id="more-menu-button"]', 'mat-icon[fonticon="thumb_up"]'],
    counts: {},
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

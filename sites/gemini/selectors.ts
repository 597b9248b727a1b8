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
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
    optional: true,
  },
  userMessage: {
    name: 'user message',
    candidates: ['user-query', '.user-query-bubble-with-background'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
  },
  userText: {
    name: 'user text',
    candidates: ['.query-text', 'user-query-content'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['model-response', '[id^="model-response-message-content"]'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
  },
  messageContent: {
    name: 'message content id',
    candidates: ['[id^="message-content-id-"]'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
    optional: true,
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['message-content .markdown', '.model-response-text', 'message-content'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
  },
  reasoning: {
    name: 'reasoning block',
    candidates: ['model-thoughts', '.thoughts-container'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 0 },
    optional: true,
  },
  sources: {
    name: 'sources list',
    candidates: ['sources-list'],
    counts: { 'gemini/oa-chat-simple.html': 1, 'gemini/rs-three-pairs.html': 3 },
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['code-block'],
    counts: { 'gemini/oa-chat-simple.html': 0, 'gemini/rs-three-pairs.html': 0 },
    optional: true,
  },
  modelLabel: {
    name: 'mode picker',
    candidates: [
      '[data-test-id="bard-mode-menu-button"] [data-test-id="logo-pill-label-container"]',
      '[data-test-id="bard-mode-menu-button"] .picker-primary-text',
    ],
    counts: { 'gemini/oa-chat-simple.html': 1, 'gemini/rs-three-pairs.html': 0 },
    optional: true,
  },
  busyMarker: {
    name: 'busy marker',
    candidates: ['[aria-busy="true"]', '[role="progressbar"]', '.mat-mdc-progress-spinner'],
    counts: { 'gemini/oa-chat-simple.html': 0, 'gemini/rs-three-pairs.html': 0 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[data-test-id*="stop"]', 'button[aria-label*="Stop"]'],
    counts: { 'gemini/oa-chat-simple.html': 0, 'gemini/rs-three-pairs.html': 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['[data-test-id="copy-button"]', '[data-test-id="more-menu-button"]', 'mat-icon[fonticon="thumb_up"]'],
    counts: { 'gemini/oa-chat-simple.html': 3, 'gemini/rs-three-pairs.html': 3 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

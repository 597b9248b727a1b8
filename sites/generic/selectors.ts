/**
 * The catch-all reader for chat UIs SpecLens has no adapter for (user-added self-hosted origins). It
 * tries the conventions chat UIs share, most explicit first: role data attributes, ARIA articles or
 * groups whose label names the author, then role class names. Counts are for saved pages of apps that
 * have their own adapter, read here as an unknown app would be.
 */
import type { SelectorSpec } from '../types';

const OWU = 'openwebui/chat-finished.html';
const OWU_STREAMING = 'openwebui/chat-streaming.html';
const LIBRECHAT = 'librechat/chat-finished.html';
const LIBRECHAT_STREAMING = 'librechat/chat-streaming.html';
const HUGGINGCHAT = 'huggingchat/chat-finished.html';
const HUGGINGCHAT_STREAMING = 'huggingchat/chat-streaming.html';

/** Attributes whose value names a message's author; the order is the order they are read in. */
export const ROLE_ATTRIBUTES = ['data-message-author-role', 'data-message-role', 'data-message-type', 'data-role', 'data-author'] as const;

/** Element-id prefixes in front of a message id (`message-{id}`). */
export const MESSAGE_ID_PREFIXES = ['message-', 'msg-'] as const;

/** Attributes some UIs put the answering model in. */
export const MODEL_ATTRIBUTES = ['data-message-model-slug', 'data-model', 'data-model-name', 'data-model-id'] as const;

export const SELECTORS = {
  roleAttribute: {
    name: 'element with a role data attribute',
    candidates: [ROLE_ATTRIBUTES.map((name) => `[${name}]`).join(', ')],
    counts: { [OWU]: 0, [OWU_STREAMING]: 0, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 0, [HUGGINGCHAT]: 4, [HUGGINGCHAT_STREAMING]: 4 },
    optional: true,
  },
  labelledMessage: {
    name: 'article or group labelled with its author',
    candidates: ['[role="article"][aria-label], [role="group"][aria-label], [role="listitem"][aria-label]'],
    counts: { [OWU]: 0, [OWU_STREAMING]: 0, [LIBRECHAT]: 2, [LIBRECHAT_STREAMING]: 2, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 0 },
    optional: true,
  },
  userClass: {
    name: 'user message class',
    candidates: [
      '.user-message, .user-msg, .message-user, .chat-user, .user-turn, .human-message, .human-turn, .message-human, .user-bubble, .user-query',
    ],
    counts: { [OWU]: 4, [OWU_STREAMING]: 2, [LIBRECHAT]: 1, [LIBRECHAT_STREAMING]: 1, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 0 },
    optional: true,
  },
  assistantClass: {
    name: 'assistant message class',
    candidates: [
      '.assistant-message, .assistant-msg, .message-assistant, .chat-assistant, .assistant-turn, .agent-turn, .bot-message, .message-bot, .ai-message, .message-ai, .bot-turn, .response-message',
    ],
    counts: { [OWU]: 2, [OWU_STREAMING]: 1, [LIBRECHAT]: 1, [LIBRECHAT_STREAMING]: 1, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 0 },
    optional: true,
  },
  messageId: {
    name: 'message id attribute',
    candidates: ['[data-message-id]', `${MESSAGE_ID_PREFIXES.map((prefix) => `[id^="${prefix}"]`).join(', ')}`],
    counts: { [OWU]: 4, [OWU_STREAMING]: 2, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 0, [HUGGINGCHAT]: 4, [HUGGINGCHAT_STREAMING]: 4 },
    optional: true,
  },
  preservedText: {
    name: 'text whose line breaks matter',
    candidates: ['.whitespace-break-spaces, [style*="white-space: break-spaces"]'],
    counts: { [OWU]: 0, [OWU_STREAMING]: 0, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 0, [HUGGINGCHAT]: 2, [HUGGINGCHAT_STREAMING]: 2 },
    optional: true,
  },
  body: {
    name: 'rendered message body',
    candidates: [
      '.markdown, .prose, .markdown-prose, .markdown-body, .message-content, [data-testid="message-body"], [data-message-part-type="answer"]',
    ],
    counts: { [OWU]: 6, [OWU_STREAMING]: 3, [LIBRECHAT]: 4, [LIBRECHAT_STREAMING]: 4, [HUGGINGCHAT]: 3, [HUGGINGCHAT_STREAMING]: 2 },
    optional: true,
  },
  chrome: {
    name: 'reasoning, citation or status chrome',
    candidates: [
      '[data-exclude-from-copy], [data-message-part-type="reasoning"], details[type="reasoning"], [class*="reasoning" i], [class*="thinking" i], [class*="citation" i], [data-testid*="citation" i], [class*="status" i], time, nav',
    ],
    counts: { [OWU]: 2, [OWU_STREAMING]: 1, [LIBRECHAT]: 5, [LIBRECHAT_STREAMING]: 1, [HUGGINGCHAT]: 2, [HUGGINGCHAT_STREAMING]: 1 },
    optional: true,
  },
  copyButton: {
    name: 'copy button',
    candidates: [
      'button[aria-label*="copy" i], button[title*="copy" i], button[data-testid*="copy" i], button[class*="copy" i], [aria-label*="copy" i] > button',
    ],
    counts: { [OWU]: 4, [OWU_STREAMING]: 0, [LIBRECHAT]: 3, [LIBRECHAT_STREAMING]: 0, [HUGGINGCHAT]: 3, [HUGGINGCHAT_STREAMING]: 1 },
    optional: true,
  },
  pageChrome: {
    name: 'composer or navigation',
    candidates: ['textarea, [contenteditable="true"], nav, form, aside, header'],
    counts: { [OWU]: 3, [OWU_STREAMING]: 3, [LIBRECHAT]: 3, [LIBRECHAT_STREAMING]: 3, [HUGGINGCHAT]: 3, [HUGGINGCHAT_STREAMING]: 3 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: [
      'button[aria-label*="stop" i], [role="button"][aria-label*="stop" i], button[data-testid*="stop" i], button[title*="stop" i], button[class*="stop" i], [aria-label*="stop" i] > button',
    ],
    counts: { [OWU]: 0, [OWU_STREAMING]: 1, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 1, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 1 },
    optional: true,
  },
  streamingMarker: {
    name: 'streaming marker',
    candidates: ['[data-is-streaming="true"], [data-streaming="true"], [aria-busy="true"], .result-streaming'],
    counts: { [OWU]: 0, [OWU_STREAMING]: 0, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 1, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 0 },
    optional: true,
  },
  modelAttribute: {
    name: 'model data attribute',
    candidates: [MODEL_ATTRIBUTES.map((name) => `[${name}]`).join(', ')],
    counts: { [OWU]: 0, [OWU_STREAMING]: 0, [LIBRECHAT]: 0, [LIBRECHAT_STREAMING]: 0, [HUGGINGCHAT]: 0, [HUGGINGCHAT_STREAMING]: 0 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

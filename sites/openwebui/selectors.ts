/**
 * Open WebUI (self-hosted, any origin). Each message row is `div#message-{id}`; the content column is
 * `.chat-user` or `.chat-assistant` (from `chat-{message.role}` in the Svelte components), the model
 * name sits in the reply's Name header, and the action bar (`.buttons`) is filled only once
 * `message.done`. Reasoning, tool calls and sources render as Collapsibles: a root whose first child is
 * the clickable header. Counts are for the hand-built pages in tests/fixtures/sites/openwebui/.
 */
import type { SelectorSpec } from '../types';

/** A message row's element id is this prefix and the message id. */
export const ROW_ID_PREFIX = 'message-';

const FINISHED = 'openwebui/chat-finished.html';
const STREAMING = 'openwebui/chat-streaming.html';

export const SELECTORS = {
  userTurn: {
    name: 'user message',
    candidates: ['.chat-user', `.user-message[id^="${ROW_ID_PREFIX}"]`],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  assistantTurn: {
    name: 'assistant message',
    candidates: ['.chat-assistant', `div[id^="${ROW_ID_PREFIX}"]:not(.user-message) .markdown-prose`],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  messageRow: {
    name: 'message row',
    candidates: [`div[id^="${ROW_ID_PREFIX}"]`],
    counts: { [FINISHED]: 4, [STREAMING]: 2 },
  },
  modelName: {
    name: 'model name header',
    candidates: ['.font-semibold > [aria-label] > span.line-clamp-1', '.font-semibold span.line-clamp-1'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  modelSelector: {
    name: 'model selector',
    candidates: ['#model-selector-0-button', 'button[aria-label="Select a model"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
  collapsible: {
    name: 'reasoning, tool or sources block',
    candidates: ['div:has(> div.cursor-pointer)', '[id^="collapsible-"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  status: {
    name: 'status line',
    candidates: ['.status-description'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['div[dir="ltr"]:has(> pre)'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply action buttons',
    candidates: ['.buttons .copy-response-button', '.buttons button'],
    counts: { [FINISHED]: 2, [STREAMING]: 0 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['[aria-label="Stop"] > button', 'button[aria-label*="stop" i]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
  appMarker: {
    name: 'Open WebUI page marker',
    candidates: ['meta[name="apple-mobile-web-app-title"][content="Open WebUI"]', '#chat-container #messages-container'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

/**
 * huggingface.co/chat (huggingface/chat-ui). Turns carry `data-message-id`; the assistant's role is
 * `data-message-role`, the user's `data-message-type`. Reasoning and tool blocks are marked
 * `data-exclude-from-copy`; the routed model links to `/chat/settings/{model}` under the reply, and
 * the composer footer links the conversation's model the same way.
 * Counts are for the hand-built pages in tests/fixtures/sites/huggingchat/.
 */
import type { SelectorSpec } from '../types';

const FINISHED = 'huggingchat/chat-finished.html';
const STREAMING = 'huggingchat/chat-streaming.html';

export const SELECTORS = {
  userTurn: {
    name: 'user message',
    candidates: ['[data-message-type="user"][data-message-id]', '[data-message-role="user"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 2 },
  },
  assistantTurn: {
    name: 'assistant message',
    candidates: ['[data-message-role="assistant"][data-message-id]', '[data-message-type="assistant"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 2 },
  },
  userText: {
    name: 'prompt text',
    candidates: ['.whitespace-break-spaces'],
    counts: { [FINISHED]: 2, [STREAMING]: 2 },
    optional: true,
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['.prose'],
    counts: { [FINISHED]: 3, [STREAMING]: 2 },
  },
  excluded: {
    name: 'reasoning or tool block',
    candidates: ['[data-exclude-from-copy]'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  modelLink: {
    name: 'model link',
    candidates: ['a[href*="/chat/settings/"]', 'a[href*="/settings/"]'],
    counts: { [FINISHED]: 3, [STREAMING]: 2 },
    optional: true,
  },
  replyActions: {
    name: 'reply action buttons',
    candidates: ['button[title="Retry"]', 'button[title="+1"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  stopButton: {
    name: 'stop generating button',
    candidates: ['button.stop-generating-btn', 'button[aria-label="Stop generating"]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
  loading: {
    name: 'loading indicator',
    candidates: ['.loading'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

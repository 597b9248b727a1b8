/**
 * LibreChat (self-hosted, any origin). Every message is a `.message-render[role="group"]` whose `id` is
 * the message id; its column is `.user-turn` or `.agent-turn` and holds `[data-testid="message-body"]`.
 * An agent turn's `h2` names the model or endpoint label (after a screen-reader prefix). Hover buttons
 * are withheld from the latest message while it is submitting.
 * Counts are for the hand-built pages in tests/fixtures/sites/librechat/.
 */
import type { SelectorSpec } from '../types';

const FINISHED = 'librechat/chat-finished.html';
const STREAMING = 'librechat/chat-streaming.html';

export const SELECTORS = {
  messageRow: {
    name: 'message row',
    candidates: ['.message-render[role="group"]', '[role="group"][id]:has(> .user-turn), [role="group"][id]:has(> .agent-turn)'],
    counts: { [FINISHED]: 2, [STREAMING]: 2 },
  },
  userTurn: {
    name: 'user message body',
    candidates: ['.user-turn [data-testid="message-body"]', '.user-turn'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
  },
  assistantTurn: {
    name: 'assistant message body',
    candidates: ['.agent-turn [data-testid="message-body"]', '.agent-turn'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
  },
  modelLabel: {
    name: 'model label',
    candidates: ['.agent-turn > h2'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
  modelLabelTime: {
    name: 'time in the model label',
    candidates: ['.agent-turn > h2 time'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  modelSelector: {
    name: 'model selector',
    candidates: ['button[aria-label="Select a model"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
  thinking: {
    name: 'thinking block',
    candidates: ['[class~="group/thinking-container"]', '[class*="thinking-container"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply hover buttons',
    candidates: ['button.hover-button[title="Copy to clipboard"]', 'button.hover-button'],
    counts: { [FINISHED]: 2, [STREAMING]: 0 },
    optional: true,
  },
  streamingMarkdown: {
    name: 'streaming markdown',
    candidates: ['.result-streaming'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[data-testid="stop-generation-button"]', 'button[aria-label*="stop" i]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
  appMarker: {
    name: 'LibreChat composer',
    candidates: ['textarea#prompt-textarea[data-testid="text-input"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

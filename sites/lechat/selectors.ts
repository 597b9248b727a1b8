/**
 * chat.mistral.ai (Le Chat). Turns carry `data-message-author-role` and `data-message-id`; a reply is
 * split into typed parts (`data-message-part-type`: reasoning, answer, tool calls), so the reply text is
 * its answer parts. The per-reply action bar sits after the message, not inside it.
 * Counts are for the hand-built pages in tests/fixtures/sites/lechat/.
 */
import type { SelectorSpec } from '../types';

const FINISHED = 'lechat/chat-finished.html';
const STREAMING = 'lechat/chat-streaming.html';

export const SELECTORS = {
  userTurn: {
    name: 'user message',
    candidates: ['[data-message-author-role="user"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  assistantTurn: {
    name: 'assistant message',
    candidates: ['[data-message-author-role="assistant"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  answer: {
    name: 'answer part',
    candidates: ['[data-message-part-type="answer"]', '[data-testid="text-message-part"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  reasoning: {
    name: 'reasoning part',
    candidates: ['[data-message-part-type="reasoning"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['[data-testid="code-block"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  replyActions: {
    name: 'reply action buttons',
    candidates: ['button[aria-label="Copy to clipboard"]', 'button[aria-label="Rewrite"]'],
    counts: { [FINISHED]: 3, [STREAMING]: 0 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[aria-label*="stop" i]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

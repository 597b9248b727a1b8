/**
 * chat.deepseek.com. The thread is a virtual list (only rows near the viewport are mounted) of
 * `.ds-message` blocks; DeepSeek ships no role attribute, so roles come from a hashed row class
 * (`._9663006`, changed about every six months) with the structure (a reply holds `.ds-markdown`) as
 * the fallback. The answer is the `.ds-markdown` outside the `.ds-think-content` reasoning block.
 * Counts are for the hand-built pages in tests/fixtures/sites/deepseek/.
 */
import type { SelectorSpec } from '../types';

const FINISHED = 'deepseek/chat-finished.html';
const STREAMING = 'deepseek/chat-streaming.html';

export const SELECTORS = {
  thread: {
    name: 'message list',
    candidates: ['.ds-virtual-list-visible-items', '.ds-virtual-list'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
  },
  userTurn: {
    name: 'user message',
    candidates: ['._9663006 > .ds-message', '.ds-message:not(:has(.ds-markdown, .ds-think-content))'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  assistantTurn: {
    name: 'assistant message',
    candidates: ['.ds-message:has(.ds-markdown, .ds-think-content)'],
    counts: { [FINISHED]: 2, [STREAMING]: 2 },
  },
  answer: {
    name: 'answer markdown',
    candidates: ['.ds-markdown'],
    counts: { [FINISHED]: 4, [STREAMING]: 3 },
  },
  reasoning: {
    name: 'thinking block',
    candidates: ['.ds-think-content', '.e1675d8b'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  codeBanner: {
    name: 'code block banner',
    candidates: ['.md-code-block-banner-wrap', '.md-code-block-banner'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  codeBlock: {
    name: 'code block',
    candidates: ['.md-code-block'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  codeLanguage: {
    name: 'code block language',
    candidates: ['.md-code-block-banner .d813de27', '.md-code-block-banner span'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  row: {
    name: 'virtual list row',
    candidates: ['[data-virtual-list-item-key]'],
    counts: { [FINISHED]: 4, [STREAMING]: 3 },
    optional: true,
  },
  replyActions: {
    name: 'reply action buttons',
    candidates: ['.ds-message ~ .ds-flex .ds-icon-button', '.ds-message ~ * [role="button"]'],
    counts: { [FINISHED]: 11, [STREAMING]: 3 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['[role="button"][aria-label*="stop" i]', 'button[aria-label*="stop" i]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

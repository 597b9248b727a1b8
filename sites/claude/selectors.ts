/**
 * Claude (claude.ai). `data-is-streaming` on the reply container is the most stable hook and doubles as
 * the busy marker; the `.font-claude-response` class replaced `.font-claude-message` during 2025-2026.
 * The artifact side panel (`#markdown-artifact`) carries the reply font class too and is never a turn.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  turn: {
    name: 'conversation turn',
    candidates: ['[data-test-render-count]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 14,
      'claude/rs-artifact-reply.html': 1,
      'claude/rs-codeblock-reply.html': 1,
    },
    optional: true,
  },
  userMessage: {
    name: 'user message',
    candidates: ['[data-testid="user-message"]', '[data-user-message-bubble]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 7,
      'claude/rs-artifact-reply.html': 0,
      'claude/rs-codeblock-reply.html': 0,
    },
  },
  assistantMessage: {
    name: 'assistant turn',
    candidates: ['[data-is-streaming]', '.font-claude-response:not(#markdown-artifact)', '.font-claude-message'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 7,
      'claude/rs-artifact-reply.html': 1,
      'claude/rs-codeblock-reply.html': 1,
    },
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['.standard-markdown', '.progressive-markdown', '.font-claude-response', '.font-claude-message'],
    counts: {
      'claude/oa-artifact-panel.html': 1,
      'claude/oa-chat-simple.html': 9,
      'claude/rs-artifact-reply.html': 1,
      'claude/rs-codeblock-reply.html': 1,
    },
  },
  codeBlock: {
    name: 'code block',
    candidates: ['[class~="group/copy"]:has(pre)'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 0,
      'claude/rs-artifact-reply.html': 0,
      'claude/rs-codeblock-reply.html': 1,
    },
    optional: true,
  },
  artifact: {
    name: 'artifact card',
    candidates: ['.artifact-block-cell', '#markdown-artifact'],
    counts: {
      'claude/oa-artifact-panel.html': 1,
      'claude/oa-chat-simple.html': 3,
      'claude/rs-artifact-reply.html': 1,
      'claude/rs-codeblock-reply.html': 0,
    },
    optional: true,
  },
  modelLabel: {
    name: 'model selector',
    candidates: ['[data-testid="model-selector-dropdown"] .whitespace-nowrap', '[data-testid="model-selector-dropdown"]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 1,
      'claude/rs-artifact-reply.html': 0,
      'claude/rs-codeblock-reply.html': 0,
    },
    optional: true,
  },
  streaming: {
    name: 'streaming reply',
    candidates: ['[data-is-streaming="true"]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 0,
      'claude/rs-artifact-reply.html': 0,
      'claude/rs-codeblock-reply.html': 0,
    },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[aria-label="Stop response"]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 0,
      'claude/rs-artifact-reply.html': 0,
      'claude/rs-codeblock-reply.html': 0,
    },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['[data-testid="action-bar-copy"]', 'button[aria-label="Give positive feedback"]', 'button[aria-label="Retry"]'],
    counts: {
      'claude/oa-artifact-panel.html': 0,
      'claude/oa-chat-simple.html': 14,
      'claude/rs-artifact-reply.html': 1,
      'claude/rs-codeblock-reply.html': 1,
    },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

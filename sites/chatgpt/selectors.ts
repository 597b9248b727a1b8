/**
 * ChatGPT (chatgpt.com, chat.openai.com). Two page generations are live at once:
 * - Gen A (until 2026-08): `[data-testid^="conversation-turn-"]` turns (`<section>`, `<article>` before
 *   2026-03) with `data-message-author-role` messages, `.markdown` bodies and a `data-message-model-slug`.
 * - Gen B (measured 2026-09-26): `div[data-turn-key]` holds a prompt and its answer; the answer unit is
 *   marked by `h4.sr-only[data-conversation-role="assistant"]` and its body is
 *   `[data-markdown-text-style="assistant-message"]`. No role, message-id or model attributes remain.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  turn: {
    name: 'conversation turn',
    candidates: ['[data-turn-key]', '[data-testid^="conversation-turn-"]'],
    counts: {
      'chatgpt/defuddle-citations.html': 2,
      'chatgpt/defuddle-post-thought.html': 2,
      'chatgpt/gen-b-hand-built.html': 3,
      'chatgpt/oa-chat-code.html': 2,
      'chatgpt/oa-chat-simple.html': 11,
      'chatgpt/rs-five-pairs.html': 10,
      'chatgpt/rs-python-code.html': 2,
      'chatgpt/rs-two-pairs.html': 4,
    },
  },
  userMessage: {
    name: 'user message',
    candidates: ['[data-message-author-role="user"]', '[data-user-message-bubble]'],
    counts: {
      'chatgpt/defuddle-citations.html': 1,
      'chatgpt/defuddle-post-thought.html': 1,
      'chatgpt/gen-b-hand-built.html': 3,
      'chatgpt/oa-chat-code.html': 1,
      'chatgpt/oa-chat-simple.html': 5,
      'chatgpt/rs-five-pairs.html': 5,
      'chatgpt/rs-python-code.html': 1,
      'chatgpt/rs-two-pairs.html': 2,
    },
  },
  assistantMessage: {
    name: 'assistant message',
    candidates: [
      '[data-message-author-role="assistant"]',
      '[data-chatgpt-search-message-ids]:has(> [data-conversation-role="assistant"])',
    ],
    counts: {
      'chatgpt/defuddle-citations.html': 1,
      'chatgpt/defuddle-post-thought.html': 2,
      'chatgpt/gen-b-hand-built.html': 3,
      'chatgpt/oa-chat-code.html': 1,
      'chatgpt/oa-chat-simple.html': 6,
      'chatgpt/rs-five-pairs.html': 5,
      'chatgpt/rs-python-code.html': 1,
      'chatgpt/rs-two-pairs.html': 2,
    },
  },
  answerUnit: {
    name: 'answer unit ids',
    candidates: ['[data-chatgpt-search-message-ids]'],
    counts: {
      'chatgpt/defuddle-citations.html': 0,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 6,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 0,
      'chatgpt/rs-five-pairs.html': 0,
      'chatgpt/rs-python-code.html': 0,
      'chatgpt/rs-two-pairs.html': 0,
    },
    optional: true,
  },
  markdown: {
    name: 'rendered markdown',
    candidates: ['[data-markdown-text-style="assistant-message"]', '.markdown'],
    counts: {
      'chatgpt/defuddle-citations.html': 1,
      'chatgpt/defuddle-post-thought.html': 2,
      'chatgpt/gen-b-hand-built.html': 3,
      'chatgpt/oa-chat-code.html': 1,
      'chatgpt/oa-chat-simple.html': 6,
      'chatgpt/rs-five-pairs.html': 5,
      'chatgpt/rs-python-code.html': 1,
      'chatgpt/rs-two-pairs.html': 2,
    },
  },
  modelSlug: {
    name: 'model slug',
    candidates: ['[data-message-model-slug]'],
    counts: {
      'chatgpt/defuddle-citations.html': 0,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 0,
      'chatgpt/oa-chat-code.html': 1,
      'chatgpt/oa-chat-simple.html': 5,
      'chatgpt/rs-five-pairs.html': 5,
      'chatgpt/rs-python-code.html': 1,
      'chatgpt/rs-two-pairs.html': 2,
    },
    optional: true,
  },
  citation: {
    name: 'citation pill',
    candidates: ['[data-testid="webpage-citation-pill"]', '[data-testid$="citation-pill"]'],
    counts: {
      'chatgpt/defuddle-citations.html': 9,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 1,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 32,
      'chatgpt/rs-five-pairs.html': 2,
      'chatgpt/rs-python-code.html': 0,
      'chatgpt/rs-two-pairs.html': 2,
    },
    optional: true,
  },
  imageWidget: {
    name: 'image widget',
    candidates: ['[class~="group/search-image"]'],
    counts: {
      'chatgpt/defuddle-citations.html': 0,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 0,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 0,
      'chatgpt/rs-five-pairs.html': 8,
      'chatgpt/rs-python-code.html': 0,
      'chatgpt/rs-two-pairs.html': 0,
    },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['[data-testid="stop-button"]', 'button[aria-label="Stop streaming"]'],
    counts: {
      'chatgpt/defuddle-citations.html': 0,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 0,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 0,
      'chatgpt/rs-five-pairs.html': 0,
      'chatgpt/rs-python-code.html': 0,
      'chatgpt/rs-two-pairs.html': 0,
    },
    optional: true,
  },
  streamingMarker: {
    name: 'streaming marker',
    candidates: ['.result-streaming', '.result-thinking'],
    counts: {
      'chatgpt/defuddle-citations.html': 0,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 0,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 0,
      'chatgpt/rs-five-pairs.html': 0,
      'chatgpt/rs-python-code.html': 0,
      'chatgpt/rs-two-pairs.html': 0,
    },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: [
      '[data-testid="good-response-turn-action-button"]',
      '[data-testid="bad-response-turn-action-button"]',
      '[aria-label="Response actions"]',
      '[data-testid="copy-turn-action-button"]',
    ],
    counts: {
      'chatgpt/defuddle-citations.html': 2,
      'chatgpt/defuddle-post-thought.html': 0,
      'chatgpt/gen-b-hand-built.html': 3,
      'chatgpt/oa-chat-code.html': 0,
      'chatgpt/oa-chat-simple.html': 6,
      'chatgpt/rs-five-pairs.html': 5,
      'chatgpt/rs-python-code.html': 1,
      'chatgpt/rs-two-pairs.html': 2,
    },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

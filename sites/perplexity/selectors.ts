/**
 * Perplexity (www.perplexity.ai), the site whose markup changes most often. Until 2026-07 the answer sat
 * in `div[id^="markdown-content-"]`; a 2026-08 rollout keeps that div as an empty placeholder and mounts
 * the answer beside it. The answer prose (`.prose.dark:prose-invert.inline`) has the same classes in both
 * layouts, so it comes first although the id pattern looks more stable. Deep Research report cards nest
 * their own inline prose, read as part of the reply.
 * Candidates run from the most stable hook to the least; counts are per saved page under tests/fixtures/sites/.
 */
import type { SelectorSpec } from '../types';

export const SELECTORS = {
  userMessage: {
    name: 'user query',
    candidates: ['[class~="group/query"]'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 2,
      'perplexity/oa-chat-simple.html': 3,
      'perplexity/oa-deep-research.html': 1,
    },
  },
  userText: {
    name: 'user query text',
    candidates: ['span.select-text'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 2,
      'perplexity/oa-chat-simple.html': 3,
      'perplexity/oa-deep-research.html': 1,
    },
    optional: true,
  },
  assistantMessage: {
    name: 'answer',
    candidates: ['.prose.dark\\:prose-invert.inline', '.prose.inline', 'div[id^="markdown-content-"]'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 2,
      'perplexity/oa-chat-simple.html': 3,
      'perplexity/oa-deep-research.html': 2,
    },
  },
  citation: {
    name: 'citation',
    candidates: ['span.citation', '[data-pplx-citation-url]', '.citation-nbsp'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 2,
      'perplexity/oa-chat-simple.html': 1,
      'perplexity/oa-deep-research.html': 30,
    },
    optional: true,
  },
  modelButton: {
    name: 'model button',
    candidates: ['button[aria-label="Choose a model"]'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 1,
      'perplexity/oa-chat-simple.html': 1,
      'perplexity/oa-deep-research.html': 0,
    },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[aria-label*="stop" i]'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 0,
      'perplexity/oa-chat-simple.html': 0,
      'perplexity/oa-deep-research.html': 0,
    },
    optional: true,
  },
  replyActions: {
    name: 'reply actions',
    candidates: ['button[aria-label="Helpful"]', 'button[aria-label="Rewrite"]', 'button[aria-label="Copy"]'],
    counts: {
      'perplexity/layout-2026-08-hand-built.html': 2,
      'perplexity/oa-chat-simple.html': 3,
      'perplexity/oa-deep-research.html': 1,
    },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

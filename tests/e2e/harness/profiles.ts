/**
 * The saved pages the end-to-end tests stream replies into, and how each site streams: which element
 * grows, which marker says "busy", which action bar appears only at the end. The busy markers and
 * action bars are the ones the site adapters read (sites/<site>/done.ts), set the way the sites do.
 */
import type { SiteId } from '../../../sites/types';

export type BusyMarker =
  /** A stop button appears in the last `parent` match while the reply streams (DeepSeek, Gemini). */
  | { kind: 'insert'; parent: string; html: string }
  /** An attribute of the last `selector` match reads `on` while streaming (Claude's data-is-streaming). */
  | { kind: 'attribute'; selector: string; name: string; on: string }
  /** The last `selector` match (a send button) is replaced by `html` (a stop button) while streaming (ChatGPT). */
  | { kind: 'replace'; selector: string; html: string };

export interface StreamProfile {
  /** Test name, e.g. "chatgpt". */
  name: string;
  site: SiteId;
  /** Path under tests/fixtures/sites/; the page is served under its `saved from url` address. */
  fixture: string;
  /** The LAST match is the reply whose content is removed at load and streamed back in. */
  reply: string;
  /** The LAST match (the reply's action bar) is detached while the reply streams. */
  actions?: string;
  busy: BusyMarker;
}

export interface StreamPlan {
  chunks: number;
  gapMs: number;
  /** A pause (busy marker still on) longer than the watcher's quiet period, after this share of the chunks. */
  pauseAfter: number;
  pauseMs: number;
  /** Repeat the saved reply until it has at least this many characters (the benchmark streams 20 KB). */
  minChars?: number;
}

export const DEFAULT_PLAN: StreamPlan = { chunks: 60, gapMs: 40, pauseAfter: 0.5, pauseMs: 2500 };

export const PROFILES: readonly StreamProfile[] = [
  {
    name: 'chatgpt',
    site: 'chatgpt',
    fixture: 'chatgpt/rs-five-pairs.html',
    reply: '[data-message-author-role="assistant"]',
    actions: '[role="group"][aria-label="Response actions"]',
    busy: {
      kind: 'replace',
      selector: '[data-testid="send-button"]',
      html: '<button type="button" data-testid="stop-button" aria-label="Stop streaming" class="composer-submit-btn"></button>',
    },
  },
  {
    name: 'claude',
    site: 'claude',
    fixture: 'claude/oa-chat-simple.html',
    reply: '[data-is-streaming]',
    actions: '[role="group"][aria-label="Message actions"]',
    busy: { kind: 'attribute', selector: '[data-is-streaming]', name: 'data-is-streaming', on: 'true' },
  },
  {
    name: 'gemini',
    site: 'gemini',
    fixture: 'gemini/rs-three-pairs.html',
    reply: 'message-content .markdown',
    actions: 'message-actions',
    busy: {
      kind: 'insert',
      parent: '.send-button-container',
      html: '<button class="mdc-icon-button stop" aria-label="Stop response"></button>',
    },
  },
  {
    name: 'deepseek (hand-built page)',
    site: 'deepseek',
    fixture: 'deepseek/chat-finished.html',
    reply: '.ds-message:has(.ds-markdown)',
    actions: '.ds-flex._965abe9',
    busy: { kind: 'insert', parent: '.f02f0e25', html: '<div class="ds-icon-button" role="button" tabindex="0" aria-label="Stop generating"></div>' },
  },
];

/**
 * A self-hosted chat UI on an origin the user adds at run time (optional host permission, content
 * script registered by sites/self-hosted-origins.ts); the page is picked by its markup, not its host.
 */
export const SELF_HOSTED_PROFILE: StreamProfile = {
  name: 'open webui (self-hosted origin added at run time)',
  site: 'openwebui',
  fixture: 'openwebui/chat-finished.html',
  reply: '.chat-assistant',
  actions: '.buttons',
  busy: {
    kind: 'replace',
    selector: 'div[aria-label="Send message"]',
    html: '<div aria-label="Stop" class="flex"><button type="button" class="stop-button"></button></div>',
  },
};

/**
 * The contract between the content script (or the `speclens extract` CLI) and one chat site.
 * Adapters are plain TypeScript over the standard DOM API: no `browser.*`, so Node (happy-dom)
 * and the extension run the same code.
 */
import type { Exchange, Turn } from '../engine/types';

export type SiteId =
  | 'chatgpt'
  | 'claude'
  | 'gemini'
  | 'copilot'
  | 'perplexity'
  | 'grok'
  | 'deepseek'
  | 'lechat'
  | 'poe'
  | 'huggingchat'
  | 'openwebui'
  | 'librechat'
  | 'generic';

/**
 * One thing an adapter looks for, with fallbacks ordered by stability (data attributes and custom
 * elements first, test ids next, layout classes last). The first candidate that matches anything wins.
 */
export interface SelectorSpec {
  /** What it finds, in words ("assistant turn"); health events name it when nothing matched. */
  name: string;
  candidates: readonly string[];
  /**
   * How many elements the spec must match on each saved page, keyed by the fixture's path under
   * `tests/fixtures/sites/`. A test asserts every count, so a selector change shows up as a diff.
   */
  counts: Readonly<Record<string, number>>;
  /** Selectors the page can lack without the adapter being broken (a model label, a stop button). */
  optional?: boolean;
}

/** One chat turn as it sits on the page. */
export interface PageTurn {
  role: 'user' | 'assistant';
  /** The element whose text is the turn (several elements of one reply are merged by the adapter). */
  element: Element;
  /** The site's own stable message id, when the page has one. */
  messageId: string | null;
  /**
   * When one reply is split over several elements (text before and after a reasoning block, a report
   * card and its summary): all of them, in order, `element` being the first. Absent for one-element turns.
   */
  parts?: readonly Element[];
}

export interface SiteAdapter {
  id: SiteId;
  /** Human name shown in the UI ("ChatGPT"). */
  name: string;
  /** Whether this adapter reads pages at this address. */
  matches(url: URL): boolean;
  /** The conversation id from the URL; null for temporary chats and new-chat pages. */
  conversationId(url: URL): string | null;
  /** Every selector the adapter uses, by role name. Selectors live only in `sites/<site>/selectors.ts`. */
  selectors: Readonly<Record<string, SelectorSpec>>;
  /** The turns on the page (or under `root`), in conversation order. */
  findTurns(root: ParentNode): PageTurn[];
  /** Plain text of a turn: code blocks as Markdown fences; reasoning, citation chrome and screen-reader-only labels left out. */
  turnText(turn: PageTurn): string;
  /** The model name the page shows for this reply, when it shows one. */
  model(doc: Document, reply: PageTurn | null): string | null;
  /** The site's busy marker for this reply is on (stop button, `data-is-streaming="true"`, `aria-busy`). */
  isBusy(doc: Document, reply: PageTurn): boolean;
  /**
   * The reply's completion affordances (copy / like buttons) have appeared. Null when the site shows
   * none, so that the quiet period alone decides.
   */
  hasReplyActions(reply: PageTurn): boolean | null;
}

/** What one saved or live page holds, as `speclens extract` prints it. */
export interface PageExtraction {
  site: SiteId;
  url: string;
  conversationId: string | null;
  model: string | null;
  turns: Turn[];
  /** One exchange per assistant turn: the conversation up to and including that reply. */
  exchanges: Exchange[];
  /** Names of required selectors that matched nothing on the page (empty when the page reads fine). */
  missingSelectors: string[];
}

/**
 * poe.com. Poe styles with CSS modules, so every class ends in a build hash
 * (`Message_botMessageBubble__aYctV`); selectors match the stable prefix up to the `__`.
 * Human bubbles sit on the right, bot bubbles on the left; the side classes are the fallback.
 * Counts are for the hand-built pages in tests/fixtures/sites/poe/.
 */
import type { SelectorSpec } from '../types';

const FINISHED = 'poe/chat-finished.html';
const STREAMING = 'poe/chat-streaming.html';

export const SELECTORS = {
  userTurn: {
    name: 'human message bubble',
    candidates: ['[class*="Message_humanMessageBubble__"]', '[class*="Message_rightSideMessageBubble__"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  assistantTurn: {
    name: 'bot message bubble',
    candidates: ['[class*="Message_botMessageBubble__"]', '[class*="Message_leftSideMessageBubble__"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
  },
  markdown: {
    name: 'message markdown',
    candidates: ['[class*="Markdown_markdownContainer__"]'],
    counts: { [FINISHED]: 4, [STREAMING]: 2 },
  },
  codeLanguage: {
    name: 'code block language',
    candidates: ['[class*="MarkdownCodeBlock_languageName__"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  codeHeader: {
    name: 'code block header',
    candidates: ['[class*="MarkdownCodeBlock_codeHeader__"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 0 },
    optional: true,
  },
  messageRow: {
    name: 'chat message row',
    candidates: ['[class*="ChatMessage_chatMessage__"]'],
    counts: { [FINISHED]: 4, [STREAMING]: 2 },
    optional: true,
  },
  replyBotName: {
    name: 'bot name on a reply',
    candidates: ['[class*="BotMessageHeader_botName__"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 1 },
    optional: true,
  },
  pageBotName: {
    name: 'bot name in the chat header',
    candidates: ['[class*="BotHeader_botName__"]', '[class*="BotHeader_title__"]'],
    counts: { [FINISHED]: 1, [STREAMING]: 1 },
    optional: true,
  },
  replyActions: {
    name: 'reply action bar',
    candidates: ['[class*="ChatMessageActionBar_actionBar__"]'],
    counts: { [FINISHED]: 2, [STREAMING]: 0 },
    optional: true,
  },
  stopButton: {
    name: 'stop button',
    candidates: ['button[class*="ChatStopMessageButton"]', 'button[aria-label*="stop" i]'],
    counts: { [FINISHED]: 0, [STREAMING]: 1 },
    optional: true,
  },
} as const satisfies Record<string, SelectorSpec>;

/** Helpers shared by the part-B adapters (DeepSeek, Le Chat, Poe, HuggingChat, self-hosted UIs). */
export { stripInlineThink } from './think';
export { ownRow, followingUntilTurn } from './rows';

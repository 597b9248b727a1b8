/**
 * Reasoning that a model writes inline as `<think>…</think>` (DeepSeek-R1 and Qwen-style models on
 * HuggingChat and self-hosted UIs). The UI escapes the tags and renders them as text, so they reach the
 * turn text; everything from `<think>` to its closing tag, or to the end while the tag is still open,
 * is reasoning and not part of the reply.
 */
const THINK_BLOCK = /<think>[\s\S]*?(?:<\/think>|$)/g;

/** The text with every inline `<think>` block removed (an unclosed one runs to the end). */
export function stripInlineThink(text: string): string {
  if (!text.includes('<think>')) return text;
  return text
    .replace(THINK_BLOCK, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** How the generic reader decides who wrote a message. */
import type { PageTurn } from '../types';

type Role = PageTurn['role'];

const USER_VALUE = /^(?:user|human|me|you|prompt|question)$/i;
const ASSISTANT_VALUE = /^(?:assistant|ai|bot|chatbot|model|agent|llm|gpt|answer|response)$/i;

/** The role named by a data attribute's value ("user", "assistant", "bot" …), or null (system, tool, unknown). */
export function roleFromValue(value: string | null): Role | null {
  const v = value?.trim() ?? '';
  if (USER_VALUE.test(v)) return 'user';
  if (ASSISTANT_VALUE.test(v)) return 'assistant';
  return null;
}

const USER_LABEL = /^(?:you|me|user|human)\b|\byou said\b|\buser message\b|\bfrom you\b/i;
const ASSISTANT_LABEL =
  /\b(?:assistant|ai|bot|chatbot|model|agent|response|answer|chatgpt|claude|gemini|copilot|grok|llama|mistral|qwen|deepseek)\b|\bsaid\b/i;

/** The role an accessible label names ("You said", "Copilot said", "Assistant message"), or null. */
export function roleFromLabel(label: string | null): Role | null {
  const text = label?.trim() ?? '';
  if (text === '') return null;
  if (USER_LABEL.test(text)) return 'user';
  if (ASSISTANT_LABEL.test(text)) return 'assistant';
  return null;
}

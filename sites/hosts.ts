/**
 * The chat sites SpecLens reads. These are the extension's only host permissions;
 * self-hosted chat UIs are added by the user at run time as optional permissions.
 */
export const SUPPORTED_HOST_PATTERNS = [
  'https://chatgpt.com/*',
  'https://chat.openai.com/*',
  'https://claude.ai/*',
  'https://gemini.google.com/*',
  'https://copilot.microsoft.com/*',
  'https://www.copilot.com/*',
  'https://www.perplexity.ai/*',
  'https://grok.com/*',
  'https://x.com/i/grok*',
  'https://chat.deepseek.com/*',
  'https://chat.mistral.ai/*',
  'https://poe.com/*',
  'https://huggingface.co/chat/*',
] as const;

/**
 * Every site adapter, in the order `adapterFor` tries them. Site-specific adapters first; a catch-all
 * adapter, if any, goes last. Add an adapter with one import and one list entry.
 */
import type { SiteAdapter } from './types';
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { gemini } from './gemini';
import { copilot } from './copilot';
import { perplexity } from './perplexity';
import { grok } from './grok';
import { deepseek } from './deepseek';
import { lechat } from './lechat';
import { poe } from './poe';
import { huggingchat } from './huggingchat';
import { openwebui } from './openwebui';
import { librechat } from './librechat';
import { generic } from './generic';

export const ADAPTERS: readonly SiteAdapter[] = [
  chatgpt,
  claude,
  gemini,
  copilot,
  perplexity,
  grok,
  deepseek,
  lechat,
  poe,
  huggingchat,
  // Self-hosted apps match no host (see sites/self-hosted.ts); listed for the selector and registry checks.
  openwebui,
  librechat,
  generic,
];

/** The adapter for a page address, or null when no adapter reads it. */
export function adapterFor(url: string | URL): SiteAdapter | null {
  let address: URL;
  try {
    address = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return ADAPTERS.find((adapter) => adapter.matches(address)) ?? null;
}

/** What the popup knows about the active tab: its origin, the site adapter that reads it and the conversation. */
import { adapterFor } from '../../sites/registry';
import { originOf } from '../../storage/capture-controls';

export interface CurrentPage {
  url: string;
  /** null for pages without an http(s) origin (new tab, browser pages). */
  origin: string | null;
  /** The site id, or null when no built-in adapter reads this address. */
  site: string | null;
  conversationId: string | null;
}

/** `url` is undefined when the browser does not reveal the tab's address (a site SpecLens has no access to). */
export function describePage(url: string | undefined): CurrentPage | null {
  if (!url) return null;
  const adapter = adapterFor(url);
  let conversationId: string | null = null;
  try {
    conversationId = adapter ? adapter.conversationId(new URL(url)) : null;
  } catch {
    conversationId = null;
  }
  return { url, origin: originOf(url), site: adapter?.id ?? null, conversationId };
}

/**
 * Self-hosted chat UIs run on origins the user adds at run time, so no adapter can claim them by host.
 * The page itself says which app it is.
 */
import type { SiteAdapter } from './types';
import { fingerprint as isOpenWebUI, openwebui } from './openwebui';
import { fingerprint as isLibreChat, librechat } from './librechat';
import { generic } from './generic';

/** Open WebUI or LibreChat when the page carries their markup, else the generic adapter. */
export function pickSelfHostedAdapter(doc: Document): SiteAdapter {
  if (isOpenWebUI(doc)) return openwebui;
  if (isLibreChat(doc)) return librechat;
  return generic;
}

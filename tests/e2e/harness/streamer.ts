/**
 * The page script that plays a site's streaming (streamer.page.js): at DOMContentLoaded, before the
 * content script runs at document_idle, it empties the last reply, detaches its action bar and turns
 * the busy marker on; `window.__speclensStreamer.stream(plan)` then grows the reply back element by
 * element and text chunk by text chunk, turns the busy marker off and re-attaches the actions. The
 * page ends byte-identical to the saved page, so a difference afterwards was made by someone else.
 */
import { readFileSync } from 'node:fs';
import type { StreamProfile } from './profiles';

const SOURCE = readFileSync(new URL('./streamer.page.js', import.meta.url), 'utf8');

export interface StreamerState {
  prepared: boolean;
  error: string | null;
  /** documentElement.outerHTML before the streamer touched anything. */
  original: string;
  streaming: boolean;
  finished: boolean;
}

/** Source of the init script for one profile. */
export function streamerScript(profile: StreamProfile): string {
  return SOURCE.replace('})(__SPECLENS_PROFILE__);', () => `})(${JSON.stringify(profile)});`);
}

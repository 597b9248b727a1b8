/** The sites the options page offers a capture switch for: every supported host, then the user's self-hosted origins. */
import { SUPPORTED_HOST_PATTERNS } from '../../sites/hosts';
import { adapterFor } from '../../sites/registry';

export interface SiteEntry {
  /** The origin the capture switch is keyed by (storage/capture-controls.ts). */
  origin: string;
  name: string;
  selfHosted: boolean;
}

/** One entry per origin of sites/hosts.ts, named by its adapter (`https://x.com/i/grok*` is Grok on x.com). */
export function supportedSites(): SiteEntry[] {
  const byOrigin = new Map<string, SiteEntry>();
  for (const pattern of SUPPORTED_HOST_PATTERNS) {
    const url = new URL(pattern.replace(/\*$/, ''));
    if (byOrigin.has(url.origin)) continue;
    byOrigin.set(url.origin, { origin: url.origin, name: adapterFor(url)?.name ?? url.hostname, selfHosted: false });
  }
  return [...byOrigin.values()];
}

/** Which adapter reads this page: a fixed site by its address, else a self-hosted origin the user added. */
import { isSelfHostedOrigin } from '../../sites/self-hosted-origins';
import { pickSelfHostedAdapter } from '../../sites/self-hosted';
import type { SiteAdapter } from '../../sites/types';

export async function pickAdapterForPage(
  location: Pick<Location, 'href' | 'origin'>,
  doc: Document,
  adapterFor: (url: string) => SiteAdapter | null,
  isAddedOrigin: (origin: string) => Promise<boolean> = isSelfHostedOrigin,
): Promise<SiteAdapter | null> {
  const fixed = adapterFor(location.href);
  if (fixed) return fixed;
  // The self-hosted script is registered for every port of a host; run only on the exact origin added.
  if (!(await isAddedOrigin(location.origin))) return null;
  return pickSelfHostedAdapter(doc);
}

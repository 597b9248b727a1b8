/**
 * The one content script of the chat sites (sites/hosts.ts) and of the self-hosted origins the user
 * added (registered at run time by sites/self-hosted-origins.ts). It only reads the page: it picks the
 * site adapter for the address and reports finished replies to the background. Nothing it does may
 * throw into the page.
 */
import { browser } from 'wxt/browser';
import { startInpageReviews } from '../../annotate';
import { startPageCapture } from '../../capture/page-capture';
import type { HealthEvent } from '../../capture/types';
import { CAPTURE_MESSAGE, HEALTH_MESSAGE, type CaptureRequest, type HealthRequest } from '../../messaging/capture-protocol';
import { gatedSend, liveCaptureControls } from '../../storage/capture-controls';
import { SUPPORTED_HOST_PATTERNS } from '../../sites/hosts';
import { adapterFor } from '../../sites/registry';
import type { SiteId } from '../../sites/types';
import { pickAdapterForPage } from './pick-adapter';

export default defineContentScript({
  matches: [...SUPPORTED_HOST_PATTERNS],
  runAt: 'document_idle',
  async main(ctx) {
    // The popup's pause and per-site switches: replies that finish while capture is off are not sent.
    const controls = await liveCaptureControls(browser.storage.local, browser.storage.onChanged).catch(() => null);
    const send = gatedSend((message: CaptureRequest | HealthRequest) => browser.runtime.sendMessage(message), controls, () => window.location.href, CAPTURE_MESSAGE);
    let site: SiteId = 'generic';
    try {
      const adapter = await pickAdapterForPage(window.location, window.document, adapterFor);
      if (!adapter || ctx.isInvalid) return;
      site = adapter.id;
      // Each stored reply gets its badge and review panel from the background's answer to the capture.
      const reviews = startInpageReviews(adapter);
      const capture = startPageCapture({ adapter, send: reviews.wrapSend(send) });
      ctx.onInvalidated(() => {
        capture.stop();
        reviews.stop();
      });
    } catch (error) {
      // Recorded for the user; never rethrown, so nothing reaches the page's console.
      const detail = `start: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000);
      const event: HealthEvent = { kind: 'content-script-error', site, url: window.location.href, missingSelectors: [], detail, at: new Date().toISOString() };
      send({ type: HEALTH_MESSAGE, event }).catch(() => undefined);
    }
  },
});

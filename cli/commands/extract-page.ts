/**
 * Loads a saved chat page into a DOM for `speclens extract`: happy-dom with scripts off and every
 * request answered locally, so reading a page never runs its code or touches the network.
 */

export interface LoadedPage {
  document: Document;
  /** Frees the DOM window (timers, listeners). */
  close(): Promise<void>;
}

/** What browsers write at the top of a saved page: `<!-- saved from url=(0042)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/** The address a page was saved from, when the browser recorded it. */
export function savedFromUrl(html: string): string | null {
  return SAVED_FROM.exec(html)?.[1] ?? null;
}

/** happy-dom is imported on first use, so `extract --help` and usage errors stay quick. */
export async function loadPage(html: string, url: string): Promise<LoadedPage> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: requester }) => new requester.Response(null, { status: 204 }),
          beforeSyncRequest: ({ request }) => ({
            status: 204,
            statusText: 'No Content',
            ok: true,
            url: request.url,
            redirected: false,
            headers: new window.Headers(),
            body: null,
          }),
        },
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html.replace(/^\uFEFF/, ''), 'text/html') as unknown as Document;
  return { document, close: () => window.happyDOM.close() };
}

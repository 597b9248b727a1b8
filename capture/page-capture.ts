/**
 * Runs the reply watcher on a page and sends what it reports to the background. Plain TypeScript:
 * the content script passes `browser.runtime.sendMessage` in, so tests run this in happy-dom.
 */
import type { SiteAdapter } from '../sites/types';
import { CAPTURE_MESSAGE, HEALTH_MESSAGE, type CaptureRequest, type HealthRequest } from '../messaging/capture-protocol';
import type { WatcherEnvironment } from './environment';
import type { WatcherOptions } from './options';
import type { CaptureEvent, HealthEvent } from './types';
import { ReplyWatcher } from './watcher';

export interface PageCaptureDeps {
  adapter: SiteAdapter;
  send(message: CaptureRequest | HealthRequest): Promise<unknown>;
  options?: Partial<WatcherOptions>;
  env?: WatcherEnvironment;
  /** Called once if the extension goes away under the page (updated or disabled); the watcher has stopped. */
  onDisconnected?(): void;
  /** Delay before the one retry of a message that failed for another reason. */
  retryMs?: number;
}

export interface PageCapture {
  stop(): void;
}

/** The message browsers give once the extension that injected the script has been reloaded or removed. */
const CONTEXT_GONE = /context invalidated|receiving end does not exist|extension context|message manager disconnected/i;

export function startPageCapture(deps: PageCaptureDeps): PageCapture {
  let stopped = false;
  let watcher: ReplyWatcher | null = null;
  const retryMs = deps.retryMs ?? 1000;

  const stop = () => {
    stopped = true;
    watcher?.stop();
  };

  const deliver = (message: CaptureRequest | HealthRequest, retriesLeft: number): void => {
    if (stopped) return;
    let sending: Promise<unknown>;
    try {
      sending = deps.send(message);
    } catch (error) {
      sending = Promise.reject(error);
    }
    sending.catch((error: unknown) => {
      if (stopped) return;
      const text = error instanceof Error ? error.message : String(error);
      if (CONTEXT_GONE.test(text)) {
        stop();
        deps.onDisconnected?.();
        return;
      }
      if (retriesLeft > 0) setTimeout(() => deliver(message, retriesLeft - 1), retryMs);
    });
  };

  watcher = new ReplyWatcher(
    deps.adapter,
    {
      onCapture: (capture: CaptureEvent) => deliver({ type: CAPTURE_MESSAGE, capture }, 1),
      onHealth: (event: HealthEvent) => deliver({ type: HEALTH_MESSAGE, event }, 1),
    },
    deps.options,
    deps.env,
  );
  watcher.start();
  return { stop };
}

/**
 * The banner the popup, the side panel and the dashboard show while the background's latest write
 * has failed (a full disk above all): what was not saved, when, and a way to the fix. It disappears
 * once a later write succeeds, because the background then reports no failure.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DATA_MESSAGES } from '../messaging/data-protocol';
import type { DataRequester } from './dashboard/data';
import { formatDateTime } from './dashboard/labels';
import { storageProblemWords, type StorageProblem } from './storage-problem';

/** Opens the options page at "Your data" (retention, purge, delete everything) in a tab of its own. */
export function openDataSettings(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/options.html#data') });
}

/**
 * The background's latest failed write, or null. Asked again when `refreshKey` changes and whenever
 * the page comes back into view, so a page left open follows captures made in other tabs. Nothing is
 * asked while `enabled` is false (the dashboard waits for its first rows, so both requests do not
 * queue at the background together).
 */
export function useStorageProblem(request: DataRequester, refreshKey: unknown = null, enabled = true): StorageProblem | null {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const read = () => {
      void request({ type: DATA_MESSAGES.health, limit: 1 }).then((r) => {
        // A failed read is not a failed write: the page that asked shows its own read errors.
        if (live && r.ok) setProblem(r.value.lastStorageError);
      });
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    read();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', read);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', read);
    };
  }, [request, refreshKey, enabled]);
  return problem;
}

export interface StorageProblemBannerProps {
  problem: StorageProblem | null;
  /** Where old data is deleted (the options' "Your data"); offered for a full disk. */
  onFreeSpace?(): void;
  /** Where the failure is logged (the dashboard's Health); left out where that is already on screen. */
  onShowDetails?(): void;
  /** Extra classes, e.g. `sl-storage-problem--inset` for a page with no padding of its own. */
  class?: string;
}

export function StorageProblemBanner({ problem, onFreeSpace = openDataSettings, onShowDetails, class: extraClass }: StorageProblemBannerProps) {
  if (!problem) return null;
  const words = storageProblemWords(problem);
  const quota = problem.kind === 'quota';
  return (
    <div class={`sl-storage-problem${extraClass ? ` ${extraClass}` : ''}`} role="alert" data-kind={problem.kind}>
      <span class="sl-storage-problem__icon" aria-hidden="true">
        !
      </span>
      <div class="sl-storage-problem__body">
        <p class="sl-storage-problem__title">{words.title}</p>
        <p class="sl-storage-problem__detail">{words.detail}</p>
        <p class="sl-storage-problem__when">
          <time dateTime={new Date(problem.at).toISOString()}>{formatDateTime(problem.at)}</time>
          {quota ? ' · Nothing already stored was lost.' : null}
        </p>
        {quota || onShowDetails ? (
          <div class="sl-storage-problem__actions">
            {quota ? (
              <button type="button" class="sl-storage-problem__action" onClick={() => onFreeSpace()}>
                Delete old data…
              </button>
            ) : null}
            {onShowDetails ? (
              <button type="button" class="sl-storage-problem__action sl-storage-problem__action--quiet" onClick={() => onShowDetails()}>
                Health log
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

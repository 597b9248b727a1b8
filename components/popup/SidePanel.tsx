/**
 * The side panel: the popup's content for whichever tab is active in the panel's window, followed
 * as the user switches tabs or a tab navigates (the popup reads its tab once; the panel stays open).
 */
import { useEffect, useState } from 'preact/hooks';
import { Popup, type PopupProps } from './Popup';
import { describePage } from './current-page';

/** The active tab of the panel's window, and a way to hear when it changes. */
export interface ActiveTabSource {
  /** The active tab's address; undefined when there is none or the browser hides it (no host access). */
  currentUrl(): Promise<string | undefined>;
  /** Calls `onChange` when another tab becomes active or the active one navigates; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export type SidePanelProps = Omit<PopupProps, 'page' | 'layout'> & { tabs: ActiveTabSource };

export function SidePanel({ tabs, ...popup }: SidePanelProps) {
  // null until the first answer, so the popup is not drawn for "no page" and then redrawn.
  const [url, setUrl] = useState<{ value: string | undefined } | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      void tabs.currentUrl().then(
        (value) => live && setUrl((old) => (old && old.value === value ? old : { value })),
        () => live && setUrl({ value: undefined }),
      );
    read();
    const unsubscribe = tabs.subscribe(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [tabs]);
  if (!url) return null;
  // A new page is a new popup: its findings, switches and health are read afresh.
  return <Popup key={url.value ?? ''} {...popup} page={describePage(url.value)} layout="panel" />;
}

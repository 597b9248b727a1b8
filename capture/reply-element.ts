/**
 * The page element of each reported reply, kept beside the capture event rather than in it (the event
 * is data, sent to the background as it is). The in-page review layer looks the element up here instead
 * of reading the page's turns again at the moment a reply finishes.
 */
import type { CaptureEvent } from './types';

const elements = new WeakMap<CaptureEvent, Element>();

export function rememberReplyElement(event: CaptureEvent, element: Element): void {
  elements.set(event, element);
}

/** The element the watcher read the reply from, while it is on the page; else null. */
export function replyElementOf(event: CaptureEvent): Element | null {
  const element = elements.get(event);
  return element?.isConnected ? element : null;
}

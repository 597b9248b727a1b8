/**
 * The user's capture switches: a global pause and capture turned off per site (by page origin).
 * They live in `browser.storage.local`, not in IndexedDB, because the content script must read them
 * on the chat page (where the extension's database is out of reach) and hear about changes at once
 * through `storage.onChanged`, so flipping a switch in the popup takes effect without a reload.
 */

export const CAPTURE_CONTROLS_KEY = 'captureControls';

export interface CaptureControls {
  /** No page is captured while this is on. */
  paused: boolean;
  /** Page origins (`https://chatgpt.com`) where capture is off, sorted. */
  disabledOrigins: string[];
}

export const DEFAULT_CAPTURE_CONTROLS: Readonly<CaptureControls> = Object.freeze({ paused: false, disabledOrigins: [] });

/** The part of `browser.storage.local` these functions use (test fakes satisfy it too). */
export interface ControlsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** A stored value read leniently: anything malformed falls back to "capture on", the safe default. */
export function parseCaptureControls(value: unknown): CaptureControls {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_CAPTURE_CONTROLS, disabledOrigins: [] };
  const { paused, disabledOrigins } = value as Record<string, unknown>;
  const origins = Array.isArray(disabledOrigins) ? disabledOrigins.filter((o): o is string => typeof o === 'string') : [];
  return { paused: paused === true, disabledOrigins: [...new Set(origins)].sort() };
}

export async function loadCaptureControls(area: Pick<ControlsArea, 'get'>): Promise<CaptureControls> {
  return parseCaptureControls((await area.get(CAPTURE_CONTROLS_KEY))[CAPTURE_CONTROLS_KEY]);
}

/** The origin a switch is keyed by, or null for pages that have none (`about:blank`, files). */
export function originOf(url: string | URL): string | null {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}

export function isCaptureAllowed(controls: CaptureControls, pageUrl: string | URL): boolean {
  if (controls.paused) return false;
  const origin = originOf(pageUrl);
  return origin === null || !controls.disabledOrigins.includes(origin);
}

export async function setCapturePaused(area: ControlsArea, paused: boolean): Promise<CaptureControls> {
  const next = { ...(await loadCaptureControls(area)), paused };
  await area.set({ [CAPTURE_CONTROLS_KEY]: next });
  return next;
}

export async function setSiteCapture(area: ControlsArea, origin: string, enabled: boolean): Promise<CaptureControls> {
  const current = await loadCaptureControls(area);
  const others = current.disabledOrigins.filter((o) => o !== origin);
  const next = { ...current, disabledOrigins: enabled ? others : [...others, origin].sort() };
  await area.set({ [CAPTURE_CONTROLS_KEY]: next });
  return next;
}

/** The `storage.onChanged` event as this module uses it. */
export interface ControlsChangeEvent {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/** The switches as they are now, kept current by storage change events (for the content script). */
export async function liveCaptureControls(area: Pick<ControlsArea, 'get'>, onChanged: ControlsChangeEvent): Promise<{ readonly current: CaptureControls }> {
  const live = { current: await loadCaptureControls(area) };
  onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && CAPTURE_CONTROLS_KEY in changes) live.current = parseCaptureControls(changes[CAPTURE_CONTROLS_KEY]!.newValue);
  });
  return live;
}

/** What the content script answers itself, instead of the background, for a reply it did not send. */
export const CAPTURE_OFF = 'Capture is off for this page (paused, or turned off for this site).';

/**
 * Wraps the content script's send: a capture message is answered locally with CAPTURE_OFF while
 * capture is off for the page, and never reaches the background; every other message passes.
 */
export function gatedSend<M extends { type: string }>(
  send: (message: M) => Promise<unknown>,
  controls: { readonly current: CaptureControls } | null,
  pageUrl: () => string,
  captureType: string,
): (message: M) => Promise<unknown> {
  return (message) =>
    message.type === captureType && controls && !isCaptureAllowed(controls.current, pageUrl()) ? Promise.resolve({ ok: false, error: CAPTURE_OFF }) : send(message);
}

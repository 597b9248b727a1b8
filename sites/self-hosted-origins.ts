/**
 * Self-hosted chat UIs (Open WebUI, LibreChat, ...) the user adds by origin. Adding one asks for the
 * host permission at run time (an optional host permission), registers the chat content script for
 * that host, and remembers the origin in extension storage; removing it undoes all three.
 *
 * Call `addSelfHostedOrigin` directly from the click handler of a button: browsers grant a permission
 * request only during a user gesture, and Firefox loses the gesture at the first `await`, so the
 * request is the first asynchronous thing the function does.
 */
import { browser } from 'wxt/browser';
import { SUPPORTED_HOST_PATTERNS } from './hosts';

export const SELF_HOSTED_ORIGINS_KEY = 'selfHostedOrigins';
/** The built chat content script (`entrypoints/chat.content/`), the same file the fixed sites get. */
export const CHAT_CONTENT_SCRIPT = 'content-scripts/chat.js';
const SCRIPT_ID_PREFIX = 'speclens-self-hosted:';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The parts of the extension API this module uses; `browser` in the extension, fakes in tests. */
export interface SelfHostedApi {
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string }>>;
  };
  storage: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
}

export function extensionApi(): SelfHostedApi {
  return {
    permissions: browser.permissions,
    scripting: browser.scripting as unknown as SelfHostedApi['scripting'],
    storage: browser.storage.local,
  };
}

export interface SelfHostedOrigin {
  /** `https://chat.example.org` or `http://localhost:3000`. */
  origin: string;
  /** The match pattern the permission and the content script use: scheme and host, every port. */
  pattern: string;
}

export type OriginParse = { ok: true; value: SelfHostedOrigin } | { ok: false; error: string };

/**
 * Reads what the user typed ("https://chat.example.org/c/123" is fine: only the origin is kept).
 * Match patterns cannot name a port in Firefox, so the pattern covers every port of the host and the
 * content script checks the exact origin itself (see `isSelfHostedOrigin`).
 */
export function parseSelfHostedOrigin(input: string): OriginParse {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'Enter the address of the chat, such as https://chat.example.org.' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    return { ok: false, error: `"${text}" has no scheme: write http://${text} or https://${text}.` };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: `"${text}" is not a web address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: `Only http and https addresses can be added, not ${url.protocol}.` };
  if (url.username || url.password) return { ok: false, error: 'Leave the user name and password out of the address.' };
  const pattern = `${url.protocol}//${url.hostname}/*`;
  if (SUPPORTED_HOST_PATTERNS.some((p) => coversOrigin(p, url))) {
    return { ok: false, error: `${url.hostname} is already supported; SpecLens reads it without being added.` };
  }
  return { ok: true, value: { origin: url.origin, pattern } };
}

/** Whether a fixed host pattern like `https://chatgpt.com/*` or `https://x.com/i/grok*` covers this host. */
function coversOrigin(pattern: string, url: URL): boolean {
  const m = /^(https?):\/\/([^/]+)\//.exec(pattern);
  return m !== null && `${m[1]}:` === url.protocol && m[2] === url.hostname;
}

const scriptId = (origin: string) => `${SCRIPT_ID_PREFIX}${origin}`;

async function storedOrigins(api: SelfHostedApi): Promise<string[]> {
  const value = (await api.storage.get(SELF_HOSTED_ORIGINS_KEY))[SELF_HOSTED_ORIGINS_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && parseSelfHostedOrigin(v).ok) : [];
}

async function registerFor(api: SelfHostedApi, { origin, pattern }: SelfHostedOrigin): Promise<void> {
  const id = scriptId(origin);
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [id] });
  await api.scripting.registerContentScripts([
    { id, matches: [pattern], js: [CHAT_CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Another stored origin on the same host keeps the host's permission (patterns cover every port). */
function patternStillNeeded(origins: string[], pattern: string): boolean {
  return origins.some((o) => {
    const parsed = parseSelfHostedOrigin(o);
    return parsed.ok && parsed.value.pattern === pattern;
  });
}

export type AddOriginResult = { ok: true; origin: SelfHostedOrigin } | { ok: false; error: string; denied?: true };

export async function addSelfHostedOrigin(input: string, api: SelfHostedApi = extensionApi()): Promise<AddOriginResult> {
  const parsed = parseSelfHostedOrigin(input);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  let granted: boolean;
  try {
    granted = await api.permissions.request({ origins: [value.pattern] }); // first await: keeps the user gesture
  } catch (err) {
    return { ok: false, error: `The browser refused to ask for access to ${value.origin}: ${errorText(err)}` };
  }
  if (!granted) return { ok: false, denied: true, error: `Access to ${value.origin} was not granted, so SpecLens cannot read it.` };
  try {
    await registerFor(api, value);
    const origins = await storedOrigins(api);
    if (!origins.includes(value.origin)) await api.storage.set({ [SELF_HOSTED_ORIGINS_KEY]: [...origins, value.origin] });
    return { ok: true, origin: value };
  } catch (err) {
    // Leave nothing half-done: no script, and no permission unless another stored origin needs it.
    await api.scripting.unregisterContentScripts({ ids: [scriptId(value.origin)] }).catch(() => undefined);
    const origins = await storedOrigins(api).catch(() => [] as string[]);
    if (!patternStillNeeded(origins, value.pattern)) await api.permissions.remove({ origins: [value.pattern] }).catch(() => false);
    return { ok: false, error: `Could not set up ${value.origin}: ${errorText(err)}` };
  }
}

export async function removeSelfHostedOrigin(origin: string, api: SelfHostedApi = extensionApi()): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = parseSelfHostedOrigin(origin);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  try {
    const remaining = (await storedOrigins(api)).filter((o) => o !== value.origin);
    await api.storage.set({ [SELF_HOSTED_ORIGINS_KEY]: remaining });
    if ((await api.scripting.getRegisteredContentScripts({ ids: [scriptId(value.origin)] })).length > 0) {
      await api.scripting.unregisterContentScripts({ ids: [scriptId(value.origin)] });
    }
    if (!patternStillNeeded(remaining, value.pattern)) await api.permissions.remove({ origins: [value.pattern] });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: `Could not remove ${value.origin}: ${errorText(err)}` };
  }
}

export interface SelfHostedStatus extends SelfHostedOrigin {
  /** The user still grants the host permission (it can be revoked in the browser's own settings). */
  granted: boolean;
  registered: boolean;
}

export async function listSelfHostedOrigins(api: SelfHostedApi = extensionApi()): Promise<SelfHostedStatus[]> {
  const origins = await storedOrigins(api);
  const registered = new Set((await api.scripting.getRegisteredContentScripts()).map((s) => s.id));
  return Promise.all(
    origins.map(async (origin) => {
      const { value } = parseSelfHostedOrigin(origin) as { ok: true; value: SelfHostedOrigin };
      return { ...value, granted: await api.permissions.contains({ origins: [value.pattern] }), registered: registered.has(scriptId(origin)) };
    }),
  );
}

/**
 * Makes the registered scripts match the stored origins and the granted permissions: run when the
 * background starts and when permissions change. A revoked permission unregisters the script but keeps
 * the origin listed (shown as "access needed"); scripts of origins no longer stored are removed.
 */
export async function syncSelfHostedRegistrations(api: SelfHostedApi = extensionApi()): Promise<void> {
  const statuses = await listSelfHostedOrigins(api);
  const wanted = new Set(statuses.filter((s) => s.granted).map((s) => scriptId(s.origin)));
  const ours = (await api.scripting.getRegisteredContentScripts()).map((s) => s.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX));
  const stale = ours.filter((id) => !wanted.has(id));
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });
  for (const status of statuses) {
    if (status.granted && !status.registered) await registerFor(api, status);
  }
}

/** Whether the content script, injected by a host-wide pattern, is on an origin the user actually added. */
export async function isSelfHostedOrigin(origin: string, api: Pick<SelfHostedApi, 'storage'> = extensionApi()): Promise<boolean> {
  return (await storedOrigins(api as SelfHostedApi)).includes(origin);
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Background start-up: bring the registrations in line now and whenever the user grants or revokes a
 * host permission in the browser's own settings. Failures are logged, never thrown: the background
 * must come up even when this part cannot.
 */
export function keepSelfHostedScriptsInSync(): void {
  const sync = () => {
    syncSelfHostedRegistrations().catch((err) => console.warn(`SpecLens: could not sync the self-hosted chat scripts: ${errorText(err)}`));
  };
  try {
    browser.permissions.onAdded.addListener(sync);
    browser.permissions.onRemoved.addListener(sync);
  } catch (err) {
    console.warn(`SpecLens: cannot follow permission changes: ${errorText(err)}`);
  }
  sync();
}

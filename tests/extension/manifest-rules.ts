/** What a built SpecLens manifest must satisfy; pure, so it is unit-tested on hand-made manifests. */

export type TargetBrowser = 'chrome' | 'firefox';

export interface ManifestExpectations {
  browser: TargetBrowser;
  /** Exactly the host permissions of sites/hosts.ts. */
  hosts: readonly string[];
  /** API permissions the extension may ask for. */
  allowedPermissions: readonly string[];
  /** Files present in the build folder (relative paths), to check that referenced files exist. */
  files?: ReadonlySet<string>;
}

export interface ManifestCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

/**
 * API permissions per browser. `scripting` registers the chat content script on the self-hosted
 * origins the user adds; Chrome's `sidePanel` declares the side panel and shows no install warning
 * (Firefox's sidebar needs no permission).
 */
export const ALLOWED_PERMISSIONS: Record<TargetBrowser, readonly string[]> = {
  chrome: ['storage', 'scripting', 'sidePanel'],
  firefox: ['storage', 'scripting'],
};

/**
 * Optional host permissions from which the user grants one self-hosted origin at a time, at run time
 * (sites/self-hosted-origins.ts). They grant nothing at install, so they are not all-sites access.
 */
export const RUNTIME_GRANTED_HOST_PATTERNS: readonly string[] = ['http://*/*', 'https://*/*'];

/** Match patterns that grant every site. */
const ALL_SITES = /^(?:<all_urls>|(?:\*|https?|wss?|file|ftp):\/\/\*\/.*)$/;
const UNSAFE_SCRIPT_SOURCES = /'unsafe-(?:eval|inline|hashes)'|\bhttps?:|\bwss?:|\bdata:|\bblob:|(?:^|\s)\*(?:\s|$)/;

type Json = Record<string, unknown>;
const record = (v: unknown): Json => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function check(name: string, ok: boolean, detail?: string): ManifestCheck {
  return ok ? { name, ok } : { name, ok, detail };
}

/** Every match pattern the manifest mentions, wherever it grants access. */
function allMatchPatterns(m: Json): string[] {
  const contentScripts = Array.isArray(m.content_scripts) ? m.content_scripts : [];
  const resources = Array.isArray(m.web_accessible_resources) ? m.web_accessible_resources : [];
  return [
    ...strings(m.permissions),
    ...strings(m.optional_permissions),
    ...strings(m.host_permissions),
    ...strings(m.optional_host_permissions).filter((p) => !RUNTIME_GRANTED_HOST_PATTERNS.includes(p)),
    ...contentScripts.flatMap((cs) => strings(record(cs).matches)),
    ...resources.flatMap((r) => strings(record(r).matches)),
  ];
}

function referencedFiles(m: Json): string[] {
  const background = record(m.background);
  const action = record(m.action);
  const sidebar = record(m.sidebar_action);
  return [
    ...Object.values(record(m.icons)),
    ...Object.values(record(action.default_icon)),
    action.default_popup,
    background.service_worker,
    ...strings(background.scripts),
    record(m.side_panel).default_path,
    sidebar.default_panel,
    ...(typeof sidebar.default_icon === 'string' ? [sidebar.default_icon] : Object.values(record(sidebar.default_icon))),
  ].filter((f): f is string => typeof f === 'string');
}

export function checkManifest(manifest: unknown, expect: ManifestExpectations): ManifestCheck[] {
  const m = record(manifest);
  const results: ManifestCheck[] = [];

  results.push(check('manifest_version is 3', m.manifest_version === 3, `got ${String(m.manifest_version)}`));

  const broad = allMatchPatterns(m).filter((p) => ALL_SITES.test(p));
  results.push(check('no <all_urls> or all-sites pattern', broad.length === 0, `found ${broad.join(', ')}`));

  const hosts = strings(m.host_permissions);
  const missing = expect.hosts.filter((h) => !hosts.includes(h));
  const extra = hosts.filter((h) => !expect.hosts.includes(h));
  const duplicated = hosts.length !== new Set(hosts).size;
  results.push(
    check(
      'host_permissions equal sites/hosts.ts',
      missing.length === 0 && extra.length === 0 && !duplicated,
      [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `extra ${extra.join(', ')}` : '', duplicated ? 'duplicates' : '']
        .filter(Boolean)
        .join('; '),
    ),
  );

  const notAllowed = strings(m.permissions).filter((p) => !expect.allowedPermissions.includes(p));
  results.push(
    check(
      `permissions within [${expect.allowedPermissions.join(', ')}]`,
      Array.isArray(m.permissions) && notAllowed.length === 0,
      notAllowed.length ? `not allowed: ${notAllowed.join(', ')}` : 'permissions is missing',
    ),
  );

  const csp = record(m.content_security_policy).extension_pages;
  const scriptSrc = typeof csp === 'string' ? (/(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1] ?? '') : '';
  results.push(
    check(
      "extension pages CSP allows only the extension's own scripts",
      typeof csp === 'string' && scriptSrc.includes("'self'") && !UNSAFE_SCRIPT_SOURCES.test(scriptSrc),
      `content_security_policy.extension_pages is ${JSON.stringify(csp)}`,
    ),
  );

  const panel = expect.browser === 'chrome' ? record(m.side_panel).default_path : record(m.sidebar_action).default_panel;
  results.push(
    check(
      expect.browser === 'chrome' ? 'Chrome side_panel.default_path is set' : 'Firefox sidebar_action.default_panel is set',
      typeof panel === 'string' && panel.length > 0,
      `got ${JSON.stringify(panel)}`,
    ),
  );

  if (expect.browser === 'firefox') {
    const gecko = record(record(m.browser_specific_settings).gecko);
    results.push(check('Firefox gecko.id is set', typeof gecko.id === 'string' && gecko.id.length > 0, `got ${JSON.stringify(gecko.id)}`));
    const required = record(gecko.data_collection_permissions).required;
    results.push(
      check(
        'Firefox gecko.data_collection_permissions.required is set',
        Array.isArray(required) && required.length > 0,
        `got ${JSON.stringify(gecko.data_collection_permissions)}`,
      ),
    );
  }

  if (expect.files) {
    const absent = referencedFiles(m).filter((f) => !expect.files!.has(f.replace(/^\//, '')));
    results.push(check('every referenced file is in the build', absent.length === 0, `missing ${absent.join(', ')}`));
  }

  return results;
}

import { describe, expect, it } from 'vitest';
import { ALLOWED_PERMISSIONS, checkManifest, type ManifestExpectations } from './manifest-rules';

const HOSTS = ['https://chatgpt.com/*', 'https://claude.ai/*'];
const CSP = "default-src 'none'; script-src 'self'; object-src 'none'";

function chromeManifest(): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: 'SpecLens',
    permissions: ['storage'],
    host_permissions: [...HOSTS],
    icons: { 16: 'icon-16.png' },
    action: { default_popup: 'popup.html' },
    background: { service_worker: 'background.js' },
    side_panel: { default_path: 'sidepanel.html' },
    content_security_policy: { extension_pages: CSP },
  };
}

function firefoxManifest(): Record<string, unknown> {
  const { side_panel: _chromeOnly, ...common } = chromeManifest();
  return {
    ...common,
    background: { scripts: ['background.js'] },
    sidebar_action: { default_panel: 'sidepanel.html', default_icon: { 16: '/icon-16.png' }, open_at_install: false },
    browser_specific_settings: { gecko: { id: 'speclens@example.org', data_collection_permissions: { required: ['none'] } } },
  };
}

const FILES = new Set(['icon-16.png', 'popup.html', 'sidepanel.html', 'background.js', 'manifest.json']);
const chrome: ManifestExpectations = { browser: 'chrome', hosts: HOSTS, allowedPermissions: ALLOWED_PERMISSIONS.chrome, files: FILES };
const firefox: ManifestExpectations = { browser: 'firefox', hosts: HOSTS, allowedPermissions: ALLOWED_PERMISSIONS.firefox, files: FILES };

const failures = (manifest: unknown, expect: ManifestExpectations) =>
  checkManifest(manifest, expect)
    .filter((c) => !c.ok)
    .map((c) => c.name);

describe('manifest checks', () => {
  it('accept well-formed Chrome and Firefox manifests', () => {
    expect(failures(chromeManifest(), chrome)).toEqual([]);
    expect(failures(firefoxManifest(), firefox)).toEqual([]);
  });

  it.each([
    ['host_permissions', { host_permissions: [...HOSTS, '<all_urls>'] }],
    ['optional_host_permissions', { optional_host_permissions: ['*://*/*'] }],
    ['permissions', { permissions: ['storage', '<all_urls>'] }],
    ['content script matches', { content_scripts: [{ matches: ['https://*/*'], js: ['c.js'] }] }],
  ])('reject an all-sites pattern in %s', (_where, patch) => {
    expect(failures({ ...chromeManifest(), ...patch }, chrome)).toContain('no <all_urls> or all-sites pattern');
  });

  it('accept the optional http and https host permissions the user grants one origin at a time', () => {
    expect(failures({ ...chromeManifest(), optional_host_permissions: ['http://*/*', 'https://*/*'] }, chrome)).toEqual([]);
  });

  it('reject host permissions that differ from sites/hosts.ts', () => {
    const name = 'host_permissions equal sites/hosts.ts';
    expect(failures({ ...chromeManifest(), host_permissions: [HOSTS[0]] }, chrome)).toContain(name);
    expect(failures({ ...chromeManifest(), host_permissions: [...HOSTS, 'https://example.com/*'] }, chrome)).toContain(name);
    expect(failures({ ...chromeManifest(), host_permissions: [...HOSTS, HOSTS[0]] }, chrome)).toContain(name);
  });

  it('reject permissions beyond storage, scripting and (Chrome only) sidePanel, and a missing permissions list', () => {
    expect(failures({ ...chromeManifest(), permissions: ['storage', 'tabs'] }, chrome)).toEqual(['permissions within [storage, scripting, sidePanel]']);
    const { permissions: _dropped, ...withoutPermissions } = chromeManifest();
    expect(failures(withoutPermissions, chrome)).toEqual(['permissions within [storage, scripting, sidePanel]']);
    expect(failures({ ...chromeManifest(), permissions: ['storage', 'scripting', 'sidePanel'] }, chrome)).toEqual([]);
    expect(failures({ ...firefoxManifest(), permissions: ['storage', 'sidePanel'] }, firefox)).toEqual(['permissions within [storage, scripting]']);
  });

  it('require the side panel: Chrome side_panel, Firefox sidebar_action, with its page in the build', () => {
    const { side_panel: _p, ...noPanel } = chromeManifest();
    expect(failures(noPanel, chrome)).toEqual(['Chrome side_panel.default_path is set']);
    const { sidebar_action: _s, ...noSidebar } = firefoxManifest();
    expect(failures(noSidebar, firefox)).toEqual(['Firefox sidebar_action.default_panel is set']);
    expect(failures({ ...chromeManifest(), side_panel: { default_path: 'panel.html' } }, chrome)).toEqual(['every referenced file is in the build']);
  });

  it.each([
    ["script-src 'self' 'unsafe-eval'"],
    ["script-src 'self' https://cdn.example.com"],
    ["default-src 'none'"],
  ])('reject the extension pages CSP %s', (policy) => {
    expect(failures({ ...chromeManifest(), content_security_policy: { extension_pages: policy } }, chrome)).toEqual([
      "extension pages CSP allows only the extension's own scripts",
    ]);
  });

  it('require the Firefox gecko id and data_collection_permissions', () => {
    const noId = { ...firefoxManifest(), browser_specific_settings: { gecko: { data_collection_permissions: { required: ['none'] } } } };
    expect(failures(noId, firefox)).toEqual(['Firefox gecko.id is set']);
    const noData = { ...firefoxManifest(), browser_specific_settings: { gecko: { id: 'speclens@example.org' } } };
    expect(failures(noData, firefox)).toEqual(['Firefox gecko.data_collection_permissions.required is set']);
  });

  it('reject a manifest that points to files the build does not have', () => {
    const manifest = { ...chromeManifest(), icons: { 16: 'icon-16.png', 128: 'icon-128.png' } };
    expect(failures(manifest, chrome)).toEqual(['every referenced file is in the build']);
  });
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_HOST_PATTERNS } from './sites/hosts';
import { DEMO_HOST_PATTERN, DEMO_MODE } from './demo/demo-origin';

const ICONS = { 16: 'icon-16.png', 32: 'icon-32.png', 48: 'icon-48.png', 128: 'icon-128.png' };

/**
 * Extension pages load only their own bundled scripts, styles and images, and connect nowhere.
 * `wxt` dev mode serves scripts and hot reload from localhost, so it keeps WXT's default policy.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, command, mode }) => ({
    name: 'SpecLens',
    description: 'Checks AI chat replies against the OpenAI Model Spec, locally. Nothing leaves your machine.',
    // scripting: the chat content script is registered at run time on self-hosted origins the user adds.
    permissions: ['storage', 'scripting'],
    // The demo build (npm run demo) may also read the bundled demo chat page on 127.0.0.1; no other build can.
    host_permissions: [...SUPPORTED_HOST_PATTERNS, ...(mode === DEMO_MODE ? [DEMO_HOST_PATTERN] : [])],
    // Granted one origin at a time, when the user adds a self-hosted chat (sites/self-hosted-origins.ts).
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    icons: ICONS,
    action: { default_icon: ICONS },
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'speclens@speclens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // One name per browser and manifest version, so no zip overwrites another in .output/.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Reviewers need what builds the extension; the test suites and their fixtures are not part of it.
    excludeSources: ['tests/**'],
  },
  vite: () => ({ plugins: [preact()] }),
});

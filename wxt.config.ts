import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SUPPORTED_HOST_PATTERNS } from './sites/hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'SpecLens',
    description: 'Checks AI chat replies against the OpenAI Model Spec, locally. Nothing leaves your machine.',
    permissions: ['storage'],
    host_permissions: [...SUPPORTED_HOST_PATTERNS],
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
  vite: () => ({ plugins: [preact()] }),
});

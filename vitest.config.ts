import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts', 'engine/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});

/**
 * Selectors live only in `sites/<site>/selectors.ts`: adapter code elsewhere passes SelectorSpecs, never
 * a selector string of its own, so a markup change is always fixed (and counted) in one place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SITES = fileURLToPath(new URL('../../sites/', import.meta.url));
/** Folders of shared framework code rather than one site. */
const FRAMEWORK = new Set(['shared', 'shared-b']);
/** A DOM query whose first argument is a plain string or a template without substitutions. */
const SELECTOR_LITERAL = /\.(?:querySelector|querySelectorAll|matches|closest)\(\s*(?:'[^']*'|"[^"]*"|`[^`$]*`)/;

const siteFiles = readdirSync(SITES)
  .filter((entry) => !FRAMEWORK.has(entry) && statSync(join(SITES, entry)).isDirectory())
  .flatMap((site) =>
    readdirSync(join(SITES, site))
      .filter((file) => file.endsWith('.ts') && file !== 'selectors.ts')
      .map((file) => `${site}/${file}`),
  );

describe('site adapter code', () => {
  it.each(siteFiles)('%s queries the DOM only through its selectors module', (file) => {
    const offending = readFileSync(join(SITES, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text }) => SELECTOR_LITERAL.test(text) && !text.trim().startsWith('//') && !text.trim().startsWith('*'));
    expect(offending).toEqual([]);
  });
});

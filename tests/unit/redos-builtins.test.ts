/**
 * Every regex literal in engine/ and rules/ goes through recheck. A pattern recheck proves
 * exponentially vulnerable (catastrophic backtracking) fails the test unless it is listed in redos-known.json (patterns found before this
 * test existed, to be fixed by their owners; the list may only shrink). A listed pattern that is no
 * longer in the code is printed as stale.
 *
 * recheck gives up on some large alternations within the time allowed ("unknown"); those are
 * counted and printed, not failed. SPECLENS_REDOS_TIMEOUT_MS=3000 gives a thorough run (minutes).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import knownVulnerable from './redos-known.json';
import { regexLiterals } from './regex-literals';

// The pure JavaScript build runs in-process; it is faster per pattern here than the native binary.
const { checkSync } = createRequire(import.meta.url)('recheck/lib/browser.js') as typeof import('recheck');

const ROOT = join(__dirname, '../..');
const TIMEOUT_MS = Number(process.env.SPECLENS_REDOS_TIMEOUT_MS ?? 100);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

interface Located {
  source: string;
  flags: string;
  where: string;
}

/** Unique (source, flags) pairs; `g` and `y` do not change backtracking, so they are dropped. */
function literalsOf(files: Array<{ path: string; text: string }>): Located[] {
  const unique = new Map<string, Located>();
  for (const { path, text } of files) {
    for (const literal of regexLiterals(text)) {
      const flags = literal.flags.replace(/[gy]/g, '');
      const key = `${flags} ${literal.source}`;
      if (!unique.has(key)) unique.set(key, { source: literal.source, flags, where: `${path}:${literal.line}` });
    }
  }
  return [...unique.values()];
}

const keyOf = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;

const builtIns = literalsOf(
  [...sourceFiles(join(ROOT, 'engine')), ...sourceFiles(join(ROOT, 'rules'))].map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') })),
);

describe('the regex literal scanner', () => {
  it('finds regex literals and tells them from divisions, comments, strings and templates', () => {
    const src = [
      'const half = total / 2 / count; // not /a comment/',
      "const s = '/not a regex/' + \"/nor this/\";",
      'const t = `${a / b} /text/ ${c.replace(/x+/g, `${/inner/.source}`)}`;',
      'if (/^(a+)+$/.test(s)) return /[/]\\/(?:y)/iu;',
      '/* /block/ */ const r = x.match(/\\d{1,3}/) ?? [];',
    ].join('\n');
    expect(regexLiterals(src).map((r) => `${r.line}:/${r.source}/${r.flags}`)).toEqual([
      '3:/x+/g',
      '3:/inner/',
      '4:/^(a+)+$/',
      '4:/[/]\\/(?:y)/iu',
      '5:/\\d{1,3}/',
    ]);
  });

  it('finds hundreds of literals in engine/ and rules/, each of which compiles', () => {
    expect(builtIns.length).toBeGreaterThan(200);
    for (const { source, flags, where } of builtIns) expect(() => new RegExp(source, flags), where).not.toThrow();
  });
});

describe('recheck over the built-in regexes', () => {
  it('flags a catastrophic pattern in a source file (the check works)', () => {
    const [bad] = literalsOf([{ path: 'fixture.ts', text: 'export const nested = /^(a+)+$/;\n' }]);
    const verdict = checkSync(bad!.source, bad!.flags, { timeout: 5000 });
    expect(verdict.status).toBe('vulnerable');
    expect(verdict.status === 'vulnerable' && verdict.complexity.type).toBe('exponential');
  });

  it('finds no vulnerable pattern beyond the known list', { timeout: 600_000 }, () => {
    const known = new Set(knownVulnerable.map(keyOf));
    const present = new Set(builtIns.map(keyOf));
    const unknown: string[] = [];
    const newlyVulnerable: string[] = [];
    const polynomial: string[] = [];
    for (const literal of builtIns) {
      const verdict = checkSync(literal.source, literal.flags, { timeout: TIMEOUT_MS, randomSeed: 20251218 });
      if (verdict.status === 'unknown') unknown.push(literal.where);
      if (verdict.status === 'vulnerable' && !known.has(keyOf(literal))) {
        const line = `${literal.where} ${keyOf(literal)}: ${verdict.complexity.type}, e.g. ${verdict.attack.pattern}`;
        // Exponential backtracking is catastrophic on any input size and recheck finds it reliably.
        // Polynomial verdicts depend on the time recheck gets (they come and go with machine load),
        // and the engine bounds the text such patterns see, so they are reported, not failed.
        if (verdict.complexity.type === 'exponential') newlyVulnerable.push(line);
        else polynomial.push(line);
      }
    }
    console.info(`recheck: ${builtIns.length} unique regex literals, ${unknown.length} undecided within ${TIMEOUT_MS} ms, ${known.size} known vulnerable`);
    // Owners fix listed patterns in their own time; a stale entry is reported, not failed, so a fix
    // never breaks the suite for someone who does not own the list.
    const stale = knownVulnerable.filter((k) => !present.has(keyOf(k)));
    if (stale.length > 0) console.warn(`redos-known.json: ${stale.length} listed pattern(s) no longer in the code, remove them:\n${stale.map((k) => `  ${k.where} ${keyOf(k)}`).join('\n')}`);
    if (polynomial.length > 0) console.warn(`recheck: polynomial backtracking (bounded input keeps these cheap; fix when touched):\n  ${polynomial.join('\n  ')}`);
    expect(newlyVulnerable).toEqual([]);
  });
});

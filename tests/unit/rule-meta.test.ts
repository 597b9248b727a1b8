import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specSection, TOP_LEVEL_SECTIONS } from '../../engine/spec';
import { RULES } from '../../rules';

const rulesDir = join(__dirname, '../../rules');
// A section without rules yet has no folder in a git checkout (git keeps no empty folders).
const ruleFiles = TOP_LEVEL_SECTIONS.filter((section) => existsSync(join(rulesDir, section))).flatMap((section) =>
  readdirSync(join(rulesDir, section))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ section, id: f.replace(/\.ts$/, '') })),
);

describe('rule registry', () => {
  it('registers every rule file exactly once, sorted by id', () => {
    const registered = RULES.map((r) => r.id);
    expect([...registered].sort()).toEqual(ruleFiles.map((f) => f.id).sort());
    expect(registered).toEqual([...registered].sort((a, b) => a.localeCompare(b)));
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('covers at least 4 top-level sections with at least 12 rules', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ruleFiles.map((f) => f.section)).size).toBeGreaterThanOrEqual(4);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const file = ruleFiles.find((f) => f.id === id);

  it('id is kebab-case and equals its file name', () => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(file).toBeDefined();
  });

  it('cites a spec anchor that exists, inside the folder of its top-level section', () => {
    const section = specSection(rule.spec.anchor);
    expect(section, `unknown anchor ${rule.spec.anchor}`).toBeDefined();
    expect(rule.spec.version).toBe('2025-12-18');
    expect(section!.topLevelId).toBe(file!.section);
  });

  it('has a rationale, a title, messages and valid and invalid cases', () => {
    expect(rule.rationale.trim().length).toBeGreaterThan(20);
    expect(rule.title.trim().length).toBeGreaterThan(0);
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(rule.tests.valid.length).toBeGreaterThanOrEqual(1);
    expect(rule.tests.invalid.length).toBeGreaterThanOrEqual(1);
    for (const c of rule.tests.invalid) {
      for (const e of c.expected) expect(Object.keys(rule.messages)).toContain(e.messageId);
    }
  });

  it('source file default-exports this rule', () => {
    const src = readFileSync(join(rulesDir, file!.section, `${id}.ts`), 'utf8');
    expect(src).toContain(`id: '${id}'`);
  });
});

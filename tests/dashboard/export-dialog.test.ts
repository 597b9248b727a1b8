// @vitest-environment happy-dom
/** Export, backup and restore from the dashboard's dialog, against a real store in fake IndexedDB. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { unzipSync, strFromU8 } from 'fflate';
import { Dashboard } from '../../components/dashboard/Dashboard';
import type { SaveFile } from '../../components/dashboard/ExportDialog';
import type { DataRequester } from '../../components/dashboard/data';
import type { SpecLensStore } from '../../storage/store';
import { BOILERPLATE_REPLY, click, key, seededStore, text, waitFor } from './helpers';

const REPLIES = [BOILERPLATE_REPLY, "Great question! You're absolutely right. Dune is a classic.", "I'm sorry, but I can't help with that."];

let container: HTMLElement;
let store: SpecLensStore;
let request: DataRequester;
let openDatabase: Parameters<typeof Dashboard>[0]['openDatabase'];
let saved: { parts: Uint8Array[]; fileName: string; mimeType: string }[];
const save: SaveFile = (parts, fileName, mimeType) => saved.push({ parts, fileName, mimeType });

beforeEach(async () => {
  ({ store, request, openDatabase } = await seededStore(REPLIES));
  saved = [];
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(h(Dashboard, { request, openDatabase, save }), container));
  await waitFor(() => expect(text(container.querySelector('[data-testid=finding-count]'))).toBe('3 findings'));
  await click([...container.querySelectorAll('button')].find((b) => text(b) === 'Export and backup…'));
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await store.close();
});

const dialog = () => container.querySelector('[role=dialog]')!;
const button = (label: string) => [...dialog().querySelectorAll('button')].find((b) => text(b) === label)!;
const status = () => text(dialog().querySelector('.dash-modal__status'));
const bytes = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.byteLength));
  return out;
};

async function pickFile(content: string, name = 'backup.jsonl') {
  const input = dialog().querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([content], name, { type: 'application/jsonl' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('export dialog', () => {
  it('exports confirmed findings only by default and says so when there are none', async () => {
    await click(button('Export zip'));
    await waitFor(() => expect(status()).toContain('Nothing to export'));
    expect(saved).toEqual([]);
  });

  it('exports the confirmed findings as one zip holding every chosen format and a README', async () => {
    await request({ type: 'speclens/data/set-verdict-for-matching', filters: { ruleIds: ['no-ai-boilerplate'] }, verdict: 'confirmed' });
    await click(button('Export zip'));
    await waitFor(() => expect(status()).toMatch(/^Saved speclens-\d{4}-\d\d-\d\d\.zip: 1 scenario in 4 formats\.$/));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.mimeType).toBe('application/zip');
    const entries = unzipSync(bytes(saved[0]!.parts));
    const names = Object.keys(entries).sort();
    expect(names).toContain('README.md');
    expect(names.some((n) => n.endsWith('.csv'))).toBe(true);
    expect(names.some((n) => n.startsWith('promptfoo/'))).toBe(true);
    const jsonl = names.find((n) => n.endsWith('.jsonl') && !n.includes('/'))!;
    expect(strFromU8(entries[jsonl]!)).toContain('no-ai-boilerplate');
    expect(strFromU8(entries[jsonl]!)).not.toContain('no-over-refusal');
  });

  it('backs up the database and restores the backup into an emptied one, reloading the list', async () => {
    await click(button('Back up the database'));
    await waitFor(() => expect(status()).toContain('3 exchanges, 3 findings, 0 reviews'));
    const backup = new TextDecoder().decode(bytes(saved[0]!.parts));
    expect(saved[0]!.fileName).toMatch(/\.jsonl$/);
    await store.deleteEverything();
    await pickFile(backup);
    await waitFor(() => expect(status()).toContain('Restored backup.jsonl'));
    expect(status()).toContain('findings: 3 added');
    await key(document.body, 'Escape');
    expect(container.querySelector('[role=dialog]')).toBeNull();
    expect(text(document.activeElement)).toBe('Export and backup…');
    await waitFor(() => expect(text(container.querySelector('[data-testid=finding-count]'))).toBe('3 findings'));
  });

  it('restores nothing from a damaged backup and lists each problem with its line', async () => {
    await click(button('Back up the database'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const lines = new TextDecoder().decode(bytes(saved[0]!.parts)).split('\n');
    lines[2] = '{"store": "findings", "record": {"id": 5}}';
    await store.deleteEverything();
    await pickFile(lines.join('\n'), 'damaged.jsonl');
    await waitFor(() => expect(status()).toMatch(/damaged\.jsonl was not restored: \d+ problems? found, and nothing was changed\./));
    expect(text(dialog().querySelector('.dash-problems'))).toMatch(/Line 3: /);
    const db = await openDatabase();
    expect(await db.count('exchanges')).toBe(0);
    expect(await db.count('findings')).toBe(0);
    db.close();
  });

  it('rejects a file that is not a backup in plain words', async () => {
    await pickFile('this is not json\n', 'notes.txt');
    await waitFor(() => expect(status()).toContain('notes.txt was not restored'));
    expect(text(dialog().querySelector('.dash-problems'))).toContain('Line 1: the first line must be the backup header');
  });
});

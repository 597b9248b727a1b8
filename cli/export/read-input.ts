/** Reading the input of `speclens export` and `speclens validate`: a backup or a scenario file, validated whole. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { StoreRecords } from '../../exporters/backup';
import { emptyStoreRecords } from '../../exporters/backup';
import { readImportFile, type Chunks, type ImportFile } from '../../exporters/import-file';
import { UsageError } from '../errors';

/** A reader that can be opened more than once (the first line decides the kind); stdin is read once and kept. */
export async function openInput(path: string, stdin: NodeJS.ReadableStream): Promise<{ name: string; open: () => Chunks }> {
  if (path === '-') {
    let text = '';
    stdin.setEncoding?.('utf8');
    for await (const chunk of stdin) text += String(chunk);
    return { name: '<stdin>', open: () => [text] };
  }
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(error as Error).message}`);
  }
  if (!isFile) throw new UsageError(`not a file: ${path}`);
  return { name: path, open: () => createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string> };
}

export async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<{ name: string; file: ImportFile }> {
  const { name, open } = await openInput(path, stdin);
  return { name, file: await readImportFile(open) };
}

/** The records an export works on: a backup's stores, or what importing a scenario file would add. */
export function recordsOf(file: ImportFile): StoreRecords {
  if (file.kind === 'backup') return file.records;
  const records = emptyStoreRecords();
  if (file.records) Object.assign(records, file.records);
  return records;
}

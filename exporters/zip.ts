/**
 * Streams files into a ZIP archive with fflate: each file is deflated as its chunks arrive and the
 * archive bytes go to the sink as they are produced, so memory holds compressed output at most.
 */
import { Zip, ZipDeflate } from 'fflate';
import type { ExportFile } from './export-file';
import { encodedChunks, type ByteSink } from './sink';

export interface ZipOptions {
  /** Time stamp of every entry (a fixed value makes the archive reproducible). */
  mtime: Date;
  /** Deflate level 0-9; 6 is zlib's default balance of size and speed. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

export async function writeZip(files: readonly ExportFile[], sink: ByteSink, options: ZipOptions): Promise<void> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else pending.push(data);
  });
  const flush = async () => {
    if (failure) throw failure;
    while (pending.length > 0) await sink.write(pending.shift()!);
  };
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two export files are named ${file.path}`);
    seen.add(file.path);
    const entry = new ZipDeflate(file.path, { level: options.level ?? 6 });
    entry.mtime = options.mtime;
    zip.add(entry);
    for (const bytes of encodedChunks(file)) {
      entry.push(bytes);
      await flush();
    }
    entry.push(new Uint8Array(0), true);
    await flush();
  }
  zip.end();
  await flush();
}

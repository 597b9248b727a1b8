/** Writes export bytes to a file (through a temporary name, so a failed export leaves no half file) or to stdout. */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ByteSink } from '../../exporters/sink';

export interface FileSink extends ByteSink {
  bytes: number;
  /** Finishes the output; for a file, moves it into place when `ok`, else removes it. */
  close(ok: boolean): Promise<void>;
}

function streamSink(stream: Writable, finish: (ok: boolean) => Promise<void>): FileSink {
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure ??= error));
  const sink: FileSink = {
    bytes: 0,
    async write(chunk) {
      if (failure) throw failure;
      sink.bytes += chunk.byteLength;
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
      if (failure) throw failure;
    },
    close: async (ok) => {
      await finish(ok && failure === null);
      if (failure) throw failure;
    },
  };
  return sink;
}

export function fileSink(path: string): FileSink {
  const temporary = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(temporary);
  return streamSink(stream, async (ok) => {
    if (!stream.destroyed) {
      stream.end();
      await once(stream, 'close').catch(() => {});
    }
    if (ok) await rename(temporary, path);
    else await rm(temporary, { force: true });
  });
}

export function stdoutSink(): FileSink {
  return streamSink(process.stdout, async () => {});
}

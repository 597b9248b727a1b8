/** Where the CLI writes and reads; commands take an `Io` so output is easy to redirect. */
export interface Io {
  /** Write one line (a newline is added) to standard output. */
  out(line: string): void;
  /** Write one line (a newline is added) to standard error. */
  err(line: string): void;
  stdin: NodeJS.ReadableStream;
}

export function processIo(): Io {
  // `speclens scan big.jsonl | head` closes the pipe early; that is a normal way to stop, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => void process.stderr.write(`${line}\n`),
    stdin: process.stdin,
  };
}

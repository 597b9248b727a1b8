/** An error in how the CLI was called (bad option, unreadable file, invalid config): exit code 2. */
export class UsageError extends Error {}

/** A problem with one input line; the command reports it and goes on with the next line. */
export class InputError extends Error {}

export const EXIT_OK = 0;
export const EXIT_SOME_LINES_FAILED = 1;
export const EXIT_USAGE = 2;

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options. */
export function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

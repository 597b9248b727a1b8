/** Entry point of the `speclens` command: picks the command and turns usage errors into exit code 2. */
import { readFileSync } from 'node:fs';
import { errorMessage, EXIT_OK, EXIT_USAGE, isParseArgsError, UsageError } from './errors';
import { processIo, type Io } from './io';
import { USAGE } from './usage';

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on demand, so --help and usage errors do not pay for compiling the rules.
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan')).scanCommand,
  eval: async () => (await import('./commands/eval')).evalCommand,
  rules: async () => (await import('./commands/rules')).rulesCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  validate: async () => (await import('./commands/validate')).validateCommand,
  extract: async () => (await import('./commands/extract')).extractCommand,
};

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(USAGE);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(readVersion());
    return EXIT_OK;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(`speclens: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    io.err('Run "speclens --help" for usage.');
    return EXIT_USAGE;
  }
  const command = await load();
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`speclens ${name}: ${errorMessage(error)}`);
      io.err(`Run "speclens ${name} --help" for usage.`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

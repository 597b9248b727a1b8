/** `speclens validate FILE`: checks a scenario file or a backup, printing every problem with its line. */
import { parseArgs } from 'node:util';
import { STORE_NAMES } from '../../storage/records';
import { formatProblem } from '../../exporters/problems';
import { SCENARIO_VERDICTS } from '../../exporters/schema';
import { EXIT_OK, EXIT_SOME_LINES_FAILED, UsageError } from '../errors';
import { readInput } from '../export/read-input';
import type { Io } from '../io';

export const VALIDATE_USAGE = `Usage: speclens validate FILE|-

Checks a SpecLens scenario file (JSONL, docs/SCENARIO_FORMAT.md) or a SpecLens backup, the files
the extension imports. The first line tells which it is. Every problem is printed as FILE:LINE:
message; the extension imports a file only when this finds nothing.

Checked: JSON on every line, every field against the schema, evidence quotes against the text
they point into, duplicate ids, scenarios about the same reply that disagree; for a backup also
the header, each store's records, references between stores and the announced record counts.

Options:
  -h, --help  show this help

Exit code: 0 when the file is valid, 1 when it has problems, 2 for a usage error.`;

export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    io.out(VALIDATE_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing FILE (or - for standard input)' : `expected one file, got ${positionals.length}`);
  const { name, file } = await readInput(positionals[0]!, io.stdin);
  const what = file.kind === 'backup' ? 'backup' : 'scenario file';
  if (file.problems.length > 0) {
    for (const p of file.problems) io.out(formatProblem(p, name));
    io.err(`speclens validate: ${name}: ${file.problems.length} problem${file.problems.length === 1 ? '' : 's'} in this ${what}; importing it would change nothing.`);
    return EXIT_SOME_LINES_FAILED;
  }
  if (file.kind === 'backup') {
    const counts = STORE_NAMES.map((s) => `${file.records[s].length} ${s}`).join(', ');
    io.out(`${name}: valid backup (database schema ${file.header!.database_schema}, made ${file.header!.created_at} by SpecLens ${file.header!.speclens_version}): ${counts}`);
  } else {
    const byVerdict = SCENARIO_VERDICTS.map((v) => [v, file.scenarios.filter((s) => s.verdict === v).length] as const).filter(([, n]) => n > 0);
    io.out(`${name}: valid scenario file: ${file.scenarios.length} scenarios (${byVerdict.map(([v, n]) => `${n} ${v}`).join(', ')})`);
  }
  return EXIT_OK;
}

/** `speclens scan FILE.jsonl|-`: check every conversation of a JSONL file and print the findings. */
import { parseArgs } from 'node:util';
import type { EngineConfig } from '../../engine/config';
import { analyze } from '../../engine/run';
import { RULES } from '../../rules';
import { conversationFromRecord, parseJsonRecord, recordId } from '../conversation';
import { errorMessage, EXIT_OK, EXIT_SOME_LINES_FAILED, InputError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadConfig } from '../load-config';
import { openJsonlSource, readJsonlLines } from '../read-jsonl';
import { renderConversation, ScanTally } from '../scan/render-text';

export const SCAN_USAGE = `Usage: speclens scan FILE.jsonl|- [--json] [--config FILE]

Checks the last assistant reply of every conversation in a JSONL file (one JSON object a line;
"-" reads standard input). Each line is either
  {"id": ..., "messages": [{"role": "user", "content": ...}, ..., {"role": "assistant", "content": ...}]}
or
  {"id": ..., "prompt": ..., "response": ...}
with optional "site" and "model". Roles: system, developer, user, assistant, tool.

Options:
  --json         one JSON object per input line, in input order:
                 {"id", "line", "findings", "signals", "errors"}; a malformed line gives
                 {"id", "line", "error"}. Evidence turn ids are t0, t1, ... in message order.
  --config FILE  a JSON engine config: {"preset", "rules": {"<rule-id>": "off" | "on" |
                 {"enabled": bool, "severity": "info|low|medium|high|critical"}},
                 "minConfidence": "low|medium|high", "customRules": [...]};
                 see "speclens rules --help" for presets and custom rules
  -h, --help     show this help

Exit code: 0 when every line was checked, 1 when a line was malformed or a rule failed,
2 for a usage error (bad option, missing file, invalid config).`;

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(SCAN_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'missing FILE.jsonl (or - for standard input)' : `expected one file, got ${positionals.length}`);
  }
  const config: EngineConfig = values.config !== undefined ? await loadConfig(values.config) : {};
  const source = await openJsonlSource(positionals[0]!, io.stdin);
  const tally = new ScanTally();
  const asJson = values.json;

  for await (const { line, text } of readJsonlLines(source)) {
    let id: string | null = null;
    try {
      const record = parseJsonRecord(text);
      id = recordId(record);
      const { exchange } = conversationFromRecord(record);
      const result = analyze(exchange, { rules: RULES, config });
      tally.add(result.findings, result.errors.length);
      for (const error of result.errors) io.err(`speclens: ${source.name}:${line}: rule ${error.ruleId} failed: ${error.error}`);
      if (asJson) {
        io.out(JSON.stringify({ id, line, findings: result.findings, signals: result.signals, errors: result.errors }));
      } else {
        if (tally.conversations > 1) io.out('');
        io.out(renderConversation({ id, line, site: exchange.site, model: exchange.model }, exchange, result));
      }
    } catch (error) {
      // Input problems are expected; anything else is an engine bug on this input. Both skip the line only.
      const message = error instanceof InputError ? errorMessage(error) : `engine error: ${errorMessage(error)}`;
      tally.failedLines++;
      io.err(`speclens: ${source.name}:${line}: ${message}`);
      if (asJson) io.out(JSON.stringify({ id, line, error: message }));
    }
  }

  if (!asJson) io.out(`\n${tally.summary()}`);
  return tally.failedLines > 0 || tally.ruleErrors > 0 ? EXIT_SOME_LINES_FAILED : EXIT_OK;
}

/** The native format: one SpecLens scenario per line (docs/SCENARIO_FORMAT.md). */
import { jsonlFile, type ExportFormat } from './export-file';

export const jsonlFormat: ExportFormat = {
  name: 'jsonl',
  describe: ([path]) =>
    `\`${path}\`: SpecLens scenarios, one JSON object per line (format "speclens-scenario", version 1). ` +
    'Import it into SpecLens again, or check it with `speclens validate`.',
  files: (scenarios) => [jsonlFile('scenarios.jsonl', scenarios, (s) => s)],
};

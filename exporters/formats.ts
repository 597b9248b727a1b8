/** Every export format by name, in the order they appear in a zip's README. */
import type { ExportFormat, FormatName } from './export-file';
import { csvFormat } from './format-csv';
import { inspectFormat } from './format-inspect';
import { jsonlFormat } from './format-jsonl';
import { markdownFormat } from './format-markdown';
import { openaiEvalsFormat } from './format-openai-evals';
import { promptfooFormat } from './format-promptfoo';

export const FORMATS: Record<FormatName, ExportFormat> = {
  jsonl: jsonlFormat,
  inspect: inspectFormat,
  promptfoo: promptfooFormat,
  'openai-evals': openaiEvalsFormat,
  csv: csvFormat,
  markdown: markdownFormat,
};

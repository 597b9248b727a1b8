/** What a format writes: files made of string chunks, produced lazily so nothing is built as one string. */
import type { Scenario } from './schema';

export interface ExportFile {
  /** Path inside the export (zip entry name, or the file name for a single-file export). */
  path: string;
  /** The content, a few lines per chunk; may be iterated only once. */
  chunks(): Iterable<string>;
}

export interface ExportContext {
  /** When the export was made (ISO 8601); written into READMEs and reports, not into data lines. */
  createdAt: string;
  speclensVersion: string;
  /** What was chosen, in words (e.g. "confirmed findings, site chatgpt"). */
  selection: string;
}

export const FORMAT_NAMES = ['jsonl', 'inspect', 'promptfoo', 'openai-evals', 'csv', 'markdown'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface ExportFormat {
  name: FormatName;
  /** One line for the README inside the zip: what the files are and how to use them. */
  describe(paths: readonly string[]): string;
  files(scenarios: readonly Scenario[], context: ExportContext): ExportFile[];
}

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

/** A file of one line per item. */
export function jsonlFile<T>(path: string, items: readonly T[], toLine: (item: T) => unknown): ExportFile {
  return {
    path,
    *chunks() {
      for (const item of items) yield `${JSON.stringify(toLine(item))}\n`;
    },
  };
}

export function textFile(path: string, text: string): ExportFile {
  return {
    path,
    *chunks() {
      yield text;
    },
  };
}

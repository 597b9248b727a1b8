/** The check list of a standalone e2e file: one printed line per check, then "N passed, N failed". */
import { writeFileSync } from 'node:fs';

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Checks {
  readonly results: CheckResult[];
  check(name: string, ok: boolean, detail?: string): boolean;
  /** Prints the summary, writes the JSON report when asked, and exits 1 when any check failed. */
  finish(reportFile?: string): never;
}

export function createChecks(): Checks {
  const results: CheckResult[] = [];
  return {
    results,
    check(name, ok, detail = '') {
      results.push({ name, ok, detail });
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
      return ok;
    },
    finish(reportFile) {
      const failed = results.filter((r) => !r.ok).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      if (reportFile) writeFileSync(reportFile, JSON.stringify({ passed: results.length - failed, failed, tests: results }, null, 2));
      process.exit(failed === 0 && results.length > 0 ? 0 : 1);
    },
  };
}

export const errorText = (err: unknown): string => (err instanceof Error ? (err.stack ?? err.message) : String(err));

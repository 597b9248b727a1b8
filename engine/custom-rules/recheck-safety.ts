/**
 * A `RegexSafetyCheck` backed by recheck (automaton analysis plus fuzzing). In Node, `checkSync`
 * uses recheck's native binary when its optional package is installed and its pure JavaScript
 * build otherwise. A bundler that honours the package's `browser` field gets the pure build
 * (lib/browser.js: 2.8 MB, about 700 KB gzipped, no Node APIs, no eval), which can run on an
 * extension page; it blocks for up to `timeoutMs` per pattern, so call it when a config is saved,
 * not on every analysis.
 */
import { checkSync } from 'recheck';
import type { RegexSafetyCheck } from './regex-safety';

/** Patterns recheck cannot settle within this time are treated as unsafe. */
export const RECHECK_TIMEOUT_MS = 5000;

export function recheckSafety(timeoutMs = RECHECK_TIMEOUT_MS): RegexSafetyCheck {
  return (source, flags) => {
    const result = checkSync(source, flags, { timeout: timeoutMs });
    if (result.status === 'safe') return { safe: true };
    if (result.status === 'vulnerable') {
      const complexity = result.complexity.type === 'polynomial' ? `polynomial (degree ${result.complexity.degree})` : result.complexity.type;
      const attack = result.attack ? `, e.g. on ${result.attack.pattern}` : '';
      return { safe: false, reason: `can backtrack catastrophically: ${complexity} time${attack}` };
    }
    return { safe: false, reason: `could not be shown safe from catastrophic backtracking (${"message" in result.error ? result.error.message : result.error.kind})` };
  };
}

/**
 * Regex checks for custom rules. Syntax and flags are checked here, everywhere; whether a pattern can
 * backtrack catastrophically is decided by a pluggable `RegexSafetyCheck`, because the checker we use
 * (recheck, see recheck-safety.ts) is a 2.8 MB script that the CLI and the tests load but the
 * extension's service worker should not. Whoever accepts a config from a user (the CLI's --config,
 * the extension's options page) passes a check; the engine itself trusts a config it is given.
 */
export type RegexSafetyVerdict = { safe: true } | { safe: false; reason: string };

/** Decides whether a regex (source and flags, without `g`) runs in linear time on any input. */
export type RegexSafetyCheck = (source: string, flags: string) => RegexSafetyVerdict;

/** Compiles a user pattern, or returns why it does not compile. */
export function compileUserPattern(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

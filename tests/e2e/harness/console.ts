/**
 * Which console entries of a chat page count against the extension. Every error and uncaught
 * exception does, and anything from an extension script, with one exception: Firefox reports its
 * MathML parser's complaints about the saved page's own markup (KaTeX output in the ChatGPT, Claude
 * and Perplexity fixtures, e.g. "Invalid markup: Incorrect number of children for <msubsup/> tag.")
 * as page errors, at a moment that depends on layout timing. They come from the page, not from us.
 */
import type { ConsoleEntry } from './browsers';

const PAGE_MARKUP_DIAGNOSTIC = /^(?:Error: )?Invalid markup: /;

export function isPageMarkupDiagnostic(entry: ConsoleEntry): boolean {
  return entry.url === '' && PAGE_MARKUP_DIAGNOSTIC.test(entry.text);
}

/** Errors, uncaught exceptions and extension messages, minus the page's own markup diagnostics. */
export function problemsOnPage(entries: readonly ConsoleEntry[], options: { anyError: boolean } = { anyError: true }): ConsoleEntry[] {
  return entries.filter(
    (m) =>
      !isPageMarkupDiagnostic(m) &&
      ((options.anyError && m.type === 'error') || m.type === 'pageerror' || /(?:chrome|moz)-extension:\/\//.test(m.url) || /speclens/i.test(m.text)),
  );
}

import { describe, expect, it } from 'vitest';
import { isPageMarkupDiagnostic, problemsOnPage } from '../e2e/harness/console';

describe('e2e console classification', () => {
  const mathml = { type: 'pageerror', text: 'Error: Invalid markup: Incorrect number of children for <msubsup/> tag.', url: '' };
  const thrown = { type: 'pageerror', text: 'TypeError: x is undefined', url: '' };
  const ours = { type: 'log', text: 'hello', url: 'moz-extension://1234/content-scripts/chat.js' };
  const siteError = { type: 'error', text: 'Failed to load resource', url: 'https://chatgpt.com/x.js' };

  it("leaves out Firefox's MathML complaints about the saved page's markup", () => {
    expect(isPageMarkupDiagnostic(mathml)).toBe(true);
    expect(isPageMarkupDiagnostic({ ...mathml, url: 'moz-extension://1234/chat.js' })).toBe(false);
    expect(problemsOnPage([mathml])).toEqual([]);
  });

  it('keeps uncaught exceptions, extension messages and (when asked) every error', () => {
    expect(problemsOnPage([mathml, thrown, ours, siteError])).toEqual([thrown, ours, siteError]);
    expect(problemsOnPage([mathml, thrown, ours, siteError], { anyError: false })).toEqual([thrown, ours]);
  });
});

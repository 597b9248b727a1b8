/** Conversation ids from page addresses. */

/** The first capture group of `pattern` against the URL path, or null. */
export function idFromPath(url: URL, pattern: RegExp): string | null {
  const match = pattern.exec(url.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** Whether the URL's host is one of `hosts` (exact, lower-case). */
export function hostIs(url: URL, hosts: readonly string[]): boolean {
  return hosts.includes(url.hostname.toLowerCase());
}

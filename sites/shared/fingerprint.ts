/** A short, stable hash of a text, used to tell whether a streaming reply has stopped changing. */

/** FNV-1a (32 bit) over the UTF-16 code units, as 8 hex digits, plus the length in base 36. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

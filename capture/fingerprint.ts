/**
 * A short, stable hash of a reply's text, insensitive to whitespace layout (re-renders often change
 * only spacing). Two 32-bit FNV-1a lanes with different seeds make accidental collisions between the
 * few replies of one conversation practically impossible; this is not a cryptographic hash.
 */
export function normalizeForFingerprint(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function textFingerprint(text: string): string {
  return hashOf(normalizeForFingerprint(text));
}

let lastSample: { text: string; fingerprint: string | null } | null = null;

/**
 * The fingerprint of a sampled reply text, or null when the text is only whitespace. The last text
 * asked about is remembered: the confirming sample of a reply is usually the very same string, and a
 * long reply takes a while to normalize and hash.
 */
export function sampleFingerprint(text: string): string | null {
  if (lastSample?.text !== text) {
    const normalized = normalizeForFingerprint(text);
    lastSample = { text, fingerprint: normalized === '' ? null : hashOf(normalized) };
  }
  return lastSample.fingerprint;
}

function hashOf(normalized: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ normalized.length;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

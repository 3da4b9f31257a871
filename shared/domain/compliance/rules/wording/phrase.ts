/**
 * Builders for phrase patterns, built once at module load. Obfuscations (spaced-out letters,
 * zero-width characters, half-width katakana) are undone in a second view of the text
 * (deobfuscate.ts), so the phrases here stay plain literals, which V8 scans fastest.
 */

/** Regex-escapes one string (no `u` flag is used, so plain escaping is enough). */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A Latin phrase: words separated by any run of spaces or hyphens ("follow us", "follow-us"). */
export function latin(phrase: string): string {
  return phrase.split(' ').map(escapeRegex).join('[ \\t\\-]+');
}

/** A CJK phrase; a space in it stands for optional spacing (Korean spaces words, or not: 수신 거부 / 수신거부). */
export function cjk(phrase: string): string {
  return phrase.split(' ').map(escapeRegex).join('\\s*');
}

/** Alternation of already-built sources. */
export function anyOf(sources: readonly string[]): string {
  return `(?:${sources.join('|')})`;
}

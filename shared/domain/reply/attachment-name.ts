/**
 * The user's own file name, made safe to write into a MIME header and to show: no directory
 * parts (a name is never a path, C:\fakepath\ included), no control or bidi-override
 * characters (a "‮fdp.exe" trick), at most 255 UTF-16 units, never empty or "." / "..".
 */
const MAX = 255;
const UNSAFE = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Drops control and bidi-override characters: "photo\u202Egnp.exe" would otherwise show as
 * "photoexe.png". Also what the thread view applies to a received attachment's name.
 */
export function stripUnsafeChars(name: string): string {
  return name.replace(UNSAFE, '');
}

export function sanitizeFilename(name: string, fallback = 'attachment'): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  let clean = stripUnsafeChars(base).replace(/\s+/g, ' ').trim();
  clean = clean.replace(/^\.+$/, '');
  if (clean === '') return fallback;
  if (clean.length <= MAX) return clean;
  // Keep the extension: the buyer's viewer picks by it, and it is the end that gets lost.
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  return clean.slice(0, MAX - ext.length).replace(/[\uD800-\uDBFF]$/, '') + ext;
}

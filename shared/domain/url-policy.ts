/**
 * Which links may leave the app for the user's browser or mail client. Buyer mail is hostile
 * input, so the rule is an allow-list (https and mailto), checked on the parsed URL rather than
 * on the string, and the URL handed on is the parser's normalised form, never the raw text.
 */

export interface SafeExternalUrl {
  /** The normalised URL to open (host in punycode, so the browser opens what was shown). */
  href: string;
  /** What to show the user before opening: the same href, IDN hosts stay in punycode. */
  display: string;
  /** True when the host has an internationalised label, a common homograph trick (аpple.com). */
  hasIdnHost: boolean;
}

const MAX_URL_LENGTH = 2048;

/** mailto fields RFC 6068 defines that are harmless; `attach=` & co. have exfiltrated files before. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'in-reply-to']);

// Whitespace and C0/C1 controls: the URL parser silently drops some (tab, newline), which is how
// `java\nscript:` and split hosts get past naive string checks.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

export function parseSafeExternalUrl(raw: string): SafeExternalUrl | null {
  if (raw.length === 0 || raw.length > MAX_URL_LENGTH || CONTROL_OR_SPACE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return checkHttps(url);
  if (url.protocol === 'mailto:') return checkMailto(url);
  return null;
}

export function isSafeExternalUrl(raw: string): boolean {
  return parseSafeExternalUrl(raw) !== null;
}

function checkHttps(url: URL): SafeExternalUrl | null {
  // `https://amazon.co.jp@evil.example/` shows a trusted name but goes to evil.example.
  if (url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  // Links to this machine or the LAN (router admin pages, local dev servers) have no place in a
  // buyer message; the parser has already turned decimal/hex IPv4 forms into dotted quads.
  const bare = host.replace(/\.$/, '');
  if (!bare.includes('.') || bare.endsWith('.localhost') || isIpLiteral(bare)) return null;
  return {
    href: url.href,
    display: url.href,
    hasIdnHost: host.split('.').some((label) => label.startsWith('xn--')),
  };
}

function checkMailto(url: URL): SafeExternalUrl | null {
  const to = decodeSafely(url.pathname);
  if (to === null || !to.includes('@')) return null;
  for (const key of url.searchParams.keys()) {
    if (!MAILTO_FIELDS.has(key.toLowerCase())) return null;
  }
  return { href: url.href, display: url.href, hasIdnHost: false };
}

function isIpLiteral(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}

function decodeSafely(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Hosts for the link settings (allowed domains, own website). Sellers paste whatever they have
 * at hand — a whole tracking URL, "ｗｗｗ．ｓｈｏｐ．ｊｐ" from an IME, "*.example.com" — so the
 * field accepts that and stores the bare lower-case host the checker compares.
 */

/** The contract's limits (shared/api/schemas/replies.ts complianceSettingsSchema). */
export const MAX_ALLOWED_DOMAINS = 200;
export const MAX_OWN_DOMAINS = 50;
const MAX_HOST = 253;

// Hostname after WHATWG URL parsing: ASCII labels (RFC 1035 letters-digits-hyphen) and a
// top-level label that is alphabetic or an IDN A-label; this refuses IPs and single labels.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// Ideographic and full-width full stops: UTS #46 treats them as dots, and IMEs type them.
const DOTS = /[。．｡]/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

/**
 * The host a line means, or null when it is not a domain. An IDN stays in the Unicode form
 * the seller typed (lower-cased, NFKC): the checker (compliance/rules/contact/hosts.ts) compares
 * hosts as written in the reply, and sellers write 例え.jp, not xn--r8jz45g.jp. Validity is
 * decided on the ASCII form WHATWG URL gives (UTS #46 / RFC 5891), so every stored entry is a
 * host a browser would accept.
 */
export function normalizeDomain(input: string): string | null {
  let s = input.normalize('NFKC').replace(DOTS, '.').trim().toLowerCase();
  s = s.replace(SCHEME, '');
  s = s.split(/[/?#]/, 1)[0] ?? '';
  // user@host is an address, not a domain: refusing it beats silently keeping half of it.
  if (s.includes('@')) return null;
  s = s
    .replace(/:\d*$/, '')
    .replace(/^\*?\.+/, '')
    .replace(/\.+$/, '');
  // Letters, digits, marks, dots and hyphens only: the URL parser would quietly percent-decode
  // or drop anything else, and the stored text must be the host itself.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(s)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${s}/`).hostname;
  } catch {
    return null;
  }
  if (ascii.length > MAX_HOST || !HOST.test(ascii)) return null;
  // "www." narrows nothing the seller meant: subdomains match anyway, and an own-site entry
  // of www.shop.jp must also catch links to shop.jp.
  return s.startsWith('www.') && s.indexOf('.', 4) > 0 ? s.slice(4) : s;
}

export interface DomainListResult {
  /** Normalised, deduplicated, in the order written. */
  domains: string[];
  /** Entries that are not domains, as written. */
  invalid: string[];
}

/**
 * One domain per line; commas (also 、，) and semicolons separate too, for pasted lists. Spaces
 * separate only when every part is a domain, so "my shop.jp" is reported whole, not in pieces.
 */
export function parseDomainList(text: string): DomainListResult {
  const domains: string[] = [];
  const invalid: string[] = [];
  for (const entry of text.split(/[\n,，、;；]+/)) {
    const token = entry.trim();
    if (token === '') continue;
    const hosts = token.split(/\s+/).map(normalizeDomain);
    if (hosts.some((h) => h === null)) {
      invalid.push(token);
      continue;
    }
    for (const host of hosts) if (host !== null && !domains.includes(host)) domains.push(host);
  }
  return { domains, invalid };
}

/** The text to show after editing: valid entries normalised, wrong ones kept so they can be fixed. */
export function tidyDomainText(text: string): string {
  const { domains, invalid } = parseDomainList(text);
  return [...domains, ...invalid].join('\n');
}

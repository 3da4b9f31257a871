/** Host names out of link text, and matching them against the seller's domain lists. */

/** A settings entry as the seller may type it ("https://Shop.Example.com/", "*.example.com"). */
export function normalizeDomain(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^\*\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
}

// The settings object is replaced, not mutated, when the seller edits a list (as banned-words.ts
// relies on too), so a list's identity keys its normalised form: once per list, not per link.
const normalized = new WeakMap<readonly string[], readonly string[]>();

function normalizedDomains(domains: readonly string[]): readonly string[] {
  let list = normalized.get(domains);
  if (!list) normalized.set(domains, (list = domains.map(normalizeDomain).filter((d) => d !== '')));
  return list;
}

/** True when `host` is one of `domains` or a subdomain of one ("shop.example.com" ⊂ "example.com"). */
export function hostMatches(host: string, domains: readonly string[]): boolean {
  if (domains.length === 0) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  return normalizedDomains(domains).some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * The host of a URL as written ("https://user@Shop.example.com:8443/x" -> "shop.example.com").
 * By hand rather than `new URL`: the text may be a fragment the URL parser rejects, and the
 * userinfo trick (`https://amazon.co.jp@evil.example/`) must yield the real host, evil.example.
 */
export function hostOfUrl(url: string): string {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/i, '');
  const authority = afterScheme.split(/[/?#\\]/, 1)[0] ?? '';
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const bracketed = /^\[[^\]]*\]/.exec(host);
  return (bracketed ? bracketed[0] : host.replace(/:\d*$/, '')).toLowerCase().replace(/\.$/, '');
}

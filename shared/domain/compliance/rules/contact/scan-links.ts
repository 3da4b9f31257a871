import type { CheckedText } from '../../types.js';
import { AT_SEPARATOR, DOT_SEPARATOR, plainHost } from './deobfuscate.js';
import { hostOfUrl } from './hosts.js';
import { TLD_ALTERNATION } from './tlds.js';

/**
 * Finds links and email addresses in one field, on the width-folded text (so ｈｔｔｐｓ：／／ and
 * ＠ match) with offsets that are valid in the original. The link, email and phone rules all read
 * this one scan, cached per field, so a keystroke costs one pass however many rules look.
 */

export interface LinkMatch {
  start: number;
  end: number;
  /** Lowercase, plain dots ("example dot com" -> "example.com"). */
  host: string;
  /** The link exactly as written (what confirmedLinks holds). */
  href: string;
  /** An https:// URL; everything else (http:, ftp:, www., bare and hidden domains) is insecure. */
  secure: boolean;
}

export interface EmailMatch {
  start: number;
  end: number;
  domain: string;
}

export interface LinkScan {
  links: LinkMatch[];
  emails: EmailMatch[];
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// RFC 3986 unreserved + reserved + '%': the characters a URL can hold; CJK text ends it.
const URL_CHAR = "[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const PATH = `(?::\\d{1,5})?(?:[/?#]${URL_CHAR}*)?`;

const SCHEME_URL = new RegExp(`\\b([a-z][a-z0-9+.-]{1,20}):\\/\\/${URL_CHAR}+`, 'gi');
// Schemes without "//" that reach the buyer outside the marketplace (or run code).
const OPAQUE_URL = new RegExp(
  `\\b(?:mailto|tel|sms|callto|javascript|vbscript|data|file|skype|line|weixin|whatsapp|viber|kakaotalk):${URL_CHAR}+`,
  'gi',
);
const WWW_HOST = new RegExp(
  `(?<![a-z0-9@._/-])www\\d{0,3}${DOT_SEPARATOR}(?:${LABEL}${DOT_SEPARATOR})*${LABEL}${PATH}`,
  'gi',
);
const BARE_HOST = new RegExp(
  `(?<![a-z0-9@._/-])(?:${LABEL}${DOT_SEPARATOR})+(${TLD_ALTERNATION})(?![a-z0-9-])${PATH}`,
  'gi',
);
// Emails are found from their "@" (plain or hidden) outwards: trying an address at every word of
// a long draft cost more than all the link patterns together.
const AT_ANY = new RegExp(AT_SEPARATOR, 'gi');
const LOCAL_BEFORE = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}$/i;
const PLAIN_DOMAIN_AFTER = new RegExp(`(?:${LABEL}${DOT_SEPARATOR})+[a-z]{2,24}(?![a-z0-9-])`, 'iy');
// With a hidden "@" ("shop at example dot com") the domain must end in a known TLD, or "meet at
// noon.Then" would count.
const HIDDEN_DOMAIN_AFTER = new RegExp(
  `(?:${LABEL}${DOT_SEPARATOR})+(?:${TLD_ALTERNATION})(?![a-z0-9-])`,
  'iy',
);

// "Find us at example.com" names a site (the link rules report it), not an address: a plain
// " at " after these words is English, after anything else ("shop at example dot com") an address.
const PROSE_BEFORE_AT: ReadonlySet<string> = new Set(
  'us me you him her them it we i look find visit available online here there sold buy order ordered arrive arrived is are was be'.split(
    ' ',
  ),
);

const cache = new WeakMap<CheckedText, LinkScan>();

export function scanLinks(text: CheckedText): LinkScan {
  let scan = cache.get(text);
  if (!scan) {
    scan = scanUncached(text);
    cache.set(text, scan);
  }
  return scan;
}

interface Span {
  start: number;
  end: number;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

/** Sentence punctuation after a link is not part of it; a ")" is, when the link opened one. */
function trimTrailing(s: string): string {
  let out = s;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if ('.,;:!?\'"]}*'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g) ?? []).length < (out.match(/\)/g) ?? []).length)
      out = out.slice(0, -1);
    else return out;
  }
}

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) yield m;
}

function scanUncached(text: CheckedText): LinkScan {
  const s = text.folded;
  const links: LinkMatch[] = [];
  const urls: Span[] = [];
  for (const m of matches(SCHEME_URL, s)) {
    const written = trimTrailing(m[0]);
    const start = m.index;
    const end = start + written.length;
    const scheme = (m[1] ?? '').toLowerCase();
    links.push({
      start,
      end,
      host: hostOfUrl(written),
      href: text.raw.slice(start, end),
      secure: scheme === 'https',
    });
    urls.push({ start, end });
  }
  for (const m of matches(OPAQUE_URL, s)) {
    const written = trimTrailing(m[0]);
    if (overlaps(urls, m.index, m.index + written.length)) continue;
    links.push({
      start: m.index,
      end: m.index + written.length,
      host: hostOfUrl(written).split('@').at(-1) ?? '',
      href: text.raw.slice(m.index, m.index + written.length),
      secure: false,
    });
    urls.push({ start: m.index, end: m.index + written.length });
  }
  const emails: EmailMatch[] = [];
  const emailSpans: Span[] = [];
  for (const at of matches(AT_ANY, s)) {
    const sep = at[0];
    const local = LOCAL_BEFORE.exec(s.slice(Math.max(0, at.index - 64), at.index));
    if (!local) continue;
    const hidden = !sep.includes('@') || /[[({<]/.test(sep);
    if (hidden && /^\s+at\s+$/i.test(sep) && PROSE_BEFORE_AT.has(local[0].toLowerCase())) continue;
    const domainRe = hidden ? HIDDEN_DOMAIN_AFTER : PLAIN_DOMAIN_AFTER;
    domainRe.lastIndex = at.index + sep.length;
    const domain = domainRe.exec(s);
    if (!domain) continue;
    const start = at.index - local[0].length;
    const end = domain.index + domain[0].length;
    // The userinfo of a URL ("https://amazon.co.jp@evil.example") is the link's business.
    if (
      overlaps(emailSpans, start, end) ||
      urls.some((u) => start >= u.start && end <= u.end && !isMailto(s, u))
    )
      continue;
    emails.push({ start, end, domain: plainHost(domain[0]) });
    emailSpans.push({ start, end });
  }
  for (const re of [WWW_HOST, BARE_HOST]) {
    for (const m of matches(re, s)) {
      const written = trimTrailing(m[0]);
      const start = m.index;
      const end = start + written.length;
      if (overlaps(urls, start, end) || overlaps(emailSpans, start, end)) continue;
      if (re === BARE_HOST && looksLikeProse(written, m[1] ?? '')) continue;
      const hostPart = written.split(/[/?#]/, 1)[0] ?? written;
      // "3点at" is "at three o'clock": a hidden dot after a number is a time or a decimal.
      if (hostPart.includes('.') === false && /(?:^|\.)\d+\./.test(plainHost(hostPart))) continue;
      links.push({
        start,
        end,
        host: plainHost(hostPart).replace(/:\d+$/, ''),
        href: text.raw.slice(start, end),
        secure: false,
      });
      urls.push({ start, end });
    }
  }
  links.sort((a, b) => a.start - b.start);
  emails.sort((a, b) => a.start - b.start);
  return { links, emails };
}

function isMailto(s: string, u: Span): boolean {
  return s.slice(u.start, u.start + 7).toLowerCase() === 'mailto:';
}

/**
 * "arrived.It works" and "ok.So" are sentences typed without a space, not hosts: a Title-case
 * TLD ("It", "So", "Me") with no path is how a sentence start looks; hosts are written lowercase
 * or all caps.
 */
function looksLikeProse(written: string, tld: string): boolean {
  return /^[A-Z][a-z]+$/.test(tld) && !/[/?#]/.test(written);
}

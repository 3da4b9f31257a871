import { addressParser } from 'postal-mime';
import type { Address as ParsedAddress, Header } from 'postal-mime';
import type { Address } from '../../../../shared/domain/message.js';
import type { ParsedMessage } from '../parsed-message.js';
import { decodeWords } from './encoded-words.js';

// A header value this long is junk or an attack; automated-mail detection needs far less.
const MAX_HEADER_VALUE = 8192;

/** Lower-cased name → decoded value; repeated headers are joined with ", " in order. */
export function headerRecord(headers: readonly Header[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const h of headers) {
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(h.key)) continue;
    const value = decodeWords(h.value.slice(0, MAX_HEADER_VALUE));
    const prev = out[h.key];
    out[h.key] = prev === undefined ? value : `${prev}, ${value}`.slice(0, MAX_HEADER_VALUE);
  }
  return { ...out };
}

export function firstHeader(headers: readonly Header[], key: string): string | null {
  return headers.find((h) => h.key === key)?.value ?? null;
}

/** RFC 5322 msg-id without angle brackets; null when empty. */
export function messageIdOf(value: string | null): string | null {
  if (value === null) return null;
  const bracketed = /<([^<>]*)>/.exec(value);
  const id = (bracketed ? bracketed[1] : value)?.trim().replace(/\s+/g, '') ?? '';
  return id === '' ? null : id;
}

export function referencesOf(value: string | null): string[] {
  if (value === null) return [];
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((m) => (m[1] ?? '').trim());
  const ids = bracketed.length > 0 ? bracketed : value.split(/[\s,]+/);
  return ids.map((id) => id.replace(/\s+/g, '')).filter((id) => id !== '');
}

/** ISO 8601, or null for a missing or absurd date (year outside 1970–2200). */
export function dateOf(value: string | null): string | null {
  if (value === null) return null;
  const ms = Date.parse(value.replace(/\s*\([^)]*\)\s*$/, ''));
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  return year < 1970 || year > 2200 ? null : d.toISOString();
}

// Encoded words may only appear in a display name (RFC 2047 5.3), so each run of them can be
// replaced by its decoded text as a quoted string before the address list is split: the
// address parser then never sees a half-decoded name, and a decoded comma stays in the name.
function predecodeNames(value: string): string {
  let out = '';
  let inQuote = false;
  let i = 0;
  const run =
    /^=\?[^?\s]+\?[bBqQ]\?[^?\s]*(?:\?=|(?=\s|$))(?:\s*=\?[^?\s]+\?[bBqQ]\?[^?\s]*(?:\?=|(?=\s|$)))*/;
  while (i < value.length) {
    const ch = value[i] ?? '';
    if (ch === '\\' && inQuote) {
      out += value.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '"') inQuote = !inQuote;
    const m = ch === '=' ? run.exec(value.slice(i)) : null;
    if (m) {
      const escaped = decodeWords(m[0]).replace(/["\\]/g, '\\$&');
      out += inQuote ? escaped : `"${escaped}"`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function flatten(list: ParsedAddress[]): Address[] {
  const out: Address[] = [];
  for (const a of list) {
    if (a.group) out.push(...flatten(a.group));
    else {
      const address = { name: a.name.trim(), address: a.address.trim() };
      if (address.name !== '' || address.address !== '') out.push(address);
    }
  }
  return out;
}

export function addressesOf(value: string | null): Address[] {
  if (value === null || value.trim() === '') return [];
  try {
    return flatten(addressParser(predecodeNames(value.slice(0, MAX_HEADER_VALUE))));
  } catch {
    return [];
  }
}

/** The threading and sender fields every parse path reads the same way (full parse and fallback). */
export function envelopeOf(
  headers: readonly Header[],
): Pick<ParsedMessage, 'messageId' | 'inReplyTo' | 'references' | 'date' | 'from' | 'headers'> {
  return {
    messageId: messageIdOf(firstHeader(headers, 'message-id')),
    inReplyTo: messageIdOf(firstHeader(headers, 'in-reply-to')),
    references: referencesOf(firstHeader(headers, 'references')),
    date: dateOf(firstHeader(headers, 'date')),
    from: addressesOf(firstHeader(headers, 'from'))[0] ?? null,
    headers: headerRecord(headers),
  };
}

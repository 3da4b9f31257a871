import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Language } from '../../../message.js';
import { DASH_CHARS } from '../../../text-normalize.js';
import type { CheckedText } from '../../types.js';
import { scanLinks } from './scan-links.js';

/**
 * Phone numbers, validated by libphonenumber-js ('max' metadata: it knows which number ranges
 * are assigned, so a random run of digits is not a phone number). Running its text matcher over
 * a whole draft costs ~8 ms per 1,000 characters for four countries, so a cheap regex picks the
 * digit runs first and the library only parses and validates those (parsePhoneNumberFromString +
 * isValid, the same judgement its matcher makes). Before that, the numbers a reply is meant
 * to carry are masked out: order IDs, dates, prices, postal codes and tracking numbers.
 */

export interface PhoneMatch {
  start: number;
  end: number;
  /** E.164, "+819012345678". */
  e164: string;
}

const DEFAULT_COUNTRIES: readonly CountryCode[] = ['JP', 'CN', 'KR', 'US'];
const COUNTRY_OF_LANGUAGE: Partial<Record<Language, CountryCode>> = {
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
  en: 'US',
};

const TRUNK_ZERO_COUNTRIES: ReadonlySet<CountryCode> = new Set(['JP', 'KR']);
const DASHES = new RegExp(`[${DASH_CHARS}]`, 'g');
const MASK_FILL = '#';

// Each is matched on folded text with every dash made '-'.
const NOT_PHONES: readonly RegExp[] = [
  /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g, // order ID 503-1234567-1234567
  /(?<![\d+])\d{17}(?!\d)/g, // order ID without dashes
  /(?<![\d-])\d{3}-\d{7}(?![\d-])/g, // its first two parts (no phone is written 3-7)
  /(?<![\d-])\d{7}-\d{7}(?![\d-])/g, // its last two parts
  /(?<!\d)\d{4}(?:([-/.])\d{1,2}\1\d{1,2}|\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日?)(?!\d)/g, // 2024-05-01, 2024/5/1, 2024年5月1日
  /\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일/g, // 2024년 5월 1일
  /\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]/g, // 5月1日, 5월 1일
  /(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?![\d/.])/g, // 5/1/2024, 01.05.2024
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/g, // 14:30
  /(?:[¥$€£₩￥￦]|US\$|HK\$|NT\$|RMB|JPY|USD|KRW|CNY)\s?\d[\d,]*(?:\.\d+)?/gi, // ¥12,800 $1,299.00
  /\d[\d,]*(?:\.\d+)?\s?(?:円|元|块|원|yen|dollars?|usd|jpy|rmb|cny|krw)/gi, // 12,800円
  /〒\s?\d{3}-?\d{4}/g, // 〒150-0001
  // 150-0001, a JP postal code, unless it is the end of a longer number ("(415) 555-2671").
  /(?<![\d\-()+.]\s?)\d{3}-\d{4}(?![\d-])/g,
  /(?<![\d+-])[1-9]\d{3}-\d{4}-\d{4}(?![\d-])/g, // Yamato / Sagawa tracking 1234-5678-9012
  /(?<![\d+-])[1-9]\d{11}(?!\d)/g, // the same unformatted
  /(?<![\d-])\d{4}-\d{4}-\d{3}-\d(?![\d-])/g, // Japan Post 1234-5678-901-2
  /[a-z]{2}\d{9}[a-z]{2}/gi, // EMS / registered mail EJ123456789JP
];

// The shapes above that need no context, tested on a whole digit run first: most long runs in a
// reply are order IDs and tracking numbers, and this spares them the masking.
const WHOLE_NOT_PHONE =
  /^(?:\d{3}-\d{7}-\d{7}|\d{17}|\d{3}-\d{7}|\d{7}-\d{7}|[1-9]\d{3}-\d{4}-\d{4}|[1-9]\d{11}|\d{4}-\d{4}-\d{3}-\d|\d{3}-\d{4})$/;

// A run of digits with the separators people put in phone numbers: spaces, dashes, dots, brackets.
const CANDIDATE = /(?<![a-z0-9_])\+?(?:\(\s?)?\d(?:[ \t\-.()]{0,3}\d)*/gi;
/** The same, for the runs left inside a masked candidate (CANDIDATE's own loop is still running). */
const INNER = new RegExp(CANDIDATE.source, 'gi');
const MIN_DIGITS = 7;
// Above 15 digits (E.164) a run may still hold two numbers side by side; judge() splits it.
const MAX_DIGITS = 30;

export function findPhoneNumbers(
  text: CheckedText,
  buyerLanguage: Language | null | undefined,
): PhoneMatch[] {
  return scan(text, countryOrder(buyerLanguage));
}

/** The buyer's country first: 010-1234-5678 is a Korean mobile to a Korean buyer, Beijing to a Chinese one. */
function countryOrder(language: Language | null | undefined): CountryCode[] {
  const first = language ? COUNTRY_OF_LANGUAGE[language] : undefined;
  return first ? [first, ...DEFAULT_COUNTRIES.filter((c) => c !== first)] : [...DEFAULT_COUNTRIES];
}

// Context a not-phone pattern needs around a digit run: "US$ ", "〒", " 円".
const CONTEXT = 8;

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * The run s[start, end) with every number in it that is not a phone number blanked out. Masking
 * only around the few long digit runs, not the whole draft, keeps a 5,000-character check fast.
 * `taken`: the field's links (but tel:/sms:/callto:) and email addresses, whose digits are theirs.
 */
function maskNotPhones(taken: readonly Span[], s: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(s.length, end + CONTEXT);
  // Never cut a number in two at the window's edge: a half number could look like something else.
  while (from > 0 && isDigit(s[from])) from--;
  while (to < s.length && isDigit(s[to - 1])) to++;
  let w = s.slice(from, to);
  for (const span of taken) {
    const a = Math.max(span.start, from);
    const b = Math.min(span.end, to);
    if (a < b) w = w.slice(0, a - from) + MASK_FILL.repeat(b - a) + w.slice(b - from);
  }
  for (const re of NOT_PHONES) w = w.replace(re, (m) => MASK_FILL.repeat(m.length));
  return w.slice(start - from, end - from);
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s[i])) n++;
  return n;
}

interface Span {
  start: number;
  end: number;
}

/** Links (but tel:, sms:, callto:) and email addresses: their digits are not phone numbers. */
function linkSpans(text: CheckedText): Span[] {
  const { links, emails } = scanLinks(text);
  return [...links.filter((l) => !/^(?:tel|sms|callto):/i.test(l.href)), ...emails];
}

function scan(text: CheckedText, countries: readonly CountryCode[]): PhoneMatch[] {
  const s = text.folded.replace(DASHES, '-');
  const found: PhoneMatch[] = [];
  let taken: Span[] | undefined;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(s); m !== null; m = CANDIDATE.exec(s)) {
    if (digitCount(m[0]) < MIN_DIGITS || WHOLE_NOT_PHONE.test(m[0])) continue;
    taken ??= linkSpans(text);
    const masked = maskNotPhones(taken, s, m.index, m.index + m[0].length);
    INNER.lastIndex = 0;
    for (let k = INNER.exec(masked); k !== null; k = INNER.exec(masked)) {
      const digits = digitCount(k[0]);
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue;
      found.push(...judge(k[0], m.index + k.index, countries));
    }
  }
  return found;
}

function validE164(written: string, countries: readonly CountryCode[]): string | null {
  const digits = written.replace(/\D/g, '').length;
  if (digits < MIN_DIGITS || digits > 15) return null;
  const trunkZero = /^\(?0/.test(written);
  for (const country of countries) {
    // Japanese and Korean numbers are always written with their trunk 0 at home; without it a
    // 10-digit run is an ID (503-2345678 parses as a Japanese 050 number otherwise).
    if (!trunkZero && !written.startsWith('+') && TRUNK_ZERO_COUNTRIES.has(country)) continue;
    const parsed = parsePhoneNumberFromString(written, country);
    if (parsed?.isValid()) return parsed.number;
    if (written.startsWith('+')) return null;
  }
  return null;
}

function judge(candidate: string, offset: number, countries: readonly CountryCode[]): PhoneMatch[] {
  const whole = trimToDigits(candidate);
  const start = offset + candidate.indexOf(whole);
  const e164 = validE164(whole, countries);
  if (e164) return [{ start, end: start + whole.length, e164 }];
  // Two numbers in one run ("03 1234 5678 090 1234 5678"): the longest valid runs of groups,
  // left to right. Only long runs get here, and they have a handful of groups.
  const groups = [...whole.matchAll(/\+?\(?\d+\)?/g)].map((g) => ({
    start: g.index,
    end: g.index + g[0].length,
  }));
  const hits: PhoneMatch[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let k = groups.length - 1; k >= i; k--) {
      const from = groups[i]?.start ?? 0;
      const to = groups[k]?.end ?? 0;
      const found = validE164(trimToDigits(whole.slice(from, to)), countries);
      if (!found) continue;
      hits.push({ start: start + from, end: start + to, e164: found });
      i = k;
      break;
    }
  }
  return hits;
}

/** "(03) 1234-5678" keeps its brackets; a lone "(" before or ")" after the number does not count. */
function trimToDigits(candidate: string): string {
  let s = candidate.replace(/[\s\-.]+$/, '');
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1);
  if (s.startsWith('(') && !s.slice(1).includes(')')) s = s.slice(1).trimStart();
  return s;
}

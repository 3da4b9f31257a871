import { cleanBuyerName } from '../buyer.js';
import type { Language } from '../message.js';

/**
 * The buyer's message quoted below a reply. The marketplace wants the original quoted (it is
 * how an opted-out buyer's thread stays recognisable, domain.md), and the buyer sees what is
 * being answered. Attributions end like the ones language.ts skips ("wrote:", "書きました:",
 * "写道：", "작성:"), so a quoted reply never sways the language guess of a later message.
 */

export interface QuoteSource {
  /** ISO 8601 (UTC) date of the buyer's message. */
  date: string;
  /** The buyer's display name; empty when unknown. */
  fromName: string;
}

export interface QuoteParts {
  attribution: string;
  /** The original's lines as written (not yet prefixed), after the caps. */
  lines: string[];
  /** True when the original was cut; the cut marker is the last line. */
  cut: boolean;
}

/** A quote longer than this is a forwarded history, not the question being answered. */
export const MAX_QUOTE_LINES = 200;
export const MAX_QUOTE_CHARS = 10_000;

const CUT_MARKER: Readonly<Record<Language, string>> = {
  ja: '[…以下省略]',
  zh: '[…以下省略]',
  ko: '[…이하 생략]',
  en: '[… the rest of the message is not quoted]',
  other: '[… the rest of the message is not quoted]',
};

const GENERIC_BUYER: Readonly<Record<Language, string>> = {
  ja: '購入者',
  zh: '买家',
  ko: '구매자',
  en: 'Buyer',
  other: 'Buyer',
};

// cleanBuyerName drops "- Amazon Marketplace" and honorifics: the storefront is not the person.
function buyerName(fromName: string): string {
  const cleaned = cleanBuyerName(fromName)
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, 60).join('');
}

interface Stamp {
  y: number;
  mo: string;
  d: string;
  hm: string;
}

/** Wall-clock time at a fixed offset: deterministic, no locale data, no host time zone. */
export function stampOf(iso: string, tzOffsetMinutes: number): Stamp | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const t = new Date(ms + tzOffsetMinutes * 60_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    y: t.getUTCFullYear(),
    mo: two(t.getUTCMonth() + 1),
    d: two(t.getUTCDate()),
    hm: `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`,
  };
}

export function attributionLine(source: QuoteSource, language: Language, tzOffsetMinutes: number): string {
  const named = buyerName(source.fromName);
  const s = stampOf(source.date, tzOffsetMinutes);
  if (language === 'ja') {
    const who = named === '' ? '購入者様' : named.endsWith('様') ? named : `${named}様`;
    return s === null ? `${who}は書きました:` : `${s.y}年${+s.mo}月${+s.d}日 ${s.hm} ${who}は書きました:`;
  }
  if (language === 'zh') {
    const who = named === '' ? GENERIC_BUYER.zh : named;
    return s === null ? `${who} 写道：` : `${s.y}年${+s.mo}月${+s.d}日 ${s.hm}，${who} 写道：`;
  }
  if (language === 'ko') {
    const who = named === '' ? `${GENERIC_BUYER.ko}님이` : `${named}님이`;
    return s === null ? `${who} 작성:` : `${s.y}년 ${+s.mo}월 ${+s.d}일 ${s.hm}, ${who} 작성:`;
  }
  const who = named === '' ? GENERIC_BUYER[language] : named;
  return s === null ? `${who} wrote:` : `On ${s.y}/${s.mo}/${s.d} ${s.hm}, ${who} wrote:`;
}

/** Splits and caps the original; trailing blank lines and trailing spaces go. */
export function quoteParts(
  source: QuoteSource,
  bodyText: string,
  language: Language,
  tzOffsetMinutes: number,
): QuoteParts {
  const all = bodyText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/, ''));
  while (all.length > 0 && all[all.length - 1] === '') all.pop();
  while (all.length > 0 && all[0] === '') all.shift();
  const lines: string[] = [];
  let chars = 0;
  let cut = false;
  for (const line of all) {
    if (lines.length >= MAX_QUOTE_LINES || chars + line.length > MAX_QUOTE_CHARS) {
      // One giant line is still worth its beginning.
      if (lines.length === 0) lines.push(line.slice(0, MAX_QUOTE_CHARS));
      cut = true;
      break;
    }
    lines.push(line);
    chars += line.length + 1;
  }
  if (cut) lines.push(CUT_MARKER[language]);
  return { attribution: attributionLine(source, language, tzOffsetMinutes), lines, cut };
}

/** "> " before text, ">" before blank lines and already-quoted ones (RFC 3676 §4.5 style). */
export function quoteLines(lines: readonly string[]): string[] {
  return lines.map((l) => (l === '' ? '>' : l.startsWith('>') ? `>${l}` : `> ${l}`));
}

/** The quote as it goes below the plain-text reply. */
export function quoteOriginal(
  source: QuoteSource,
  bodyText: string,
  language: Language,
  tzOffsetMinutes: number,
): string {
  const parts = quoteParts(source, bodyText, language, tzOffsetMinutes);
  return [parts.attribution, ...quoteLines(parts.lines)].join('\n');
}

import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../shared/domain/message.js';
import {
  MAX_QUOTE_CHARS,
  MAX_QUOTE_LINES,
  attributionLine,
  quoteOriginal,
  quoteParts,
} from '../../../../../shared/domain/reply/quote.js';

const DATE = '2026-11-20T01:15:00.000Z'; // 10:15 in Tokyo (+540), 09:15 in Beijing/Shanghai (+480)

describe('attributionLine', () => {
  const rows: Array<{ name: string; language: Language; tz: number; expected: string; why: string }> = [
    {
      name: '',
      language: 'en',
      tz: 540,
      expected: 'On 2026/11/20 10:15, Buyer wrote:',
      why: 'English, generic buyer',
    },
    {
      name: 'John Smith',
      language: 'en',
      tz: 0,
      expected: 'On 2026/11/20 01:15, John Smith wrote:',
      why: 'English with the name, UTC',
    },
    {
      name: '',
      language: 'ja',
      tz: 540,
      expected: '2026年11月20日 10:15 購入者様は書きました:',
      why: 'Japanese generic',
    },
    {
      name: '山田 太郎 - Amazon Marketplace',
      language: 'ja',
      tz: 540,
      expected: '2026年11月20日 10:15 山田 太郎様は書きました:',
      why: 'the marketplace decoration goes, 様 is added',
    },
    {
      name: '山田様',
      language: 'ja',
      tz: 540,
      expected: '2026年11月20日 10:15 山田様は書きました:',
      why: 'no double 様',
    },
    {
      name: '',
      language: 'zh',
      tz: 480,
      expected: '2026年11月20日 09:15，买家 写道：',
      why: 'Chinese, its own offset',
    },
    {
      name: '',
      language: 'ko',
      tz: 540,
      expected: '2026년 11월 20일 10:15, 구매자님이 작성:',
      why: 'Korean',
    },
    {
      name: '',
      language: 'other',
      tz: -300,
      expected: 'On 2026/11/19 20:15, Buyer wrote:',
      why: 'a negative offset crosses the date line',
    },
    {
      name: 'Eve\u202Eevil',
      language: 'en',
      tz: 0,
      expected: 'On 2026/11/20 01:15, Eveevil wrote:',
      why: 'bidi controls in a name are dropped',
    },
  ];
  it.each(rows)('$why', ({ name, language, tz, expected }) => {
    expect(attributionLine({ date: DATE, fromName: name }, language, tz)).toBe(expected);
  });

  it('an unparseable date gives an attribution without a date instead of "NaN"', () => {
    expect(attributionLine({ date: 'garbage', fromName: '' }, 'en', 0)).toBe('Buyer wrote:');
  });
});

describe('quoteOriginal', () => {
  const src = { date: DATE, fromName: '' };
  const rows: Array<{ body: string; language: Language; expected: string; why: string }> = [
    {
      body: '商品が届きません。\r\n注文番号は503-1234567-1234567です。',
      language: 'ja',
      expected:
        '2026年11月20日 10:15 購入者様は書きました:\n> 商品が届きません。\n> 注文番号は503-1234567-1234567です。',
      why: 'CRLF lines are each quoted, CJK kept',
    },
    {
      body: 'Hello\n\nThanks   \n',
      language: 'en',
      expected: 'On 2026/11/20 10:15, Buyer wrote:\n> Hello\n>\n> Thanks',
      why: 'blank lines get a bare ">", trailing spaces and blank lines go',
    },
    {
      body: 'new text\n> older quote',
      language: 'en',
      expected: 'On 2026/11/20 10:15, Buyer wrote:\n> new text\n>> older quote',
      why: 'an already-quoted line nests as ">>"',
    },
    {
      body: '',
      language: 'ko',
      expected: '2026년 11월 20일 10:15, 구매자님이 작성:',
      why: 'an empty body gives just the attribution',
    },
  ];
  it.each(rows)('$why', ({ body, language, expected }) => {
    expect(quoteOriginal(src, body, language, 540)).toBe(expected);
  });

  const long: Array<{ body: string; language: Language; marker: string; why: string }> = [
    {
      body: 'line\n'.repeat(MAX_QUOTE_LINES + 50),
      language: 'en',
      marker: '> [… the rest of the message is not quoted]',
      why: 'too many lines',
    },
    {
      body: '長い文章です。'.repeat(3000),
      language: 'ja',
      marker: '> […以下省略]',
      why: 'one giant CJK line',
    },
    {
      body: `${'a'.repeat(9000)}\n${'b'.repeat(2000)}`,
      language: 'zh',
      marker: '> […以下省略]',
      why: 'too many characters',
    },
  ];
  it.each(long)('a long original is cut with a marker: $why', ({ body, language, marker }) => {
    const parts = quoteParts(src, body, language, 540);
    expect(parts.cut).toBe(true);
    expect(parts.lines.length).toBeLessThanOrEqual(MAX_QUOTE_LINES + 1);
    expect(parts.lines.slice(0, -1).join('\n').length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quoteOriginal(src, body, language, 540).endsWith(`\n${marker}`)).toBe(true);
  });

  it('a short original is not cut', () => {
    expect(quoteParts(src, 'short', 'en', 0).cut).toBe(false);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../../../electron/core/search/highlight.js';
import { SearchIndex, type SearchSource } from '../../../../../electron/core/search/search-index.js';
import { indexTokens, queryTokens } from '../../../../../electron/core/search/tokenize.js';
import { sampleMeta } from '../../../shared/api/sample-data.js';

// [query, tokens, why]
const queries: [string, string[], string][] = [
  ['破損', ['破損'], 'a two-character word is one bigram'],
  ['破損返金', ['破損', '返金'], 'segmented first: no cross-word bigram 損返'],
  ['届', ['届'], 'a lone character stays (matched as a prefix)'],
  ['Damaged PARCEL', ['damaged', 'parcel'], 'latin folded to lower case'],
  [
    '５０３－１２３４５６７－７６５４３２１',
    ['503-1234567-7654321'],
    'full-width order ID folded and kept whole',
  ],
  ['503-12', ['503', '12'], 'a partial order ID is its digit groups'],
  ['배송', ['배송'], 'Hangul bigram'],
  ['  ', [], 'blank'],
];

describe('queryTokens', () => {
  it.each(queries)('%j -> %j (%s)', (q, expected) => {
    expect(queryTokens(q)).toEqual(expected);
  });
});

// [text, must contain, why]
const indexed: [string, string[], string][] = [
  ['商品が破損していました', ['破損', '商品', 'した'], 'every CJK bigram is a term'],
  [
    '注文番号 503-1234567-7654321',
    ['503-1234567-7654321', '503', '1234567', '7654321'],
    'order ID whole and by group',
  ],
  ['Arrived CRACKED', ['arrived', 'cracked'], 'latin words'],
  ['ｶﾞﾀﾂｷ', ['ガタ'], 'half-width katakana composes under NFKC'],
];

describe('indexTokens', () => {
  it.each(indexed)('%j contains %j (%s)', (text, expected) => {
    expect(indexTokens(text)).toEqual(expect.arrayContaining(expected));
  });
});

// [text, terms, ranges, why]
const highlights: [string, string[], [number, number][], string][] = [
  ['商品が破損していました', ['破損'], [[3, 5]], 'CJK substring'],
  ['商品が破損していました', ['破損', '損し', 'して'], [[3, 7]], 'adjacent bigrams merge into one mark'],
  ['Parcel DAMAGED', ['damaged'], [[7, 14]], 'case-insensitive, original offsets'],
  ['注文 ５０３', ['503'], [[3, 6]], 'full-width digits marked in the original text'],
  ['no match here', ['破損'], [], 'nothing to mark'],
];

describe('highlightRanges', () => {
  it.each(highlights)('%j %j -> %j (%s)', (text, terms, expected) => {
    expect(highlightRanges(text, terms)).toEqual(expected);
  });
});

describe('SearchIndex over a small store', () => {
  const metas = [
    sampleMeta({
      id: 'ja',
      subject: '商品が破損していました',
      snippet: '箱が潰れていました',
      orderIds: ['250-7702931-4418806'],
      language: 'ja',
    }),
    sampleMeta({
      id: 'zh',
      subject: '少发了一个配件',
      snippet: '订单号 112-3079184-6620395',
      orderIds: ['112-3079184-6620395'],
      language: 'zh',
      buyer: { address: 'f1y6pb3kw9ehz4s@marketplace.amazon.com', name: '刘芳' },
    }),
    sampleMeta({
      id: 'ko',
      subject: '제품 불량 문의',
      snippet: '전원이 켜지지 않습니다',
      orderIds: [],
      language: 'ko',
    }),
    sampleMeta({
      id: 'en',
      subject: 'Bowl arrived cracked',
      snippet: 'a crack right across the base',
      orderIds: ['026-8841502-3367918'],
      language: 'en',
    }),
    sampleMeta({
      id: 'gone',
      subject: '破損 expunged',
      snippet: '',
      orderIds: [],
      expungedAt: '2024-05-02T00:00:00.000Z',
    }),
  ];
  const bodies: Record<string, string> = {
    ja: '箱が潰れていました。本日届いた有田焼のマグカップの持ち手が取れていました。',
  };
  const source: SearchSource = {
    listMessages: () => metas,
    getMessage: (id) => metas.find((m) => m.id === id) ?? null,
    readBody: async (id) => ({ text: bodies[id] ?? '', html: null }),
  };
  const index = new SearchIndex(source);
  // The index builds in the background (bodies are read first); these cases ask the built one.
  beforeAll(() => index.whenBuilt());

  // [query, expected ids, why]
  it.each<[string, string[], string]>([
    ['破損', ['ja'], 'ja word inside a sentence; the expunged copy is not listed'],
    ['配件', ['zh'], 'zh'],
    ['불량', ['ko'], 'ko'],
    ['crack', ['en'], 'prefix as you type matches cracked'],
    ['250-7702931-4418806', ['ja'], 'whole order ID'],
    ['4418', ['ja'], 'partial order ID by digit group prefix'],
    ['112-30', ['zh'], 'order ID typed so far'],
    ['刘芳', ['zh'], 'buyer name'],
    ['f1y6pb3kw9', ['zh'], 'buyer relay address prefix'],
    ['破損 crack', [], 'all terms must match'],
  ])('%j -> %j (%s)', (q, expected) => {
    expect(index.query(q, 10).items.map((i) => i.id)).toEqual(expected);
  });

  it('finds body text once bodies are indexed', async () => {
    index.query('warm', 1);
    await index.whenBuilt();
    expect(index.query('マグカップ', 10).items.map((i) => i.id)).toEqual(['ja']);
  });

  it('returns highlight ranges in subject and snippet', () => {
    const [hit] = index.query('潰れ', 10).items;
    expect(hit?.snippetHighlights).toEqual([[2, 4]]);
    const [subjectHit] = index.query('破損', 10).items;
    expect(subjectHit?.subjectHighlights).toEqual([[3, 5]]);
  });
});

/** The regex definition indexTokens' one-pass scanner must agree with (as a multiset of terms). */
function referenceTokens(raw: string): string[] {
  const text = raw.normalize('NFKC').toLowerCase();
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆ヶ]+/gu;
  const out = [...text.matchAll(/(?<!\d)(\d{3})[-‐‑‒–—―−ー](\d{7})[-‐‑‒–—―−ー](\d{7})(?!\d)/g)].map(
    (m) => `${m[1]}-${m[2]}-${m[3]}`,
  );
  for (const m of text.replace(cjk, ' ').matchAll(/[\p{L}\p{N}]+/gu)) out.push(m[0]);
  for (const m of text.matchAll(cjk)) {
    const chars = [...m[0]];
    if (chars.length < 2) out.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  }
  return out.sort();
}

describe('indexTokens scans like the regular expressions', () => {
  it.each<[string, string]>([
    ['商品が破損していました。Order 503-1234567-7654321 arrived', 'mixed ja/en with an order ID'],
    ['abc商品def 届', 'latin glued to CJK, a lone CJK character at the end'],
    ['届 a 配', 'single CJK characters between spaces'],
    ['𠮷野家で食べた', 'a Han character outside the BMP (surrogate pair)'],
    ['Ünïcödé café naïve ÉCOLE', 'accented latin letters are word characters'],
    ['배송이 늦어요!!! 😀 ok', 'Hangul, punctuation and an emoji separator'],
    ['ｶﾞﾀﾂｷ ＡＢＣ１２３', 'half-width kana and full-width latin fold first'],
    ['', 'empty'],
  ])('%j (%s)', (text) => {
    expect([...indexTokens(text)].sort()).toEqual(referenceTokens(text));
  });
});

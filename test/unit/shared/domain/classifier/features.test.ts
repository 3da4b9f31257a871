import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../../../shared/domain/classifier/features.js';
import { prepareInput } from '../../../../../shared/domain/classifier/prepare.js';

const features = (body: string, subject = ''): Set<string> => {
  const p = prepareInput(subject, body);
  return featuresOf(p.subject, p.body);
};

const present: Array<[text: string, expected: string[], why: string]> = [
  [
    '商品が破損していました',
    ['破損', '破', '損', 'が破'],
    'Han/kana: unigrams and bigrams, no segmenter needed',
  ],
  ['商品破损了', ['破损', '损了'], 'simplified Chinese bigrams are their own features'],
  ['キャンセルしたい', ['キャンセル', 'キャ'], 'a katakana loanword is also one whole feature'],
  ['파손되었습니다 교환', ['파손되었습니다', '파손', '교환'], 'Hangul: the eojeol plus syllable bigrams'],
  ['The item has not arrived', ['item', 'not', 'arrived', 'not arrived'], 'Latin words and word pairs'],
  ['ＣＡＮＣＥＬ my order', ['cancel', 'cancel my'], 'full-width Latin folds to ASCII lower case'],
  ['ｷｬﾝｾﾙ', ['キャンセル'], 'half-width katakana folds to full width'],
  ["I don't know", ["don't"], 'an apostrophe stays inside the word'],
  ['visit https://spam.example.com/x now', ['#url', 'visit'], 'a link is one pseudo-feature'],
  ['visit cheap-seo.xyz now', ['#url'], 'a bare domain counts as a link'],
  ['write to a@b.com', ['#email'], 'an address is one pseudo-feature'],
  ['order 503-1234567-1234567 late', ['#order', 'order', 'late'], 'an order ID is one pseudo-feature'],
  ['earn $500 a day', ['#money'], 'an amount is a feature'],
  ['月収100万円', ['#money'], 'an amount in yen'],
  ['いつ届きますか？', ['?'], 'the full-width question mark folds to ?'],
  ['ありがとう😊', ['#emoji'], 'emoji count as one feature'],
  ['Спасибо большое', ['спасибо'], 'other scripts fall back to words'],
];

const absent: Array<[text: string, unexpected: string[], why: string]> = [
  ['order 503-1234567-1234567', ['503', '1234567'], 'order ID digits are not words'],
  ['I bought 3 of them', ['3'], 'bare numbers carry no category'],
  ['Hello. Thanks', ['hello thanks'], 'a word pair never spans a sentence end'],
  ['<p>hi</p>', ['p'], 'HTML tags are not words'],
  ['visit https://spam.example.com/x', ['spam', 'example'], 'link parts are not words'],
];

describe('featuresOf', () => {
  it.each(present)('%s has %j (%s)', (text, expected) => {
    const f = features(text);
    for (const e of expected) expect(f.has(e), e).toBe(true);
  });
  it.each(absent)('%s lacks %j (%s)', (text, unexpected) => {
    const f = features(text);
    for (const e of unexpected) expect(f.has(e), e).toBe(false);
  });
  it('reads the subject as well as the body', () => {
    expect(features('', '返品について').has('返品')).toBe(true);
  });
  it('binarises: a repeated word is one feature', () => {
    expect([...features('broken broken broken')]).toEqual(['broken', 'broken broken']);
  });
});

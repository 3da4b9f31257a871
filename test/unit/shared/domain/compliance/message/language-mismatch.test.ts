import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../../shared/domain/message.js';
import { check } from './run-rules.js';

const JA = 'お世話になっております。ご注文の商品は本日発送いたしました。';
const ZH = '您好，您的订单已发货，请注意查收。';
const ZH_HANT = '請問您需要哪個顏色？我們會盡快出貨。';
const KO = '주문하신 상품은 오늘 발송되었습니다.';
const EN = 'Thank you for your order. We shipped it today and it should arrive tomorrow.';
const DE = 'Vielen Dank für Ihre Bestellung, das Paket ist unterwegs und kommt morgen an.';

/** expected: the detected language the warning names, or null for no warning. */
const cases: Array<
  [buyer: Language | null | undefined, body: string, expected: Language | null, why: string]
> = [
  ['ja', JA, null, 'Japanese to a Japanese buyer'],
  ['en', JA, 'ja', 'Japanese to an English buyer'],
  ['zh', JA, 'ja', 'Japanese to a Chinese buyer'],
  [
    'ja',
    'Sony WH-1000XM5 Wireless Noise Cancelling Headphones の件、承知しました。',
    null,
    'English product name in a Japanese sentence',
  ],
  [
    'ja',
    'Case for iPhone 15 with Stand and Card Holder の件、承知しました。',
    null,
    'product name holding English function words',
  ],
  [
    'en',
    'Case for iPhone 15 with Stand and Card Holder の件、承知しました。',
    'ja',
    'the same Japanese sentence to an English buyer',
  ],
  ['zh', '了解しました', 'ja', 'kana make even a short reply Japanese'],
  ['zh', '発送済', null, 'three kanji: could be either, low confidence'],
  ['zh', '品質保証', null, 'kanji-only shared forms'],
  ['zh', '了解', null, 'two characters: too short to judge'],
  ['zh', ZH, null, 'simplified Chinese to a Chinese buyer'],
  ['zh', ZH_HANT, null, 'traditional Chinese to a Chinese buyer'],
  ['ja', ZH, 'zh', 'Chinese to a Japanese buyer: simplified forms'],
  ['ja', ZH_HANT, 'zh', 'traditional Chinese to a Japanese buyer'],
  ['ko', ZH, 'zh', 'Chinese to a Korean buyer'],
  ['ja', '谢谢', null, 'two characters: too short to judge'],
  ['ko', KO, null, 'Korean to a Korean buyer'],
  ['ko', 'Galaxy S24 Ultra 케이스 주문 감사합니다.', null, 'English product name in a Korean sentence'],
  ['ja', KO, 'ko', 'Korean to a Japanese buyer'],
  ['en', KO, 'ko', 'Korean to an English buyer'],
  ['ko', '네', null, 'one syllable: too short to judge'],
  ['en', EN, null, 'English to an English buyer'],
  ['ja', EN, 'en', 'an English template sent to a Japanese buyer'],
  ['zh', EN, 'en', 'an English template sent to a Chinese buyer'],
  ['ko', EN, 'en', 'an English template sent to a Korean buyer'],
  [
    'ja',
    `${EN}\n\n株式会社サンプル\n山田太郎`,
    'en',
    'a Japanese signature does not make an English reply Japanese',
  ],
  [
    'ja',
    `ご注文ありがとうございます。本日発送いたしました。\n\nThank you for your order. We shipped it today.`,
    null,
    'bilingual reply includes the buyer’s language',
  ],
  [
    'en',
    `ご注文ありがとうございます。本日発送いたしました。\n\nThank you for your order. We shipped it today.`,
    null,
    'bilingual reply, the other way round',
  ],
  ['en', 'Thanks!', null, 'one word: low confidence'],
  ['ja', 'Thank you', null, 'two words: below the confidence bar'],
  ['en', 'OK', null, 'too short to judge'],
  [
    'en',
    '> お世話になっております。\n> 商品が届きません。\nSorry for the delay, your parcel is on the way.',
    null,
    'quoted buyer lines are ignored',
  ],
  [
    'en',
    '503-1234567-1234567 https://www.example.co.jp/path ありがとうございます',
    'ja',
    'order IDs and URLs carry no language',
  ],
  ['ja', DE, 'other', 'German to a Japanese buyer'],
  ['other', EN, null, 'buyer language unknown-other: no opinion'],
  [null, EN, null, 'buyer language unknown'],
  [undefined, JA, null, 'buyer language not given'],
  ['ja', '', null, 'empty draft'],
];

describe('language-mismatch', () => {
  it.each(cases)('buyer %s, %j -> %s (%s)', (buyerLanguage, body, expected) => {
    const found = check({ body, buyerLanguage }).filter((f) => f.rule === 'language-mismatch');
    expect(found.map((f) => f.detail ?? null)).toEqual(expected === null ? [] : [expected]);
    for (const f of found) expect([f.field, f.start, f.end]).toEqual(['body', 0, 0]);
  });
});

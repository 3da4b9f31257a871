import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../../shared/domain/message.js';
import { asTuples, bodyHits, sameHits, type Expected, type Lang } from './contact-check.js';

// [language, body, expected findings, why it matters]
const EMAILS: Array<[Lang, string, readonly Expected[], string]> = [
  [
    'en',
    'Write to shop@example.com.',
    [['email-address', 'shop@example.com', 'example.com']],
    'plain address; the full stop is not part of it',
  ],
  [
    'en',
    'Mail shop at example dot com',
    [['email-address', 'shop at example dot com', 'example.com']],
    '"at" and "dot" spelled out',
  ],
  [
    'en',
    'Mail shop[at]example[dot]com',
    [['email-address', 'shop[at]example[dot]com', 'example.com']],
    'bracketed words',
  ],
  [
    'en',
    'Mail shop (at) example.com',
    [['email-address', 'shop (at) example.com', 'example.com']],
    'bracketed at',
  ],
  [
    'ja',
    'ご連絡はｓｈｏｐ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐまで',
    [['email-address', 'ｓｈｏｐ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ', 'example.co.jp']],
    'full-width address inside Japanese',
  ],
  [
    'ja',
    'info アット example ドット jp へ',
    [['email-address', 'info アット example ドット jp', 'example.jp']],
    'アット and ドット',
  ],
  [
    'zh',
    '请发邮件到service@example.cn联系',
    [['email-address', 'service@example.cn', 'example.cn']],
    'Chinese around the address',
  ],
  [
    'zh',
    '邮箱 kefu 艾特 example 点 com',
    [['email-address', 'kefu 艾特 example 点 com', 'example.com']],
    '艾特 for @',
  ],
  [
    'ko',
    '메일은 help@example.co.kr 로 보내주세요',
    [['email-address', 'help@example.co.kr', 'example.co.kr']],
    'Korean',
  ],
  [
    'ko',
    '메일 help 골뱅이 example 닷 kr',
    [['email-address', 'help 골뱅이 example 닷 kr', 'example.kr']],
    '골뱅이 for @',
  ],
  ['en', 'Thanks @username for the note, see you at 3pm', [], 'a mention without a domain, "at 3pm"'],
  [
    'en',
    'Find us at example.com',
    [['link-insecure', 'example.com', 'example.com']],
    'English "us at" names a site, reported as a link',
  ],
  ['ja', '@ユーザー名 さん、15時@東京駅で', [], 'mentions and "@ place" without a domain'],
  ['zh', '@客服 请在3点 at 仓库 确认', [], 'Chinese @mention'],
  ['ko', '@고객님 3시 at 매장', [], 'Korean @mention'],
];

describe('email-address', () => {
  it.each(EMAILS)('%s: %s', (_lang, body, expected) => {
    expect(sameHits(bodyHits(body), expected)).toEqual(asTuples(expected));
  });
});

// [language, body, expected findings, why it matters, buyer language]
const PHONES: Array<[Lang, string, readonly Expected[], string, Language?]> = [
  ['ja', 'お電話は090-1234-5678まで', [['phone-number', '090-1234-5678', '+819012345678']], 'JP mobile'],
  [
    'ja',
    '電話：０９０－１２３４－５６７８',
    [['phone-number', '０９０－１２３４－５６７８', '+819012345678']],
    'full-width digits and dashes',
  ],
  [
    'ja',
    '電話：０９０ー１２３４ー５６７８',
    [['phone-number', '０９０ー１２３４ー５６７８', '+819012345678']],
    'katakana long mark as dash',
  ],
  [
    'ja',
    'TEL (03)1234-5678 / 03.1234.5678',
    [
      ['phone-number', '(03)1234-5678', '+81312345678'],
      ['phone-number', '03.1234.5678', '+81312345678'],
    ],
    'brackets and dots',
  ],
  [
    'ja',
    '03 1234 5678 090 1234 5678',
    [
      ['phone-number', '03 1234 5678', '+81312345678'],
      ['phone-number', '090 1234 5678', '+819012345678'],
    ],
    'two numbers in one run of digits',
  ],
  [
    'zh',
    '请联系13812345678',
    [['phone-number', '13812345678', '+8613812345678']],
    'CN mobile, no separators',
  ],
  ['zh', '电话：0755-12345678', [['phone-number', '0755-12345678', '+8675512345678']], 'CN landline'],
  [
    'zh',
    '微信同号 +86 138 1234 5678',
    [['phone-number', '+86 138 1234 5678', '+8613812345678']],
    'international form',
  ],
  [
    'ko',
    '010-1234-5678로 연락주세요',
    [['phone-number', '010-1234-5678', '+821012345678']],
    'KR mobile to a Korean buyer',
    'ko',
  ],
  ['ko', '서울 02-123-4567', [['phone-number', '02-123-4567', '+8221234567']], 'Seoul landline'],
  [
    'en',
    'Call +1 (415) 555-2671 anytime',
    [['phone-number', '+1 (415) 555-2671', '+14155552671']],
    'US international',
  ],
  [
    'en',
    'Call (415) 555-2671',
    [['phone-number', '(415) 555-2671', '+14155552671']],
    'US national to an English buyer',
    'en',
  ],
  [
    'en',
    'UK office +44 20 7946 0958',
    [['phone-number', '+44 20 7946 0958', '+442079460958']],
    'any +CC number',
  ],
  // negatives: the numbers a reply is meant to carry
  ['en', 'Order 503-1234567-1234567 (503-2345678, 1234567-1234567)', [], 'order IDs and their parts'],
  ['ja', '注文番号：５０３－１２３４５６７－１２３４５６７', [], 'full-width order ID'],
  ['zh', '订单号50312345671234567', [], 'order ID without dashes'],
  ['ja', '2024-05-01、2024/5/1、2024年5月1日、5月1日 14:30に発送', [], 'dates and times'],
  ['ko', '2024년 5월 1일 발송, 5월 1일 도착', [], 'Korean dates'],
  ['ja', '価格は¥12,800（税込12800円）です', [], 'prices'],
  ['en', 'Total $1,299.00 for 10000000 units', [], 'prices and quantities'],
  ['zh', '价格1299元，共2000件', [], 'Chinese price and quantity'],
  ['ja', '〒150-0001 東京都渋谷区', [], 'postal code'],
  ['ja', 'ヤマト運輸 お問い合わせ番号 1234-5678-9012', [], 'Yamato tracking number'],
  ['en', 'Tracking EJ123456789JP, 123456789012', [], 'EMS and 12-digit tracking numbers'],
  ['ko', '운송장 번호 1234-5678-9012', [], 'tracking number in Korean'],
  ['zh', '型号 V2.0，数量 1 2 3 4 5 6 7', [], 'short numbers in a row'],
];

describe('phone-number', () => {
  it.each(PHONES)('%s: %s', (_lang, body, expected, _why, buyerLanguage) => {
    expect(sameHits(bodyHits(body, {}, { buyerLanguage: buyerLanguage ?? null }), expected)).toEqual(
      asTuples(expected),
    );
  });

  it('has a positive and a negative case in every language for both rules', () => {
    const tables = [EMAILS.map((c) => [c[0], c[2]] as const), PHONES.map((c) => [c[0], c[2]] as const)];
    for (const table of tables) {
      for (const lang of ['ja', 'zh', 'ko', 'en'] as const) {
        const mine = table.filter((c) => c[0] === lang).map((c) => [c[0], '', c[1]] as const);
        expect(mine.some((c) => c[2].length > 0) && mine.some((c) => c[2].length === 0)).toBe(true);
      }
    }
  });
});

// The buyer's language picks the country first for numbers several countries would accept.
const COUNTRY_ORDER: Array<[Language | null, string, string]> = [
  ['ko', '010-1234-5678', '+821012345678'],
  ['zh', '010-1234-5678', '+861012345678'],
  [null, '090-1234-5678', '+819012345678'],
];

describe('phone-number country order', () => {
  it.each(COUNTRY_ORDER)('%s: %s -> %s', (buyerLanguage, body, e164) => {
    expect(bodyHits(body, {}, { buyerLanguage }).map((h) => h[2])).toEqual([e164]);
  });
});

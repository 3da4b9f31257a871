import { describe, expect, it } from 'vitest';
import { hitsOf, type Got } from './run-rules.js';

const ID = '503-1234567-1234567';

const cases: Array<[lang: string, subject: string, body: string, expected: Got[], why: string]> = [
  [
    'ja',
    `[重要] ご注文 ${ID}`,
    '新商品のご案内です。ぜひご覧ください。',
    [['subject', '[重要]']],
    'tag on a promotion',
  ],
  [
    'ja',
    `【重要】ご注文 ${ID}`,
    'お届け先のご住所が不完全なため、ご確認をお願いいたします。',
    [],
    'address problem is essential',
  ],
  [
    'ja',
    `［重要］ご注文 ${ID}`,
    'いつもありがとうございます。',
    [['subject', '［重要］']],
    'full-width brackets, span as written',
  ],
  [
    'ja',
    `【重要なお知らせ】${ID}`,
    '当店からのお知らせです。',
    [['subject', '【重要なお知らせ】']],
    'the same tag in other words',
  ],
  [
    'ja',
    `【重要】${ID}`,
    '大型商品のため、配達日のご希望をお知らせください。',
    [],
    'scheduling a bulky delivery',
  ],
  ['ja', `ご注文 ${ID} の件（重要）`, 'いつもありがとうございます。', [], 'parentheses: prose, not the tag'],
  ['zh', `[重要] 订单 ${ID}`, '感谢您的支持，欢迎再次光临。', [['subject', '[重要]']], 'tag on a thank-you'],
  ['zh', `[重要] 订单 ${ID}`, '很抱歉，该商品缺货，订单需要取消。', [], 'cannot be fulfilled'],
  ['zh', `〔重要通知〕订单 ${ID}`, '请提供发票抬头以便开具发票。', [], 'invoice needed'],
  ['zh', `〖重要〗订单 ${ID}`, '新品上市！', [['subject', '〖重要〗']], 'another bracket style'],
  [
    'ko',
    `[중요] 주문 ${ID}`,
    '항상 이용해 주셔서 감사합니다.',
    [['subject', '[중요]']],
    'tag on a thank-you',
  ],
  ['ko', `[중요 공지] 주문 ${ID}`, '제품 리콜 안내입니다. 사용을 중지해 주세요.', [], 'recall is essential'],
  ['ko', `[중요] 주문 ${ID}`, '반품 절차를 안내해 드립니다.', [], 'return information'],
  [
    'en',
    `[Important] Order ${ID}`,
    'Check out our new summer collection!',
    [['subject', '[Important]']],
    'tag on a promotion',
  ],
  [
    'en',
    `[IMPORTANT] Order ${ID}`,
    'Thanks for shopping with us.',
    [['subject', '[IMPORTANT]']],
    'case-insensitive',
  ],
  [
    'en',
    `[Important] Order ${ID}`,
    'Please confirm your delivery address: the postcode is missing.',
    [],
    'address problem',
  ],
  ['en', `[Important] Order ${ID} - engraving`, 'Hello', [], 'a cue in the subject counts'],
  [
    'en',
    `[Important] Order ${ID}`,
    'We will process it in return for nothing.',
    [],
    'known limit: "return" as a word is a cue',
  ],
  ['en', `Important: order ${ID}`, 'Thanks for shopping with us.', [], 'no brackets: not the tag'],
  ['en', `Order ${ID}`, 'Check out our new summer collection!', [], 'no tag at all'],
];

describe('important-misuse', () => {
  it.each(cases)('%s: %j / %j -> %j (%s)', (_lang, subject, body, expected) => {
    expect(hitsOf('important-misuse', { subject, body })).toEqual(expected);
  });
});

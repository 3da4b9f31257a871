import { describe, expect, it } from 'vitest';
import type { ComplianceDraft } from '../../../../../../shared/domain/compliance/types.js';
import { check, hitsOf, WHOLE, type Got } from './run-rules.js';

const ID = '503-1234567-1234567';
const OTHER_ID = '249-7654321-7654321';

const cases: Array<[lang: string, draft: Partial<ComplianceDraft>, expected: Got[], why: string]> = [
  [
    'ja',
    { subject: 'ご注文について', body: 'お世話になっております。商品は本日発送いたしました。' },
    WHOLE,
    'no ID anywhere',
  ],
  ['ja', { subject: 'ご注文について', body: `ご注文番号：${ID}の件です。` }, [], 'ID in the body'],
  [
    'ja',
    { subject: 'ご注文について', body: 'ご注文番号：５０３－１２３４５６７－１２３４５６７' },
    [],
    'full-width digits and dash',
  ],
  [
    'ja',
    { subject: 'ご注文について', body: '注文番号 503ー1234567ー1234567 です' },
    [],
    'katakana prolonged-sound mark as dash',
  ],
  [
    'ja',
    { subject: 'ご注文について', body: 'お電話は090-1234-5678まで' },
    WHOLE,
    'a phone number is not an order ID',
  ],
  ['zh', { subject: '关于您的订单', body: '您好，您的订单已发货。' }, WHOLE, 'no ID anywhere'],
  ['zh', { subject: `关于订单 ${ID}`, body: '您好，您的订单已发货。' }, [], 'ID in the subject only'],
  [
    'zh',
    { subject: '关于您的订单', body: '订单号：503 - 1234567 - 1234567' },
    [],
    'spaces around the dashes',
  ],
  [
    'zh',
    { subject: '关于您的订单', body: '订单号：5031234567123456' },
    WHOLE,
    '16 digits without dashes is not an ID',
  ],
  [
    'ko',
    { subject: '주문 관련', body: '안녕하세요. 주문하신 상품이 발송되었습니다.' },
    WHOLE,
    'no ID anywhere',
  ],
  ['ko', { subject: '주문 관련', body: `주문번호 ${ID} 확인 부탁드립니다.` }, [], 'ID in the body'],
  ['ko', { subject: '주문 관련', body: '주문번호 D01-1234567-1234567' }, [], 'digital order prefix D01'],
  [
    'ko',
    { subject: '주문 관련', body: '주문번호 1503-1234567-1234567' },
    WHOLE,
    'a slice of a longer number is not an ID',
  ],
  [
    'en',
    { subject: 'Your order', body: 'Hello, your parcel left our warehouse today.' },
    WHOLE,
    'no ID anywhere',
  ],
  ['en', { subject: 'Your order', body: `Order ${ID}: shipped today.` }, [], 'ID in the body'],
  ['en', { subject: 'Your order', body: 'Order ５０３-1234567-1234567 shipped' }, [], 'mixed-width digits'],
  ['en', { subject: 'Your order', body: 'SKU503-1234567-1234567' }, WHOLE, 'a product code is not an ID'],
  ['en', { subject: '', body: '' }, WHOLE, 'an empty draft has no ID either'],
];

describe('order-id-missing', () => {
  it.each(cases)('%s: %j -> %j (%s)', (_lang, draft, expected) => {
    expect(hitsOf('order-id-missing', draft)).toEqual(expected);
  });
});

const known: Array<[lang: string, body: string, orderIds: string[], expected: Got[], why: string]> = [
  ['ja', `ご注文番号：${ID}`, [ID], [], 'quotes the thread’s order'],
  ['ja', `ご注文番号：${OTHER_ID}`, [ID], [['body', '']], 'quotes only an ID the thread does not know'],
  ['zh', `订单号：${OTHER_ID}`, [ID], [['body', '']], 'a mistyped ID is as unhelpful as none'],
  ['zh', `订单号：${OTHER_ID}`, [], [], 'thread knows no order: any ID will do'],
  ['ko', `주문번호 ${OTHER_ID}, ${ID}`, [ID], [], 'one known ID among several is fine'],
  ['ko', '주문번호 ５０３－１２３４５６７－１２３４５６７', [ID], [], 'full-width form of the known ID'],
  [
    'en',
    `Order ${ID}`,
    ['５０３－１２３４５６７－１２３４５６７'],
    [],
    'known ID stored full-width is canonicalised',
  ],
  ['en', 'No ID here', [ID], WHOLE, 'known IDs do not excuse quoting none'],
];

describe('order-id-missing with the thread’s order IDs', () => {
  it.each(known)('%s: %j known %j -> %j (%s)', (_lang, body, orderIds, expected) => {
    expect(hitsOf('order-id-missing', { subject: 'Re:', body, orderIds })).toEqual(expected);
  });

  it('names the unknown ID in the detail', () => {
    const found = check({ subject: 'Re:', body: `Order ${OTHER_ID}`, orderIds: [ID] });
    expect(found.filter((f) => f.rule === 'order-id-missing').map((f) => f.detail)).toEqual([
      `not an order of this thread: ${OTHER_ID}`,
    ]);
  });
});

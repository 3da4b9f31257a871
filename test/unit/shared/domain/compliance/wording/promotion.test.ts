import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf, findings } from './wording-cases.js';

const cases: Case[] = [
  ['en', 'Use coupon SAVE10 for 20% off your next order.', ['coupon', '20% off'], 'coupon and a percentage'],
  ['en', 'Our summer sale starts Monday!', ['sale'], 'a sales event'],
  [
    'en',
    'Check out our other products on our store page.',
    ['Check out our other products'],
    'cross-selling',
  ],
  ['en', 'Follow us for new arrivals.', ['Follow us', 'new arrivals'], 'social promotion'],
  [
    'en',
    'Here is a promotional code: d i s c o u n t',
    ['promotional', 'd i s c o u n t'],
    'longest word; spaced out',
  ],
  ['en', 'We have issued a full refund.', [], 'a refund is not promotion'],
  ['en', 'We apologise, but we cannot offer a discount on this item.', [], 'a refused discount'],
  ['en', 'This item is not for sale in your region.', [], '"for sale" is not a sale'],
  ['en', 'Our sales team will contact the carrier.', [], '"sales" is not "sale"'],
  ['ja', '次回使えるクーポンをお送りします。', ['クーポン'], 'coupon'],
  [
    'ja',
    '新商品も入荷しました。他の商品もぜひご覧ください。',
    ['新商品', '他の商品もぜひ'],
    'new items, cross-selling',
  ],
  ['ja', '今ならセール中です。', ['セール'], 'sale'],
  ['ja', '誠に恐れ入りますが、割引はいたしかねます。', [], 'a refused discount'],
  [
    'ja',
    'セールス担当より折り返しご連絡いたします。お得意様には感謝しております。',
    [],
    'セールス, お得意様',
  ],
  ['zh', '送您一张优惠券，全场打折！', ['优惠券', '打折'], 'coupon, discount'],
  ['zh', '欢迎关注店铺，看看店铺其他商品。', ['关注店铺', '店铺其他商品'], 'follow the shop, other products'],
  ['zh', '很抱歉，我们无法提供折扣。', [], 'a refused discount'],
  ['zh', '我们已为您办理全额退款。', [], 'a refund is not promotion'],
  ['ko', '할인 쿠폰을 드립니다.', ['할인', '쿠폰'], 'discount coupon'],
  [
    'ko',
    '다른 상품도 구경해 보세요. 신상품 세일 중!',
    ['다른 상품도 구경', '신상품', '세일'],
    'cross-selling, new items, sale',
  ],
  ['ko', '죄송하지만 할인은 어렵습니다.', [], 'a refused discount'],
  ['ko', '환불이 완료되었습니다.', [], 'a refund is not promotion'],
  // False alarms the starter library found: the same words in an apology for a wrong or broken item.
  [
    'ko',
    '주문하신 상품 대신 다른 상품이 잘못 발송되었습니다.',
    [],
    'the wrong-item apology is not cross-selling',
  ],
  ['zh', '我们将立即为您补发新品。', [], '新品 as "a brand-new unit" is a replacement, not a launch'],
  ['zh', '本店新品上市，欢迎选购。', ['新品上市'], 'a product launch is promotion'],
  ['ja', '新品と交換させていただきます。', [], '新品 (a new unit) in a replacement offer'],
  ['ja', '他の商品も念のため確認いたしました。', [], 'checking the other items of the order'],
];

describe('promotion', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('promotion', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });

  it('warns, and reads the subject too', () => {
    const hit = findings('Thanks.', {}, 'Coupon inside').find((f) => f.rule === 'promotion');
    expect([hit?.field, hit?.start, hit?.end, hit?.severity]).toEqual(['subject', 0, 6, 'warn']);
  });

  it('is off when disabled in settings', () => {
    expect(findings('coupon', { disabledRules: ['promotion'] }).map((f) => f.rule)).toEqual([]);
  });
});

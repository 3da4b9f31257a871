import { describe, expect, it } from 'vitest';
import {
  MIN_CONTENT,
  contentWeight,
} from '../../../../../../shared/domain/compliance/rules/wording/repeats-notice.js';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf } from './wording-cases.js';

const ID = '503-1234567-1234567';

const cases: Case[] = [
  ['en', 'Thank you for your order!', ['Thank you for your order'], 'a bare thank-you for the order'],
  [
    'en',
    `Dear John,\n\nYour order ${ID} has been shipped. Tracking number: 1Z999AA10123456784.\n\nBest regards,\nSunrise Shop`,
    [`Your order ${ID} has been shipped`],
    'shipping notice plus tracking number only',
  ],
  ['en', 'Thank you for your message, glad it arrived!', [], 'answering a buyer’s thanks is not a notice'],
  [
    'en',
    'Your order has been shipped, but the carrier reports a typhoon delay; it should arrive by Friday. We apologise for the wait.',
    [],
    'the notice plus a real explanation',
  ],
  ['ja', 'ご購入ありがとうございました。', ['ご購入ありがとうございました'], 'bare thank-you'],
  [
    'ja',
    '山田様\n\nこの度はご注文ありがとうございます。\nご注文の商品を本日発送いたしました。\n\nよろしくお願いいたします。\nさくら商店',
    ['この度はご注文ありがとうございます', 'ご注文の商品を本日発送いたしました'],
    'thank-you, shipping notice, closing and signature',
  ],
  [
    'ja',
    'ご注文の商品を発送いたしました。台風の影響で配送が一日ほど遅れる見込みです。ご迷惑をおかけし申し訳ございません。',
    [],
    'the notice plus an explained delay',
  ],
  [
    'zh',
    '亲爱的买家，您好！您的订单已发货，请注意查收。祝您生活愉快！',
    ['您的订单已发货'],
    'shipping notice',
  ],
  ['zh', '感谢您的购买！', ['感谢您的购买'], 'bare thank-you'],
  [
    'zh',
    '您的订单已发货。由于天气原因，物流可能延误两到三天，给您带来不便深表歉意。',
    [],
    'plus a delay explained',
  ],
  [
    'ko',
    '고객님, 주문하신 상품이 발송되었습니다. 감사합니다.',
    ['주문하신 상품이 발송되었습니다'],
    'shipping notice',
  ],
  ['ko', '구매해 주셔서 감사합니다!', ['구매해 주셔서 감사합니다'], 'bare thank-you'],
  [
    'ko',
    '주문하신 상품이 발송되었습니다. 다만 택배사 사정으로 배송이 2~3일 지연될 수 있습니다. 양해 부탁드립니다.',
    [],
    'plus a delay explained',
  ],
];

describe('repeats-notice', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('repeats-notice', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });

  const weights: Array<[body: string, below: boolean, why: string]> = [
    [`Order ${ID}, tracking 1Z999AA10123456784`, true, 'digits and labels carry nothing'],
    ['The carrier reports a typhoon delay of two days.', false, 'a real sentence'],
    ['配送業者の都合により到着が遅れております', false, 'CJK counts double: 20 characters are real content'],
    ['到着が遅れます', true, 'a short CJK fragment'],
  ];
  it.each(weights)('contentWeight(%s) < MIN_CONTENT is %s (%s)', (body, below) => {
    expect(contentWeight(body) < MIN_CONTENT).toBe(below);
  });
});

import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf, findings } from './wording-cases.js';

const cases: Case[] = [
  ['en', 'Dear {{buyerName}},', ['{{buyerName}}'], 'our own template syntax (issue 6)'],
  ['en', 'Order {{ custom.orderRef }} is ready', ['{{ custom.orderRef }}'], 'spaces and a dotted key'],
  ['en', 'Hello {{name},', ['{{'], 'unbalanced opening braces'],
  [
    'en',
    'Hello [Buyer Name], your [Order ID] shipped',
    ['[Buyer Name]', '[Order ID]'],
    'bracketed vocabulary',
  ],
  ['en', 'Hi [NAME], regards [SELLER_NAME]', ['[NAME]', '[SELLER_NAME]'], 'caps and snake case'],
  [
    'en',
    'Dear XXX, order <<order>> ships %date%, total $amount$',
    ['Dear XXX', '<<order>>', '%date%', '$amount$'],
    'other template syntaxes',
  ],
  ['en', 'Dear {name},', ['{name}'], 'single braces around an identifier'],
  [
    'en',
    '[Important] Your order 503-1234567-1234567 costs [$12.00] (see [1]).',
    [],
    'tags, prices, footnotes',
  ],
  ['en', 'Use the code in braces: {2}', [], 'a digit in braces is not a field name'],
  ['ja', '○○様\nこの度はご注文ありがとうございます。', ['○○様'], 'mask before an honorific'],
  [
    'ja',
    'ＸＸ様、商品は〇月〇日に発送予定です。',
    ['ＸＸ様', '〇月〇日'],
    'full-width mask and a masked date',
  ],
  ['ja', '【購入者名】様、[お客様名]', ['【購入者名】', '[お客様名]'], 'lenticular and square brackets'],
  ['ja', '＿＿様', ['＿＿様'], 'underscore blanks'],
  ['ja', '【重要】発送日について（二〇〇〇年創業の当店より）', [], 'a tag, and 〇 as a kanji digit'],
  ['zh', '亲爱的{买家姓名}，您好', ['{买家姓名}'], 'CJK field name in braces'],
  ['zh', 'XX先生您好，订单号：[订单号]', ['XX先生', '[订单号]'], 'mask and bracketed vocabulary'],
  ['zh', '《使用说明书》已附上，请查收。', [], 'book-title marks around a real title'],
  ['ko', 'OOO 고객님, 안녕하세요.', ['OOO 고객님'], 'Latin O mask, Korean style'],
  ['ko', '고객님 ○○, [고객명]님', ['고객님 ○○', '[고객명]'], 'mask after 고객님, bracketed name'],
  ['ko', '[공지] 주문번호 503-1234567-1234567 안내드립니다.', [], 'a notice tag and an order ID'],
];

describe('placeholder-left', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('placeholder-left', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });

  const spans: Array<[body: string, start: number, end: number, why: string]> = [
    ['Dear {{buyerName}},', 5, 18, 'offsets into the text as written'],
    ['ｘｘ様、こんにちは', 0, 3, 'full-width mask keeps its offsets after folding'],
  ];
  it.each(spans)('%s -> %i..%i (%s)', (body, start, end) => {
    const hit = findings(body).find((f) => f.rule === 'placeholder-left');
    expect([hit?.start, hit?.end, hit?.severity]).toEqual([start, end, 'block']);
  });
});

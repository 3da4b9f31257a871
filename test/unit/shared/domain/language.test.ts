import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageWithConfidence } from '../../../../shared/domain/language.js';
import { CHINESE_ONLY_HAN, JAPANESE_ONLY_HAN } from '../../../../shared/domain/language-chars.js';
import type { Language } from '../../../../shared/domain/message.js';

const cases: Array<[text: string, expected: Language, why: string]> = [
  ['ありがとう', 'ja', 'short, kana only'],
  ['届きません', 'ja', 'one kanji shared with Chinese, kana decide'],
  ['商品が届いていません', 'ja', 'typical complaint'],
  ['破損', 'ja', 'two kanji, no kana: a Japanese-only word'],
  ['商品破損、返品希望。', 'ja', 'kana-less Japanese: 返品 and the 、 comma'],
  ['初期不良、交換希望', 'ja', 'kana-less Japanese with 不 (which leans Chinese)'],
  ['発送済みですか', 'ja', 'shinjitai 発 and 済'],
  ['iPhone 15 Pro Maxのケースが届きません', 'ja', 'English product name inside Japanese'],
  ['谢谢', 'zh', 'two simplified characters'],
  ['謝謝', 'zh', 'traditional, shared character doubled (Japanese writes 々)'],
  ['退款', 'zh', 'shared characters, Chinese-only word'],
  ['没收到货', 'zh', 'simplified 收 and 货'],
  ['商品破损，要求退货。', 'zh', 'the trap twin of 商品破損、返品希望。'],
  ['請問什麼時候出貨？', 'zh', 'traditional Chinese question'],
  ['我买的东西到现在还没到，请尽快处理。', 'zh', 'a longer simplified complaint'],
  ['商品，品質', 'zh', 'only shared characters: the ，comma is the Chinese habit'],
  ['商品、品質', 'ja', 'only shared characters: the 、comma is the Japanese habit'],
  ['감사합니다', 'ko', 'hangul'],
  ['배송이 안 왔어요. 주문 확인 부탁드립니다', 'ko', 'longer Korean'],
  ['Thanks!', 'en', 'one English word'],
  ['Hello, my order 503-1234567-1234567 has not arrived yet.', 'en', 'English with an order ID'],
  ['Danke schön, alles gut angekommen', 'other', 'German stopwords and umlaut'],
  ['Merci beaucoup pour votre aide', 'other', 'French'],
  ['Gracias por todo', 'other', 'Spanish'],
  ['Привет, где мой заказ?', 'other', 'Cyrillic'],
  ['123456', 'other', 'digits only'],
  ['😀👍', 'other', 'emoji only'],
  ['', 'other', 'empty'],
  [
    'ありがとうございます\nOn Mon, 1 Jan 2024 Seller <shop@example.com> wrote:\n> Hello, this is a long English quote of our\n> previous message that must not count at all.',
    'ja',
    'quoted lines and the attribution line are ignored',
  ],
  [
    '届きました https://www.example.com/very/long/english/path/with/words/order/item/thanks buyer@example.com',
    'ja',
    'URLs and addresses are ignored',
  ],
  ['＞Hello there, thank you for your order\n返品したいです', 'ja', 'full-width quote marker'],
  [
    '谢谢\n-----Original Message-----\nThank you for your purchase, we are happy to help with anything',
    'zh',
    'everything after a forwarded/original-message marker is ignored',
  ],
];

describe('detectLanguage', () => {
  it.each(cases)('%j -> %s (%s)', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('detectLanguageWithConfidence', () => {
  it.each([
    ['商品が届いていません。至急確認してください。', 'ambiguous-free Japanese', 0.8],
    ['我买的东西到现在还没到，请尽快处理。', 'long simplified Chinese', 0.8],
  ])('%s is confident (%s)', (text, _why, min) => {
    expect(detectLanguageWithConfidence(text).confidence).toBeGreaterThanOrEqual(min);
  });

  it.each([
    ['品質', 'Han with no telling form falls back to ja', 0.3],
    ['123', 'no evidence', 0],
    ['Xperia 10 IV', 'Latin letters but no English word', 0.3],
  ])('%s is not confident (%s)', (text, _why, max) => {
    expect(detectLanguageWithConfidence(text).confidence).toBeLessThanOrEqual(max);
  });

  it('ranks a long unambiguous text above a short ambiguous one', () => {
    const long = detectLanguageWithConfidence('ご注文の商品が本日届きました。ありがとうございました。');
    const short = detectLanguageWithConfidence('破損');
    expect(long.language).toBe(short.language);
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });
});

describe('character tables', () => {
  it('never count one character for both languages', () => {
    const both = [...JAPANESE_ONLY_HAN]
      .filter((c) => CHINESE_ONLY_HAN.has(c))
      .map((c) => String.fromCodePoint(c));
    expect(both).toEqual([]);
  });

  it.each([...'学会体国号着随装条断還層熱届貨問題謝'])('%s is shared, so in neither table', (ch) => {
    const cp = ch.codePointAt(0) ?? 0;
    expect(JAPANESE_ONLY_HAN.has(cp) || CHINESE_ONLY_HAN.has(cp)).toBe(false);
  });
});

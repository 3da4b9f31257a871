import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../shared/domain/message.js';
import type { TemplateLanguage, TemplateSettings } from '../../../../../shared/domain/templates/types.js';
import {
  concernOf,
  formatToday,
  prefillValues,
  type MessageFacts,
} from '../../../../../shared/domain/templates/values.js';

const NOW = new Date('2026-11-22T03:00:00.000Z');
const SETTINGS: TemplateSettings = {
  shopName: 'さくら雑貨店',
  customFields: [
    { key: 'hours', label: '営業時間', value: '平日 9–17時' },
    { key: 'empty', label: '空', value: '' },
  ],
  reviewAfterDays: 90,
};
const facts = (over: Partial<MessageFacts> = {}): MessageFacts => ({
  buyerName: '山田 花子',
  orderIds: ['503-1234567-1234567', '250-7654321-7654321'],
  subject: 'Re: 商品が届きません',
  body: 'こんにちは。\n注文した商品がまだ届きません。確認してください。',
  language: 'ja',
  ...over,
});

describe('formatToday', () => {
  const cases: Array<[iso: string, lang: TemplateLanguage, tz: number, expected: string, why: string]> = [
    ['2026-11-22T03:00:00.000Z', 'ja', 540, '2026年11月22日', 'ja'],
    ['2026-11-22T03:00:00.000Z', 'zh', 480, '2026年11月22日', 'zh'],
    ['2026-11-22T03:00:00.000Z', 'ko', 540, '2026년 11월 22일', 'ko'],
    ['2026-11-22T03:00:00.000Z', 'en', 0, 'November 22, 2026', 'en'],
    ['2026-11-21T15:30:00.000Z', 'ja', 540, '2026年11月22日', 'UTC still the 21st, Tokyo already the 22nd'],
    ['2026-11-21T15:30:00.000Z', 'ja', 0, '2026年11月21日', 'same instant in UTC'],
    ['2027-01-01T02:00:00.000Z', 'en', -300, 'December 31, 2026', 'New York: still last year'],
    ['2026-02-28T16:00:00.000Z', 'ko', 540, '2026년 3월 1일', 'crosses a month end'],
  ];
  it.each(cases)('%s %s %i -> %s (%s)', (iso, lang, tz, expected) => {
    expect(formatToday(new Date(iso), lang, tz)).toBe(expected);
  });
});

describe('concernOf', () => {
  const cases: Array<[subject: string, body: string, lang: Language, expected: string, why: string]> = [
    [
      'x',
      'こんにちは。\n注文した商品がまだ届きません。確認してください。',
      'ja',
      '注文した商品がまだ届きません',
      'ja greeting line skipped, first sentence',
    ],
    [
      'x',
      'お世話になっております。商品が破損していました。',
      'ja',
      '商品が破損していました',
      'ja greeting on the same line',
    ],
    [
      'x',
      'さくら雑貨店様\n\n注文番号：503-1234567-1234567\n色が違う商品が届きました。',
      'ja',
      '色が違う商品が届きました',
      'addressee and order-ID-only lines skipped',
    ],
    [
      'x',
      '您好！\n订单号 503-1234567-1234567\n收到的杯子有裂缝，请问怎么处理？',
      'zh',
      '收到的杯子有裂缝，请问怎么处理？',
      'zh greeting and order line skipped; question kept',
    ],
    [
      'x',
      '안녕하세요.\n주문한 상품이 아직 도착하지 않았습니다. 확인 부탁드립니다.',
      'ko',
      '주문한 상품이 아직 도착하지 않았습니다',
      'ko greeting skipped',
    ],
    [
      'x',
      'Hello,\nOrder ID: 503-1234567-1234567\nThe mug arrived broken. Can I get a replacement?',
      'en',
      'The mug arrived broken',
      'en greeting and order line skipped',
    ],
    ['x', 'Hi there! My parcel never came.', 'en', 'My parcel never came', 'en greeting on the same line'],
    ['x', 'Dear seller,\nWhere is my order?', 'en', 'Where is my order?', 'Dear line skipped'],
    [
      'x',
      'High quality mug but the lid is missing.',
      'en',
      'High quality mug but the lid is missing',
      '"Hi" inside "High" is not a greeting',
    ],
    ['x', '> 以前のメッセージ\n商品が届きません', 'ja', '商品が届きません', 'quoted lines skipped'],
    [
      'Re: 返品について',
      'こんにちは\n\nよろしくお願いします',
      'ja',
      '返品について',
      'nothing meaningful: subject without Re:',
    ],
    ['RE: [Important] Refund', '', 'en', 'Refund', 'empty body: subject, prefixes and tags stripped'],
    ['x', 'Hello\nOn Mon, Nov 2, 2026 Shop wrote:\n> old text', 'en', 'x', 'stops at the quote header'],
    [
      '件名',
      'こんにちは\n2026年11月20日 さくら <shop@example.com>:\n> 発送しました',
      'ja',
      '件名',
      'stops at a Japanese quote header',
    ],
    [
      'x',
      'ショップからのメッセージを読みました。まだ届きません。',
      'ja',
      'ショップからのメッセージを読みました',
      'のメッセージ mid-sentence is not a quote header',
    ],
    ['x', `${'あ'.repeat(100)}。`, 'ja', `${'あ'.repeat(79)}…`, 'ja: cut to 80 with an ellipsis'],
    ['x', `${'word '.repeat(30)}end.`, 'en', `${'word '.repeat(15).trimEnd()}…`, 'en: cut at a space'],
  ];
  it.each(cases)('%s', (subject, body, lang, expected) => {
    const c = concernOf(subject, body, lang);
    expect(c).toBe(expected);
    expect([...c].length).toBeLessThanOrEqual(80);
    expect(c).not.toMatch(/\n/);
  });
});

describe('prefillValues', () => {
  const pick = (r: ReturnType<typeof prefillValues>, name: string): string | undefined => r[name]?.value;
  const cases: Array<
    [f: MessageFacts | null, lang: TemplateLanguage, name: string, expected: string | undefined, why: string]
  > = [
    [facts(), 'ja', 'buyerName', '山田 花子', 'display name'],
    [
      facts({ buyerName: '"Taro Yamada - Amazon Marketplace"' }),
      'en',
      'buyerName',
      'Taro Yamada',
      'quotes and marketplace decoration stripped',
    ],
    [
      facts({ buyerName: 'Taro <t969vz2jn3bdsy7@marketplace.amazon.com>' }),
      'en',
      'buyerName',
      'Taro',
      'address part stripped',
    ],
    [
      facts({ buyerName: 't969vz2jn3bdsy7@marketplace.amazon.com' }),
      'en',
      'buyerName',
      undefined,
      'only the relay address: missing',
    ],
    [facts({ buyerName: '' }), 'ja', 'buyerName', undefined, 'empty: missing'],
    [facts({ buyerName: null }), 'ja', 'buyerName', undefined, 'null: missing'],
    [facts(), 'ja', 'orderId', '503-1234567-1234567', 'first order ID'],
    [facts(), 'ja', 'orderIds', '503-1234567-1234567、250-7654321-7654321', 'ja list separator'],
    [facts(), 'zh', 'orderIds', '503-1234567-1234567、250-7654321-7654321', 'zh list separator'],
    [facts(), 'en', 'orderIds', '503-1234567-1234567, 250-7654321-7654321', 'en list separator'],
    [facts(), 'ko', 'orderIds', '503-1234567-1234567, 250-7654321-7654321', 'ko list separator'],
    [facts({ orderIds: [] }), 'ja', 'orderId', undefined, 'no order ID: missing'],
    [facts(), 'ja', 'concern', '注文した商品がまだ届きません', 'concern from the body'],
    [facts(), 'ja', 'item', undefined, 'no item line: typed by staff'],
    [
      facts({ body: '商品名：ステンレスマグ 350ml\n届きません' }),
      'ja',
      'item',
      'ステンレスマグ 350ml',
      'ja item line',
    ],
    [facts({ body: 'Item: Steel mug\nbroken' }), 'en', 'item', 'Steel mug', 'en item line'],
    [facts({ body: '상품명: 머그컵\n파손' }), 'ko', 'item', '머그컵', 'ko item line'],
    [facts(), 'ja', 'shopName', 'さくら雑貨店', 'settings'],
    [facts(), 'ja', 'custom.hours', '平日 9–17時', 'custom field'],
    [facts(), 'ja', 'custom.empty', undefined, 'empty custom field: missing'],
    [facts(), 'ja', 'staffName', '佐藤', 'staff'],
    [facts(), 'en', 'today', 'November 22, 2026', 'today in the variant language'],
    [facts(), 'ja', 'deliveryDate', undefined, 'never guessed'],
    [null, 'ja', 'buyerName', undefined, 'no message'],
    [null, 'ja', 'shopName', 'さくら雑貨店', 'settings without a message'],
  ];
  it.each(cases)('%s/%s %s -> %s (%s)', (f, lang, name, expected) => {
    expect(pick(prefillValues(f, SETTINGS, '佐藤', NOW, lang, 540), name)).toBe(expected);
  });

  it.each([
    ['buyerName', 'message'],
    ['shopName', 'settings'],
    ['staffName', 'staff'],
    ['today', 'today'],
  ])('%s comes from %s', (name, source) => {
    expect(prefillValues(facts(), SETTINGS, '佐藤', NOW, 'ja', 540)[name]?.source).toBe(source);
  });

  it.each([[{ ...SETTINGS, shopName: '  ' }, null, ['today'], 'blank shop name and no staff: only today']])(
    'only non-empty values (%s)',
    (settings, staff, expected) => {
      expect(
        Object.keys(prefillValues(null, { ...settings, customFields: [] }, staff, NOW, 'ja', 0)),
      ).toEqual(expected);
    },
  );
});

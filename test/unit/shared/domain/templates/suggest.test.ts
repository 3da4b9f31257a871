import { describe, expect, it } from 'vitest';
import {
  suggestTemplates,
  type SuggestContext,
  type Suggestion,
} from '../../../../../shared/domain/templates/suggest.js';
import type {
  Template,
  TemplateKind,
  TemplateVariant,
} from '../../../../../shared/domain/templates/types.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const daysAgo = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();

function tpl(id: string, over: Partial<Omit<Template, 'id'>> & { v?: Template['variants'] } = {}): Template {
  const { v, ...rest } = over;
  return {
    id,
    name: id,
    tags: [],
    kinds: [],
    defaultLanguage: 'en',
    variants: v ?? { en: { subject: 'Re: your message', body: 'Hello {{buyerName}}, thank you.' } },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    reviewedAt: '2026-01-01T00:00:00.000Z',
    lastUsedAt: null,
    useCount: 0,
    starter: false,
    ...rest,
  };
}

const en = (body: string, subject = 'Re: your order'): TemplateVariant => ({ subject, body });

function ctx(over: Partial<SuggestContext> = {}): SuggestContext {
  return {
    category: null,
    language: 'en',
    cues: [],
    signals: [],
    subject: '',
    body: '',
    query: '',
    now: NOW,
    ...over,
  };
}

const ids = (s: readonly Suggestion[]): string[] => s.map((x) => x.templateId);
const kinds = (...k: TemplateKind[]): TemplateKind[] => k;

/** A small realistic library: complaint templates that differ only in what they are about. */
const LIBRARY: Template[] = [
  tpl('late', {
    name: 'Late delivery apology',
    tags: ['delivery', '配送遅延', '延迟', '배송 지연'],
    kinds: kinds('complaint'),
    v: {
      en: en('We are sorry your parcel is late. We checked the tracking and it is on its way.'),
      ja: en('{{buyerName}}様、お届けが遅れており申し訳ございません。配送状況を確認いたしました。'),
      zh: en('{{buyerName}}您好，很抱歉您的包裹延迟了。'),
      ko: en('{{buyerName}}님, 배송이 지연되어 죄송합니다.'),
    },
  }),
  tpl('damaged', {
    name: 'Damaged item: replacement or refund',
    tags: ['damaged', '破損', '破损', '파손'],
    kinds: kinds('complaint'),
    v: {
      en: en('We are sorry the item arrived broken. We can send a replacement or refund you in full.'),
      ja: en('{{buyerName}}様、商品が破損して届き大変申し訳ございません。交換または返金で対応いたします。'),
      zh: en('{{buyerName}}您好，商品破损非常抱歉，我们可以为您换货或退款。'),
      ko: en('{{buyerName}}님, 상품이 파손되어 도착해 죄송합니다. 교환 또는 환불해 드리겠습니다.'),
    },
  }),
  tpl('cancel', {
    name: 'Cancellation confirmed',
    tags: ['cancel', 'キャンセル', '取消', '취소'],
    kinds: kinds('complaint', 'inquiry'),
    v: {
      en: en('Your order {{orderId}} has been cancelled as requested.'),
      ja: en('ご注文{{orderId}}のキャンセルを承りました。'),
    },
  }),
  tpl('return', {
    name: 'Return instructions',
    tags: ['return', '返品', '退货', '반품'],
    kinds: kinds('complaint', 'inquiry'),
    v: {
      en: en('To return the item, open Your Orders and choose Return items.'),
      ja: en('返品の方法をご案内いたします。注文履歴から返品をお選びください。'),
      zh: en('退货方法：请在订单中选择退货。'),
      ko: en('반품 방법을 안내해 드립니다.'),
    },
  }),
  tpl('thanks', {
    name: 'Thanks for your message',
    tags: ['thanks', 'お礼', '感谢', '감사'],
    kinds: kinds('thanks'),
    v: {
      en: en('Thank you for your kind words. We are glad the item arrived safely.'),
      ja: en('温かいお言葉をありがとうございます。'),
    },
  }),
  tpl('stock', {
    name: 'Stock and colour question',
    tags: ['stock', 'colour', '在庫', '库存', '재고'],
    kinds: kinds('inquiry'),
    v: { en: en('The item is in stock in all colours shown on the page.') },
  }),
];

describe('suggestTemplates: what comes first for the open message', () => {
  const cases: Array<[ctx: SuggestContext, first: string, why: string]> = [
    [
      ctx({
        category: 'complaint',
        language: 'ja',
        signals: ['defect', 'refund'],
        cues: ['破損', '割れ', '返品', '交換'],
        subject: '商品が破損していました',
        body: '届いた商品の箱を開けたら本体が割れていて破損していました。交換をお願いします。',
      }),
      'damaged',
      'a Japanese complaint about a broken item, with the classifier’s real cues and signals',
    ],
    [
      ctx({
        category: 'complaint',
        signals: ['defect', 'refund'],
        cues: ['broken', 'cracked', 'refund'],
        subject: 'Item arrived broken',
        body: 'The lamp arrived broken, the glass is cracked. I want a refund.',
      }),
      'damaged',
      'the same complaint in English',
    ],
    [
      ctx({
        category: 'complaint',
        language: 'zh',
        signals: ['defect'],
        cues: ['破损', '退款'],
        body: '收到的商品破损了',
      }),
      'damaged',
      'the same complaint in Chinese',
    ],
    [
      ctx({
        category: 'complaint',
        language: 'ko',
        signals: ['defect'],
        cues: ['파손', '환불'],
        body: '상품이 파손되어 도착했습니다',
      }),
      'damaged',
      'the same complaint in Korean: 파손 from 파손되어 meets the tag',
    ],
    [
      ctx({ category: 'complaint', language: 'ja', signals: ['defect'] }),
      'damaged',
      'the defect signal alone finds the template tagged 破損',
    ],
    [
      ctx({ category: 'complaint', language: 'en', signals: ['cancellation'], cues: ['cancel'] }),
      'cancel',
      'a cancellation request brings the cancellation template up',
    ],
    [
      ctx({
        category: 'complaint',
        language: 'ko',
        signals: ['late-or-missing'],
        body: '배송이 지연되고 있습니다',
      }),
      'late',
      'a late parcel in Korean finds the late-delivery template',
    ],
    [
      ctx({ category: 'thanks', language: 'ja', body: '無事に届きました。ありがとうございました。' }),
      'thanks',
      'a thanks message gets the thanks template',
    ],
    [
      ctx({
        category: 'inquiry',
        language: 'en',
        cues: ['stock', 'colour'],
        body: 'Is the blue colour in stock?',
      }),
      'stock',
      'an inquiry’s cues pick the matching inquiry template among three inquiry ones',
    ],
  ];
  for (const [c, first, why] of cases) {
    it(`${why} → ${first}`, () => {
      expect(ids(suggestTemplates(LIBRARY, new Set(), c))[0]).toBe(first);
    });
  }
});

describe('suggestTemplates: the order of the factors', () => {
  const recent = { lastUsedAt: daysAgo(0.1), useCount: 80 };
  const cases: Array<[templates: Template[], c: SuggestContext, order: string[], why: string]> = [
    [
      [
        tpl('a-lang', { v: { ja: en('x') }, defaultLanguage: 'ja' }),
        tpl('b-cat', { kinds: kinds('complaint') }),
      ],
      ctx({ category: 'complaint', language: 'ja' }),
      ['b-cat', 'a-lang'],
      'category beats language',
    ],
    [
      [tpl('a-recent', recent), tpl('b-lang', { v: { ja: en('x') }, defaultLanguage: 'ja' })],
      ctx({ language: 'ja' }),
      ['b-lang', 'a-recent'],
      'language beats recent use',
    ],
    [[tpl('a-plain'), tpl('b-recent', recent)], ctx(), ['b-recent', 'a-plain'], 'recent use beats nothing'],
    [
      [
        tpl('a-lang-recent', { ...recent, v: { ja: en('x') }, defaultLanguage: 'ja' }),
        tpl('b-cat', { kinds: kinds('inquiry') }),
      ],
      ctx({ category: 'inquiry', language: 'ja' }),
      ['b-cat', 'a-lang-recent'],
      'category beats language and recent use together',
    ],
    [
      [tpl('a-6d', { lastUsedAt: daysAgo(6) }), tpl('b-1d', { lastUsedAt: daysAgo(1) })],
      ctx(),
      ['b-1d', 'a-6d'],
      'recent use decays: yesterday beats six days ago',
    ],
    [
      [tpl('b-8d', { lastUsedAt: daysAgo(8) }), tpl('a-never')],
      ctx(),
      ['a-never', 'b-8d'],
      'used more than 7 days ago counts as not recent: tie broken by name',
    ],
    [
      [tpl('a-few', { useCount: 2 }), tpl('b-many', { useCount: 60 })],
      ctx(),
      ['b-many', 'a-few'],
      'more uses rank higher when neither is recent',
    ],
    [
      [tpl('x', { name: 'Same' }), tpl('a', { name: 'Same' }), tpl('m', { name: 'Earlier' })],
      ctx(),
      ['m', 'a', 'x'],
      'equal scores: by name, then by id, whatever the input order',
    ],
    [
      [tpl('a-spam-kind', { kinds: kinds('inquiry', 'complaint', 'thanks') }), tpl('b-recent', recent)],
      ctx({ category: 'spam' }),
      ['b-recent', 'a-spam-kind'],
      'spam is never answered: no category points for any template',
    ],
    [
      [
        tpl('a-template', { name: 'Template for returns', tags: ['template'] }),
        tpl('b-late', { tags: ['late'] }),
      ],
      ctx({ signals: ['late-or-missing'] }),
      ['b-late', 'a-template'],
      '"late" is matched at a word start, never inside "template"',
    ],
    [[tpl('a-empty', { v: {} }), tpl('b')], ctx(), ['b'], 'a template with no variant at all is skipped'],
  ];
  for (const [templates, c, order, why] of cases) {
    it(why, () => {
      expect(ids(suggestTemplates(templates, new Set(), c))).toEqual(order);
    });
  }
});

describe('suggestTemplates: the variant offered', () => {
  const both = tpl('both', { defaultLanguage: 'en', v: { en: en('x'), ja: en('y') } });
  const enOnly = tpl('en-only');
  const koDefault = tpl('ko-default', { defaultLanguage: 'ko', v: { ko: en('z'), en: en('w') } });
  const cases: Array<
    [t: Template, buyer: SuggestContext['language'], language: string, match: boolean, why: string]
  > = [
    [both, 'ja', 'ja', true, 'the buyer’s language exists: offered'],
    [enOnly, 'ja', 'en', false, 'missing: the default is offered and flagged as no match'],
    [koDefault, 'zh', 'ko', false, 'missing: the default language, not the first variant'],
    [koDefault, 'en', 'en', true, 'a non-default variant in the buyer’s language wins over the default'],
    [both, 'other', 'en', false, 'a language no template can have: the default, no match'],
  ];
  for (const [t, buyer, language, match, why] of cases) {
    it(`${t.id}, buyer ${buyer} → ${language} (${why})`, () => {
      const [s] = suggestTemplates([t], new Set(), ctx({ language: buyer }));
      expect([s?.language, s?.buyerLanguageMatch]).toEqual([language, match]);
      expect(s?.reasons.includes('language')).toBe(match);
    });
  }
});

describe('suggestTemplates: typed search (required match)', () => {
  const cases: Array<[query: string, expected: string[], why: string]> = [
    ['返品', ['return'], 'Japanese: tag and text'],
    ['退款', ['damaged'], 'Chinese: only in the damaged template’s Chinese text'],
    ['환불', ['damaged'], 'Korean: in the Korean text'],
    ['refund', ['damaged'], 'English word in name and text'],
    ['refu', ['damaged'], 'a prefix typed so far already matches'],
    ['ＲＥＦＵＮＤ', ['damaged'], 'full-width Latin from an IME is folded'],
    ['返品方法', ['return'], 'a CJK phrase matches by its bigrams (返品の方法)'],
    ['late apology', ['late'], 'every term must match (AND)'],
    ['late cancel', [], 'no template has both terms'],
    ['xyzzy', [], 'nothing matches: nothing is suggested'],
    [
      '   ',
      ['damaged', 'cancel', 'late', 'return', 'stock', 'thanks'],
      'a blank query is no query (ties by name)',
    ],
  ];
  it.each(cases)('%#: %s → %j (%s)', (query, expected) => {
    const c = ctx({ category: 'complaint', language: 'en', signals: ['defect'], query });
    expect(ids(suggestTemplates(LIBRARY, new Set(), c)).slice(0, expected.length || 8)).toEqual(expected);
  });

  it.each([
    [
      'return',
      'return',
      'the name hit ranks above text hits (the return template over ones merely mentioning it)',
    ],
    ['cancel', 'cancel', 'the name hit wins although another template is the category match'],
  ])('%#: %s → %s first (%s)', (query, first) => {
    const extra = tpl('mentions', {
      name: 'Other',
      kinds: kinds('thanks'),
      v: { en: en(`You can ${query} it.`) },
    });
    const s = suggestTemplates([extra, ...LIBRARY], new Set(), ctx({ category: 'thanks', query }));
    expect(ids(s)[0]).toBe(first);
    expect(s.every((x) => x.reasons.includes('query'))).toBe(true);
  });
});

describe('suggestTemplates: blocked templates, limit, cache', () => {
  const complaint = ctx({ category: 'complaint', language: 'ja', signals: ['defect'], cues: ['破損'] });

  const blockedCases: Array<[blocked: string[], order: string[], why: string]> = [
    [
      [],
      ['damaged', 'cancel', 'late', 'return', 'thanks', 'stock'],
      'nothing blocked: the best match first, ja variant before none',
    ],
    [
      ['damaged'],
      ['cancel', 'late', 'return', 'thanks', 'stock', 'damaged'],
      'the best match, blocked, sinks below every usable one',
    ],
    [
      ['late', 'stock'],
      ['damaged', 'cancel', 'return', 'thanks', 'late', 'stock'],
      'blocked ones keep their own order among themselves',
    ],
  ];
  for (const [blocked, order, why] of blockedCases) {
    it(why, () => {
      const s = suggestTemplates(LIBRARY, new Set(blocked), complaint);
      expect(ids(s)).toEqual(order);
      expect(s.filter((x) => x.blocked).map((x) => x.templateId)).toEqual(
        order.filter((id) => blocked.includes(id)),
      );
    });
  }

  it.each<[limit: number | undefined, count: number, why: string]>([
    [undefined, 6, 'default limit 8, six templates'],
    [3, 3, 'limit 3'],
    [0, 0, 'limit 0'],
  ])('%#: limit %s → %i suggestions (%s)', (limit, count) => {
    expect(suggestTemplates(LIBRARY, new Set(), complaint, limit)).toHaveLength(count);
  });

  it('sees an edit: new text and updatedAt on the same object re-index', () => {
    const t = tpl('edit', { tags: [], v: { en: en('About your parcel.') } });
    const query = ctx({ query: 'warranty' });
    const cases: Array<[() => void, number, string]> = [
      [() => undefined, 0, 'before the edit: no match'],
      [
        () => Object.assign(t, { variants: { en: en('Your warranty') }, updatedAt: daysAgo(0) }),
        1,
        'edited: found',
      ],
      [
        () => Object.assign(t, { tags: ['x'], variants: { en: en('gone') } }),
        0,
        'edited without new updatedAt: still seen',
      ],
    ];
    for (const [edit, count, why] of cases) {
      edit();
      expect(suggestTemplates([t], new Set(), query), why).toHaveLength(count);
    }
  });

  it('gives the same answer cold and warm', () => {
    const cold = suggestTemplates(structuredClone(LIBRARY), new Set(), complaint);
    const warm = suggestTemplates(LIBRARY, new Set(), complaint);
    expect(suggestTemplates(LIBRARY, new Set(), complaint)).toEqual(warm);
    expect(cold).toEqual(warm);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../../../shared/domain/compliance/types.js';
import { checkTemplate } from '../../../../../shared/domain/templates/template-check.js';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  type Template,
  type TemplateLanguage,
  type TemplateSettings,
} from '../../../../../shared/domain/templates/types.js';

const NOW = new Date('2026-11-22T03:00:00.000Z');
type Variants = Template['variants'];

const CLEAN_JA = {
  subject: 'ご注文{{orderId}}について',
  body: '{{buyerName}}様\n\nご連絡ありがとうございます。{{shopName}}の{{staffName}}です。\n{{concern}}の件、確認いたします。\nご注文番号：{{orderId}}\n',
};
const CLEAN_EN = {
  subject: 'Your order {{orderId}}',
  body: 'Dear {{buyerName}},\n\nThank you for contacting us about {{concern}}. We will reply by {{deliveryDate}}.\nOrder: {{orderId}}\n\n{{staffName}}, {{shopName}}',
};
const CLEAN_ZH = {
  subject: '订单{{orderId}}',
  body: '{{buyerName}}您好，\n关于{{concern}}，我们正在确认。订单号：{{orderId}}',
};
const CLEAN_KO = {
  subject: '주문 {{orderId}}',
  body: '{{buyerName}} 고객님,\n{{concern}} 건은 확인 중입니다. 주문번호: {{orderId}}',
};

const WITH_FIELD: TemplateSettings = {
  ...DEFAULT_TEMPLATE_SETTINGS,
  customFields: [
    { key: 'hours', label: 'Hours', value: '' },
    { key: 'mail', label: 'Mail', value: 'shop@example.com' },
  ],
};

describe('checkTemplate: blocked or not', () => {
  const cases: Array<[variants: Variants, settings: TemplateSettings, blocked: boolean, why: string]> = [
    [{ ja: CLEAN_JA }, DEFAULT_TEMPLATE_SETTINGS, false, 'clean Japanese template'],
    [
      { ja: CLEAN_JA, en: CLEAN_EN, zh: CLEAN_ZH, ko: CLEAN_KO },
      DEFAULT_TEMPLATE_SETTINGS,
      false,
      'clean in all four languages',
    ],
    [
      { en: { ...CLEAN_EN, body: `${CLEAN_EN.body}\nMail us at help@shop.example` } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'an e-mail address blocks',
    ],
    [
      { ja: CLEAN_JA, en: { ...CLEAN_EN, body: 'Call 090-1234-5678' } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'one bad variant blocks the template',
    ],
    [
      { ja: { ...CLEAN_JA, body: '{{buyerName様' } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'unclosed placeholder blocks',
    ],
    [
      { ja: { ...CLEAN_JA, subject: '{{foo}}' } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'unknown name in the subject blocks',
    ],
    [
      { en: { ...CLEAN_EN, body: `${CLEAN_EN.body} }}` } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'stray }} blocks',
    ],
    [
      { en: { ...CLEAN_EN, body: 'Hours: {{custom.hours}}' } },
      WITH_FIELD,
      false,
      'empty custom field gets a sample, not a leftover',
    ],
    [
      { en: { ...CLEAN_EN, body: 'Write to {{custom.mail}}' } },
      WITH_FIELD,
      true,
      'a custom value with an e-mail address reaches the buyer: blocked',
    ],
    [
      { en: { ...CLEAN_EN, body: '{{custom.hours}}' } },
      DEFAULT_TEMPLATE_SETTINGS,
      true,
      'custom field not set up: unknown name',
    ],
    [{}, DEFAULT_TEMPLATE_SETTINGS, true, 'no variants: nothing could be inserted'],
  ];
  it.each(cases)('%j -> blocked %s (%s)', (variants, settings, blocked) => {
    expect(checkTemplate({ variants }, DEFAULT_COMPLIANCE_SETTINGS, settings, NOW).blocked).toBe(blocked);
  });
});

describe('checkTemplate: what it reports', () => {
  it.each([
    ['Mail us at help@shop.example', 'email-address', [11, 28], 'offset into the template body'],
    [
      'Dear {{buyerName}}, mail help@shop.example',
      'email-address',
      [25, 42],
      'offset mapped back past a filled placeholder',
    ],
  ])('%s -> %s at %j', (body, rule, span) => {
    const r = checkTemplate(
      { variants: { en: { subject: 'x', body } } },
      DEFAULT_COMPLIANCE_SETTINGS,
      DEFAULT_TEMPLATE_SETTINGS,
      NOW,
    );
    const f = r.findings.en?.find((x) => x.rule === rule);
    expect([f?.start, f?.end]).toEqual(span);
  });

  const syntaxCases: Array<[variants: Variants, lang: TemplateLanguage, expected: string[][], why: string]> =
    [
      [
        { ja: { subject: '{{orderId', body: 'ok }}' } },
        'ja',
        [
          ['subject', 'unclosed'],
          ['body', 'stray-close'],
        ],
        'syntax per field',
      ],
      [
        { ja: CLEAN_JA, ko: { ...CLEAN_KO, body: '{{nope}}' } },
        'ko',
        [['body', 'unknown-name']],
        'per language',
      ],
      [
        { ja: CLEAN_JA, ko: { ...CLEAN_KO, body: '{{nope}}' } },
        'ja',
        [],
        'a clean variant has an empty list',
      ],
    ];
  it.each(syntaxCases)('%j %s', (variants, lang, expected) => {
    const r = checkTemplate({ variants }, DEFAULT_COMPLIANCE_SETTINGS, DEFAULT_TEMPLATE_SETTINGS, NOW);
    expect(r.syntax[lang]?.map((p) => [p.field, p.kind])).toEqual(expected);
  });

  const severityCases: Array<
    [body: string, rule: string, severity: 'warn' | 'block' | undefined, blocked: boolean, why: string]
  > = [
    [
      'Thank you for your message.',
      'order-id-missing',
      'warn',
      false,
      'a warning is shown but does not block',
    ],
    [
      'Dear {{buyerName}}, order {{orderId}}',
      'placeholder-left',
      undefined,
      false,
      'sample values fill every placeholder',
    ],
  ];
  it.each(severityCases)('%s: %s', (body, rule, severity, blocked) => {
    const r = checkTemplate(
      { variants: { en: { subject: 'Hello', body } } },
      DEFAULT_COMPLIANCE_SETTINGS,
      DEFAULT_TEMPLATE_SETTINGS,
      NOW,
    );
    expect(r.findings.en?.find((f) => f.rule === rule)?.severity).toBe(severity);
    expect(r.blocked).toBe(blocked);
  });

  it('respects the compliance settings: a disabled rule no longer blocks', () => {
    const variants = { en: { subject: 'x', body: 'Mail help@shop.example about {{orderId}}' } };
    const on = checkTemplate({ variants }, DEFAULT_COMPLIANCE_SETTINGS, DEFAULT_TEMPLATE_SETTINGS, NOW);
    const off = checkTemplate(
      { variants },
      { ...DEFAULT_COMPLIANCE_SETTINGS, disabledRules: ['email-address'] },
      DEFAULT_TEMPLATE_SETTINGS,
      NOW,
    );
    expect([on.blocked, off.blocked]).toEqual([true, false]);
  });
});

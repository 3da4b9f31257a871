import { checkDraft } from '../compliance/check.js';
import type { ComplianceSettings, Finding } from '../compliance/types.js';
import { renderWithSourceMap, sourceSpan } from './placeholders.js';
import type { RenderPiece, SyntaxProblem } from './placeholders.js';
import { CUSTOM_PREFIX, TEMPLATE_LANGUAGES } from './types.js';
import type { PlaceholderName, Template, TemplateLanguage, TemplateSettings } from './types.js';
import { formatToday } from './values.js';

/**
 * The compliance gate run on a template when it is saved (issue 6): a template with a blocking
 * finding or a syntax problem is marked and cannot be inserted until fixed.
 *
 * Why sample values: the gate must judge the text as a buyer would get it. Left as `{{buyerName}}`
 * every placeholder would trip placeholder-left, and an empty value would make "Dear ," look
 * like a broken salutation; a realistic name and order ID avoid both. Real settings values
 * (shop name, custom fields) are used when set, since those do reach the buyer — a custom field
 * holding an e-mail address blocks every template that uses it.
 *
 * Finding offsets are mapped back to the template text (a finding inside a value covers its
 * whole `{{…}}`), so the editor can underline the template; `excerpt` stays the rendered text.
 */

export interface TemplateCheck {
  findings: Partial<Record<TemplateLanguage, Finding[]>>;
  syntax: Partial<Record<TemplateLanguage, Array<SyntaxProblem & { field: 'subject' | 'body' }>>>;
  blocked: boolean;
}

export const SAMPLE_ORDER_ID = '503-1234567-1234567';

type Sample = Record<'buyerName' | 'item' | 'concern' | 'shopName' | 'staffName' | 'custom', string>;

/** Plausible, rule-clean values in each language (a Latin name in a Japanese reply is fine too, but not typical). */
const SAMPLES: Readonly<Record<TemplateLanguage, Sample>> = {
  ja: {
    buyerName: '山田 花子',
    item: 'ステンレス製マグカップ',
    concern: '注文した商品がまだ届いていません',
    shopName: 'さくら雑貨店',
    staffName: '佐藤',
    custom: '見本の値',
  },
  en: {
    buyerName: 'Jane Smith',
    item: 'stainless steel mug',
    concern: 'the parcel has not arrived yet',
    shopName: 'Maple Goods',
    staffName: 'Alex',
    custom: 'sample value',
  },
  zh: {
    buyerName: '王芳',
    item: '不锈钢保温杯',
    concern: '订购的商品还没有收到',
    shopName: '樱花杂货店',
    staffName: '李明',
    custom: '示例值',
  },
  ko: {
    buyerName: '김민지',
    item: '스테인리스 머그컵',
    concern: '주문한 상품이 아직 도착하지 않았습니다',
    shopName: '벚꽃 잡화점',
    staffName: '이서준',
    custom: '예시 값',
  },
};

const DELIVERY_OFFSET_MS = 3 * 86_400_000;

/** A value for every placeholder the template can use, in the variant's language. */
export function sampleValues(
  language: TemplateLanguage,
  settings: TemplateSettings,
  now: Date,
): Record<string, string> {
  const s = SAMPLES[language];
  // Typed by PlaceholderName so a new placeholder without a sample fails the typecheck.
  const named: Record<PlaceholderName, string> = {
    buyerName: s.buyerName,
    orderId: SAMPLE_ORDER_ID,
    orderIds: SAMPLE_ORDER_ID,
    item: s.item,
    concern: s.concern,
    shopName: settings.shopName.trim() === '' ? s.shopName : settings.shopName,
    staffName: s.staffName,
    today: formatToday(now, language, 0),
    deliveryDate: formatToday(new Date(now.getTime() + DELIVERY_OFFSET_MS), language, 0),
  };
  const values: Record<string, string> = { ...named };
  for (const f of settings.customFields)
    values[`${CUSTOM_PREFIX}${f.key}`] = f.value.trim() === '' ? s.custom : f.value;
  return values;
}

function mapFinding(f: Finding, subject: RenderPiece[], body: RenderPiece[]): Finding {
  if (f.field !== 'subject' && f.field !== 'body') return f;
  if (f.field === 'body' && f.start === 0 && f.end === 0) return f; // whole-message convention
  const span = sourceSpan(f.field === 'subject' ? subject : body, f.start, f.end);
  return { ...f, start: span.start, end: span.end };
}

export function checkTemplate(
  template: Pick<Template, 'variants'>,
  compliance: ComplianceSettings,
  settings: TemplateSettings,
  now: Date,
): TemplateCheck {
  const customKeys = new Set(settings.customFields.map((f) => f.key));
  const result: TemplateCheck = { findings: {}, syntax: {}, blocked: true };
  let anyVariant = false;
  let blocked = false;
  for (const language of TEMPLATE_LANGUAGES) {
    const variant = template.variants[language];
    if (variant === undefined) continue;
    anyVariant = true;
    const values = sampleValues(language, settings, now);
    const subject = renderWithSourceMap(variant.subject, values, customKeys);
    const body = renderWithSourceMap(variant.body, values, customKeys);
    const findings = checkDraft(
      { subject: subject.text, body: body.text, buyerLanguage: language, orderIds: [SAMPLE_ORDER_ID] },
      compliance,
      now,
    ).map((f) => mapFinding(f, subject.pieces, body.pieces));
    const syntax = [
      ...subject.problems.map((p) => ({ ...p, field: 'subject' as const })),
      ...body.problems.map((p) => ({ ...p, field: 'body' as const })),
    ];
    result.findings[language] = findings;
    result.syntax[language] = syntax;
    if (syntax.length > 0 || findings.some((f) => f.severity === 'block')) blocked = true;
  }
  // No variant at all: nothing could be inserted, so the template is not usable as it stands.
  result.blocked = blocked || !anyVariant;
  return result;
}

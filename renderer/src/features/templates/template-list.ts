import type { TemplateKind, TemplateLanguage } from '../../../../shared/domain/templates/types.js';
import type { TemplateView } from './template-types.js';

export interface ListFilter {
  query: string;
  kind: TemplateKind | null;
  /** Only templates that need attention: blocked or review due. */
  attention: boolean;
}

export const EMPTY_FILTER: ListFilter = { query: '', kind: null, attention: false };

/**
 * Case- and width-insensitive key: staff type ＡＢＣ or abc, カタカナ or ｶﾀｶﾅ, and expect the same
 * hits (NFKC folds full-width Latin and half-width katakana).
 */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function haystack(view: TemplateView): string {
  const { template } = view;
  const parts = [template.name, ...template.tags];
  for (const variant of Object.values(template.variants)) {
    if (variant !== undefined) parts.push(variant.subject, variant.body);
  }
  return searchKey(parts.join('\n'));
}

/**
 * The library list: every whitespace-separated word of the query must appear somewhere in the
 * name, tags or text (so "返品 ko" is not how it works — words match text, not languages).
 * Templates needing attention come first, then by name in the UI language's collation.
 */
export function filterTemplates(
  views: readonly TemplateView[],
  filter: ListFilter,
  locale: string,
): TemplateView[] {
  const words = searchKey(filter.query)
    .split(/\s+/u)
    .filter((w) => w !== '');
  const collator = new Intl.Collator(locale);
  return views
    .filter((v) => filter.kind === null || v.template.kinds.includes(filter.kind))
    .filter((v) => !filter.attention || v.blocked || v.reviewDue)
    .filter((v) => {
      if (words.length === 0) return true;
      const text = haystack(v);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => {
      const rank = attentionRank(a) - attentionRank(b);
      return rank !== 0 ? rank : collator.compare(a.template.name, b.template.name);
    });
}

function attentionRank(view: TemplateView): number {
  if (view.blocked) return 0;
  if (view.reviewDue) return 1;
  return 2;
}

/** The languages a template has, in the fixed ja/en/zh/ko order the badges use. */
export function variantLanguages(
  variants: Partial<Record<TemplateLanguage, unknown>>,
  order: readonly TemplateLanguage[],
): TemplateLanguage[] {
  return order.filter((lang) => variants[lang] !== undefined);
}

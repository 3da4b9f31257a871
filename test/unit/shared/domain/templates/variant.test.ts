import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../../shared/domain/message.js';
import type { Template, TemplateLanguage } from '../../../../../shared/domain/templates/types.js';
import { pickVariant } from '../../../../../shared/domain/templates/variant.js';

const v = (lang: string): { subject: string; body: string } => ({ subject: `s-${lang}`, body: `b-${lang}` });
type T = Pick<Template, 'variants' | 'defaultLanguage'>;
const ALL: T = { defaultLanguage: 'ja', variants: { ja: v('ja'), en: v('en'), zh: v('zh'), ko: v('ko') } };
const JA_EN: T = { defaultLanguage: 'en', variants: { ja: v('ja'), en: v('en') } };
const BROKEN: T = { defaultLanguage: 'ja', variants: { ko: v('ko'), zh: v('zh') } };

describe('pickVariant', () => {
  const cases: Array<[t: T, wanted: Language | null, lang: TemplateLanguage, match: boolean, why: string]> = [
    [ALL, 'ko', 'ko', true, 'buyer language exists'],
    [ALL, 'zh', 'zh', true, 'zh exists'],
    [JA_EN, 'ja', 'ja', true, 'non-default buyer language exists'],
    [JA_EN, 'zh', 'en', false, 'missing: default language, marked'],
    [JA_EN, 'other', 'en', false, '"other" is not a template language'],
    [JA_EN, null, 'en', false, 'unknown buyer language: default, no match'],
    [BROKEN, 'en', 'zh', false, 'default variant absent: first in TEMPLATE_LANGUAGES order (ja, en, zh, ko)'],
    [BROKEN, 'ko', 'ko', true, 'buyer language still wins'],
  ];
  it.each(cases)('%s wanted %s -> %s (%s)', (t, wanted, lang, match) => {
    const r = pickVariant(t, wanted);
    expect(r.language).toBe(lang);
    expect(r.buyerLanguageMatch).toBe(match);
    expect(r.variant).toEqual(v(lang));
  });

  it('no variants at all: an empty text, never a crash', () => {
    expect(pickVariant({ defaultLanguage: 'en', variants: {} }, 'ja')).toEqual({
      language: 'en',
      variant: { subject: '', body: '' },
      buyerLanguageMatch: false,
    });
  });
});

import type { Language } from '../message.js';
import { TEMPLATE_LANGUAGES } from './types.js';
import type { Template, TemplateLanguage, TemplateVariant } from './types.js';

/**
 * Which language version of a template to insert (issue 6): the buyer's language when the
 * template has it, otherwise the template's default with `buyerLanguageMatch: false` so the UI
 * can mark "no variant in the buyer's language" clearly instead of silently answering in another.
 */
export function pickVariant(
  template: Pick<Template, 'variants' | 'defaultLanguage'>,
  wanted: Language | null,
): { language: TemplateLanguage; variant: TemplateVariant; buyerLanguageMatch: boolean } {
  const { variants, defaultLanguage } = template;
  const match = TEMPLATE_LANGUAGES.find((l) => l === wanted);
  const exact = match === undefined ? undefined : variants[match];
  if (match !== undefined && exact !== undefined)
    return { language: match, variant: exact, buyerLanguageMatch: true };
  const fallback = variants[defaultLanguage];
  if (fallback !== undefined)
    return { language: defaultLanguage, variant: fallback, buyerLanguageMatch: false };
  for (const language of TEMPLATE_LANGUAGES) {
    const variant = variants[language];
    if (variant !== undefined) return { language, variant, buyerLanguageMatch: false };
  }
  // No variant at all (a broken import): an empty text rather than a throw. checkTemplate marks
  // such a template blocked, so it cannot be inserted anyway.
  return { language: defaultLanguage, variant: { subject: '', body: '' }, buyerLanguageMatch: false };
}

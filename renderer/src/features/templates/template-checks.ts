import type { Finding } from '../../../../shared/domain/compliance/types.js';
import type { TemplateLanguage, TemplateVariant } from '../../../../shared/domain/templates/types.js';
import type { Mark } from '../composer/finding-segments.js';
import type { TemplateSyntaxProblem, TemplateView } from './template-types.js';

export interface LanguageChecks {
  findings: Finding[];
  syntax: TemplateSyntaxProblem[];
  /** Highlights for the editor; empty when the text was edited since the core checked it. */
  marks: { subject: Mark[]; body: Mark[] };
  /** The text differs from what the core checked: its verdict may be out of date. */
  stale: boolean;
}

/**
 * The core's verdict for one language version, placed on the text being edited. Offsets are
 * only valid for the text that was checked, so an edited field shows no highlights (a mark on
 * the wrong words is worse than none) and the list says the check is from the last save.
 */
export function languageChecks(
  view: TemplateView | null,
  language: TemplateLanguage,
  current: TemplateVariant | undefined,
): LanguageChecks {
  const findings = view?.findings[language] ?? [];
  const syntax = view?.syntax[language] ?? [];
  const checked = view?.template.variants[language];
  const sameSubject = checked !== undefined && current !== undefined && checked.subject === current.subject;
  const sameBody = checked !== undefined && current !== undefined && checked.body === current.body;
  const marksFor = (field: 'subject' | 'body'): Mark[] => [
    ...syntax
      .filter((s) => s.field === field)
      .map((s) => ({ start: s.start, end: s.end, severity: 'block' as const })),
    ...findings
      .filter((f) => f.field === field)
      .map((f) => ({ start: f.start, end: f.end, severity: f.severity })),
  ];
  return {
    findings,
    syntax,
    marks: { subject: sameSubject ? marksFor('subject') : [], body: sameBody ? marksFor('body') : [] },
    stale: view !== null && current !== undefined && !(sameSubject && sameBody),
  };
}

/** The languages whose version has a blocking finding or a syntax error, for the tab markers. */
export function blockedLanguages(view: TemplateView | null): Set<TemplateLanguage> {
  const out = new Set<TemplateLanguage>();
  if (view === null) return out;
  for (const [lang, list] of Object.entries(view.findings) as Array<
    [TemplateLanguage, Finding[] | undefined]
  >) {
    if (list?.some((f) => f.severity === 'block')) out.add(lang);
  }
  for (const [lang, list] of Object.entries(view.syntax) as Array<
    [TemplateLanguage, unknown[] | undefined]
  >) {
    if (list !== undefined && list.length > 0) out.add(lang);
  }
  return out;
}

import type { Template, TemplateKind, TemplateLanguage, TemplateVariant } from '../types.js';

/**
 * Shared shape of the starter templates. Every starter carries the same fixed timestamps so the
 * shipped library is byte-for-byte reproducible (an import/export round trip or a "reset to
 * starter" can compare templates by value, and no build ever calls the clock).
 */
export const STARTER_TIMESTAMP = '2026-01-01T00:00:00.000Z';
export const STARTER_ID_PREFIX = 'starter-';

export interface StarterSpec {
  slug: string;
  /**
   * English, whatever the UI language: the name is the library's stable internal label (logs,
   * export files, the CLI). Search in other UI languages works through `tags`, which carry the
   * topic in all four languages.
   */
  name: string;
  tags: readonly string[];
  kinds: readonly TemplateKind[];
  /** All four languages are required for a starter: the type makes a missing one a compile error. */
  variants: Readonly<Record<TemplateLanguage, TemplateVariant>>;
}

/** One line per array element: keeps long bodies readable in the source and diff-friendly. */
export function lines(...text: readonly string[]): string {
  return text.join('\n');
}

/**
 * Starters are shared module constants: frozen so that code editing "a copy" in place (the
 * store, an import merge) fails loudly instead of silently changing the shipped library for the
 * rest of the session. Callers that want to edit one must copy it first.
 */
export function defineStarter(spec: StarterSpec): Template {
  const variants: Template['variants'] = {};
  for (const [language, variant] of Object.entries(spec.variants) as [TemplateLanguage, TemplateVariant][]) {
    variants[language] = Object.freeze({ subject: variant.subject, body: variant.body });
  }
  return Object.freeze({
    id: `${STARTER_ID_PREFIX}${spec.slug}`,
    name: spec.name,
    tags: Object.freeze([...spec.tags]) as string[],
    kinds: Object.freeze([...spec.kinds]) as TemplateKind[],
    defaultLanguage: 'ja',
    variants: Object.freeze(variants),
    createdAt: STARTER_TIMESTAMP,
    updatedAt: STARTER_TIMESTAMP,
    reviewedAt: STARTER_TIMESTAMP,
    lastUsedAt: null,
    useCount: 0,
    starter: true,
  });
}

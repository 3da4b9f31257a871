import type { Template } from '../../../../../../shared/domain/templates/types.js';
import type { TemplateView } from '../../../../../../renderer/src/features/templates/template-types.js';

/** A TemplateView with only the parts a test cares about set. */
export function view(over: Partial<Template> & { blocked?: boolean; reviewDue?: boolean }): TemplateView {
  const { blocked = false, reviewDue = false, ...template } = over;
  return {
    template: {
      id: 't1',
      name: 'Template',
      tags: [],
      kinds: [],
      defaultLanguage: 'ja',
      variants: { ja: { subject: '', body: '本文' } },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      reviewedAt: '2026-01-01T00:00:00.000Z',
      lastUsedAt: null,
      useCount: 0,
      starter: false,
      ...template,
    },
    findings: {},
    syntax: {},
    blocked,
    reviewDue,
  };
}

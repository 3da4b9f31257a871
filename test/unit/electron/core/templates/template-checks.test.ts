import { describe, expect, it } from 'vitest';
import { TemplateChecks } from '../../../../../electron/core/templates/template-checks.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../../../shared/domain/compliance/types.js';
import { DEFAULT_TEMPLATE_SETTINGS, type Template } from '../../../../../shared/domain/templates/types.js';
import { STARTERS_V1, T0 } from './template-fixtures.js';

/*
 * The checks cache: a verdict is reused only while the template and the settings are the same,
 * and the background warm-up fills it for every template.
 */

const [thanks, delay] = STARTERS_V1 as [Template, Template];
const leaky: Template = {
  ...thanks,
  id: 'leaky',
  variants: { ja: { subject: 's', body: 'a@example.com まで' } },
};
const current = { compliance: DEFAULT_COMPLIANCE_SETTINGS, settings: DEFAULT_TEMPLATE_SETTINGS, now: T0 };

describe('TemplateChecks', () => {
  it('warm() leaves a verdict for every template, and knownBlocked reads them', async () => {
    const checks = new TemplateChecks();
    const all = [thanks, delay, leaky];
    expect(all.map((t) => checks.cached(t))).toEqual([null, null, null]);
    await checks.warm(
      () => all,
      () => current,
    );
    expect(all.map((t) => checks.cached(t)?.blocked)).toEqual([false, false, true]);
    expect(checks.knownBlocked(all, current.compliance, current.settings)).toEqual(new Set(['leaky']));
  });

  // [what changes after the check, still cached, why]
  const CASES: Array<[string, (t: Template) => Template, boolean, string]> = [
    ['nothing', (t) => t, true, 'the same template object'],
    [
      'a use (use count, lastUsedAt)',
      (t) => ({ ...t, useCount: 3, lastUsedAt: T0.toISOString() }),
      true,
      'the text is the same',
    ],
    [
      'the text, same updatedAt',
      (t) => ({ ...t, variants: { ...t.variants } }),
      false,
      'an import may keep the stamp',
    ],
    ['updatedAt', (t) => ({ ...t, updatedAt: '2026-04-01T00:00:00.000Z' }), false, 'an edit'],
  ];
  it.each(CASES)('%s -> cached %s (%s)', (_what, change, cached) => {
    const checks = new TemplateChecks();
    checks.check(thanks, current.compliance, current.settings, T0);
    expect(checks.cached(change(thanks)) !== null).toBe(cached);
  });

  it('other compliance settings drop every verdict', () => {
    const checks = new TemplateChecks();
    checks.check(delay, current.compliance, current.settings, T0);
    const banned = { ...current.compliance, bannedWords: ['発送'] };
    expect(checks.knownBlocked([delay], banned, current.settings)).toEqual(new Set());
    expect(checks.cached(delay)).toBeNull();
    expect(checks.check(delay, banned, current.settings, T0).blocked).toBe(true);
  });
});

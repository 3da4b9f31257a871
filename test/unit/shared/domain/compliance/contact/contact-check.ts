import { checkDraft } from '../../../../../../shared/domain/compliance/check.js';
import { contactRules } from '../../../../../../shared/domain/compliance/rules/contact/index.js';
import {
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceDraft,
  type ComplianceSettings,
  type FindingField,
  type RuleId,
} from '../../../../../../shared/domain/compliance/types.js';

/** Runs only the contact rules, so the other rule sets cannot change these tests' outcome. */

export type Lang = 'ja' | 'zh' | 'ko' | 'en';

/** [rule, the text as written that it marks, detail?] */
export type Expected = readonly [RuleId, string, string?];

export interface Hit {
  rule: RuleId;
  field: FindingField;
  start: number;
  end: number;
  excerpt: string;
  detail: string | undefined;
}

export function contactHits(
  draft: Partial<ComplianceDraft>,
  settings: Partial<ComplianceSettings> = {},
): Hit[] {
  const findings = checkDraft(
    { subject: '', body: '', ...draft },
    { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings },
    new Date('2025-01-15T00:00:00Z'),
    contactRules,
  );
  return findings.map((f) => ({
    rule: f.rule,
    field: f.field,
    start: f.start,
    end: f.end,
    excerpt: f.excerpt,
    detail: f.detail,
  }));
}

/**
 * What the rules found in `text`, as [rule, excerpt, detail], after checking that every span
 * points at its excerpt in the text as written (not the folded copy).
 */
export function bodyHits(
  text: string,
  settings: Partial<ComplianceSettings> = {},
  draft: Partial<ComplianceDraft> = {},
): Array<[RuleId, string, string | undefined]> {
  const hits = contactHits({ ...draft, body: text }, settings);
  for (const h of hits) {
    if (h.field !== 'body' || text.slice(h.start, h.end) !== h.excerpt)
      throw new Error(`span ${h.start}-${h.end} of ${h.rule} does not mark "${h.excerpt}" in the body`);
  }
  return hits.map((h) => [h.rule, h.excerpt, h.detail]);
}

/** Compares with the expectation; a missing detail in the expectation means "any detail". */
export function sameHits(
  actual: Array<[RuleId, string, string | undefined]>,
  expected: readonly Expected[],
): Array<[RuleId, string, string | undefined]> {
  return actual.map(([rule, excerpt, detail], i) => [
    rule,
    excerpt,
    expected[i] !== undefined && expected[i][2] === undefined ? undefined : detail,
  ]);
}

export const asTuples = (expected: readonly Expected[]): Array<[RuleId, string, string | undefined]> =>
  expected.map(([r, e, d]) => [r, e, d]);

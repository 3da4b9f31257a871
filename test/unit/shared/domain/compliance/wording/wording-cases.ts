import { checkDraft } from '../../../../../../shared/domain/compliance/check.js';
import { wordingRules } from '../../../../../../shared/domain/compliance/rules/wording/index.js';
import type {
  ComplianceSettings,
  Finding,
  RuleId,
} from '../../../../../../shared/domain/compliance/types.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../../../../shared/domain/compliance/types.js';

export type Lang = 'en' | 'ja' | 'zh' | 'ko';

/** One row of a rule's table: the body, the excerpts the rule must underline ([] = none), why. */
export type Case = [lang: Lang, body: string, excerpts: string[], why: string];

const NOW = new Date('2025-01-15T00:00:00Z');

/** Runs only the wording rules, as the editor would on this body. */
export function findings(body: string, settings: Partial<ComplianceSettings> = {}, subject = ''): Finding[] {
  return checkDraft({ subject, body }, { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings }, NOW, wordingRules);
}

/** The excerpts one rule underlines in the body. */
export function excerptsOf(rule: RuleId, body: string, settings: Partial<ComplianceSettings> = {}): string[] {
  return findings(body, settings)
    .filter((f) => f.rule === rule)
    .map((f) => f.excerpt);
}

/** Each language must have positive and negative rows: the brief asks for both in all four. */
export function coveredLanguages(cases: readonly Case[]): string[] {
  const seen = new Set<string>();
  for (const [lang, , excerpts] of cases) seen.add(`${lang}:${excerpts.length > 0 ? '+' : '-'}`);
  return [...seen].sort();
}

export const ALL_LANGUAGE_SIDES = ['en:+', 'en:-', 'ja:+', 'ja:-', 'ko:+', 'ko:-', 'zh:+', 'zh:-'];

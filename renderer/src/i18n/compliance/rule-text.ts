import type { RuleId, Severity } from '../../../../shared/domain/compliance/types.js';

export type RuleTextPart = 'name' | 'why';
export type RuleTextKey = `compliance.rules.${RuleId}.${RuleTextPart}`;

/** A typed i18n key for a rule's text: the composer and the settings dialog name rules the same way. */
export function ruleTextKey(id: RuleId, part: RuleTextPart): RuleTextKey {
  return `compliance.rules.${id}.${part}`;
}

export function severityKey(severity: Severity): `compliance.severity.${Severity}` {
  return `compliance.severity.${severity}`;
}

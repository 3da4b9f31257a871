import { checkDraft } from '../../../../../../shared/domain/compliance/check.js';
import { messageRules } from '../../../../../../shared/domain/compliance/rules/message/index.js';
import {
  DEFAULT_COMPLIANCE_SETTINGS,
  type ComplianceDraft,
  type ComplianceSettings,
  type Finding,
  type FindingField,
  type RuleId,
} from '../../../../../../shared/domain/compliance/types.js';

/** The clock every table uses unless a case says otherwise. */
export const NOW = new Date('2024-06-30T00:00:00Z');

/** A draft that passes every message rule: tables change one thing at a time. */
export const CLEAN: ComplianceDraft = {
  subject: 'Re: 503-1234567-1234567',
  body: '',
  attachments: [],
};

export function check(
  draft: Partial<ComplianceDraft>,
  settings: Partial<ComplianceSettings> = {},
  now: Date = NOW,
): Finding[] {
  return checkDraft(
    { ...CLEAN, ...draft },
    { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings },
    now,
    messageRules,
  );
}

/** [field, excerpt] per finding of `rule`; attachments show as "#index". Whole-message: ['body', '']. */
export type Got = [FindingField, string];

export function hitsOf(
  rule: RuleId,
  draft: Partial<ComplianceDraft>,
  settings?: Partial<ComplianceSettings>,
  now?: Date,
): Got[] {
  return check(draft, settings, now)
    .filter((f) => f.rule === rule)
    .map((f): Got => [f.field, f.field === 'attachments' ? `#${f.start}` : f.excerpt]);
}

export const WHOLE: Got[] = [['body', '']];

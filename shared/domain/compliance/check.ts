import { foldFullWidthAscii } from '../text-normalize.js';
import { contactRules } from './rules/contact/index.js';
import { messageRules } from './rules/message/index.js';
import { wordingRules } from './rules/wording/index.js';
import type {
  CheckedText,
  ComplianceDraft,
  ComplianceSettings,
  Finding,
  FindingField,
  Rule,
  RuleContext,
  RuleId,
} from './types.js';

/** Every rule the gate knows, in the order the settings screen lists them. */
export const ALL_RULES: readonly Rule[] = [...contactRules, ...wordingRules, ...messageRules];

const FIELD_ORDER: Record<FindingField, number> = { subject: 0, body: 1, html: 2, attachments: 3 };

export function checkedText(raw: string): CheckedText {
  return { raw, folded: foldFullWidthAscii(raw) };
}

/**
 * Checks a draft against every enabled rule. Pure and synchronous: the editor runs it on each
 * keystroke, and the core runs it again on the exact text it is about to queue.
 * Blocking findings come first, then by field and position.
 */
export function checkDraft(
  draft: ComplianceDraft,
  settings: ComplianceSettings,
  now: Date,
  rules: readonly Rule[] = ALL_RULES,
): Finding[] {
  const ctx: RuleContext = {
    draft,
    subject: checkedText(draft.subject),
    body: checkedText(draft.body),
    html: draft.html === undefined || draft.html === null ? null : checkedText(draft.html),
    settings,
    now,
  };
  const disabled = new Set<RuleId>(settings.disabledRules);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    for (const hit of rule.check(ctx)) {
      const key = `${rule.id}|${hit.field}|${hit.start}|${hit.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const text = fieldText(ctx, hit.field);
      findings.push({
        ...hit,
        rule: rule.id,
        severity: rule.severity,
        excerpt: text.slice(hit.start, hit.end),
        message: hit.detail === undefined ? rule.summary : `${rule.summary}: ${hit.detail}`,
      });
    }
  }
  return findings.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      a.start - b.start ||
      a.end - b.end,
  );
}

/** A reply may be queued only when nothing blocks it. */
export function isSendable(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity !== 'block');
}

function fieldText(ctx: RuleContext, field: FindingField): string {
  if (field === 'subject') return ctx.subject.raw;
  if (field === 'body') return ctx.body.raw;
  if (field === 'html') return ctx.html?.raw ?? '';
  return '';
}

import { describe, expect, it } from 'vitest';
import { messageRules } from '../../../../../../shared/domain/compliance/rules/message/index.js';
import type { ComplianceDraft, RuleId } from '../../../../../../shared/domain/compliance/types.js';
import { check } from './run-rules.js';

/** One draft that trips every message rule at once. */
const BAD: Partial<ComplianceDraft> = {
  subject: '[重要] ご案内',
  body: `Hello there, thank you for shopping with us, we hope you enjoy it 👎\n\n\n\nhttps://example.com/a.gif`,
  buyerLanguage: 'ja',
  proactive: true,
  orderCompletedAt: '2024-01-01T00:00:00Z',
  attachments: [{ filename: 'flyer.pdf', contentType: 'application/pdf', size: 10, purpose: 'other' }],
};
const SHORT = { longMessageChars: 20 };

const ids: RuleId[] = [
  'order-id-missing',
  'language-mismatch',
  'blank-lines',
  'gif-or-thumbs-down',
  'too-long',
  'important-misuse',
  'proactive-late',
  'attachment-purpose-other',
];

describe('messageRules', () => {
  it('lists the eight whole-message rules, all warnings', () => {
    expect(messageRules.map((r) => [r.id, r.severity])).toEqual(ids.map((id) => [id, 'warn']));
  });

  it('the bad draft trips every rule', () => {
    expect([...new Set(check(BAD, SHORT).map((f) => f.rule))].sort()).toEqual([...ids].sort());
  });

  it.each(ids)('the settings switch turns %s off, and only it', (id) => {
    const rules = new Set(check(BAD, { ...SHORT, disabledRules: [id] }).map((f) => f.rule));
    expect([...rules].sort()).toEqual(ids.filter((x) => x !== id).sort());
  });
});

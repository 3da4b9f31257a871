import { describe, expect, it } from 'vitest';
import {
  ACK_LANGUAGES,
  MAX_ACK_CHARS,
  SUGGESTED_ACK_BODIES,
  ackFindings,
  ackProblem,
} from '../../../../../../renderer/src/features/settings/auto-ack.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../../../../shared/domain/compliance/types.js';
import type { Rule, RuleId, Severity } from '../../../../../../shared/domain/compliance/types.js';

const NOW = new Date('2025-06-02T09:00:00Z');

/** A stand-in rule that matches a word, so these tests do not depend on the real rules' wording. */
function wordRule(id: RuleId, severity: Severity, word: string): Rule {
  return {
    id,
    severity,
    summary: id,
    check: ({ body }) => {
      const at = body.folded.indexOf(word);
      return at < 0 ? [] : [{ field: 'body', start: at, end: at + word.length }];
    },
  };
}
const FAKE_RULES = [wordRule('email-address', 'block', '@'), wordRule('order-id-missing', 'warn', 'hello')];

describe('ackProblem (fake rules)', () => {
  it.each([
    { body: 'Thanks, we will reply soon.', want: null, why: 'a clean text' },
    { body: '', want: { kind: 'empty' }, why: 'nothing to send' },
    { body: ' \n\u3000', want: { kind: 'empty' }, why: 'whitespace only is empty' },
    { body: 'x'.repeat(MAX_ACK_CHARS), want: null, why: 'exactly the limit' },
    {
      body: 'x'.repeat(MAX_ACK_CHARS + 1),
      want: { kind: 'too-long', max: MAX_ACK_CHARS },
      why: 'an acknowledgement is short',
    },
    { body: 'hello there', want: null, why: 'warnings do not stop an acknowledgement' },
  ])('$why', ({ body, want }) => {
    expect(ackProblem(body, 'en', DEFAULT_COMPLIANCE_SETTINGS, NOW, FAKE_RULES)).toEqual(want);
  });

  it.each([
    { settings: DEFAULT_COMPLIANCE_SETTINGS, rules: ['email-address'], why: 'a blocking rule stops it' },
    {
      settings: { ...DEFAULT_COMPLIANCE_SETTINGS, disabledRules: ['email-address' as const] },
      rules: [],
      why: 'the dialog’s own switches apply to the check',
    },
  ])('mail me at a@b → $rules ($why)', ({ settings, rules }) => {
    const problem = ackProblem('hello, mail me at a@b', 'en', settings, NOW, FAKE_RULES);
    const found = problem?.kind === 'blocked' ? problem.findings.map((f) => f.rule) : [];
    expect(found).toEqual(rules);
  });
});

describe('ackFindings (the real checker)', () => {
  it.each([
    { lang: 'ja' as const, body: 'ご連絡は shop@example.com までお願いします。', rule: 'email-address' },
    { lang: 'en' as const, body: 'Call us on +1 415 555 0100.', rule: 'phone-number' },
  ])('$lang: $body is blocked by $rule', ({ lang, body, rule }) => {
    expect(ackFindings(body, lang, DEFAULT_COMPLIANCE_SETTINGS, NOW).map((f) => f.rule)).toContain(rule);
  });

  it.each([...ACK_LANGUAGES])('the suggested %s text passes and fits', (lang) => {
    const body = SUGGESTED_ACK_BODIES[lang];
    expect(body.length).toBeLessThanOrEqual(MAX_ACK_CHARS);
    expect(ackProblem(body, lang, DEFAULT_COMPLIANCE_SETTINGS, NOW)).toBeNull();
  });
});

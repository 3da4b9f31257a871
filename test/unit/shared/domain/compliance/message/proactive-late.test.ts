import { describe, expect, it } from 'vitest';
import type { ComplianceDraft } from '../../../../../../shared/domain/compliance/types.js';
import { check, NOW } from './run-rules.js';

// NOW is 2024-06-30T00:00:00Z; exactly 30 days earlier is 2024-05-31T00:00:00Z.
const EXACTLY_30 = '2024-05-31T00:00:00Z';
const JUST_OVER = '2024-05-30T23:59:59.999Z';

/** expected: the detail of the warning, or null. */
const cases: Array<[lang: string, draft: Partial<ComplianceDraft>, expected: string | null, why: string]> = [
  [
    'ja',
    { body: 'ご注文の件でご連絡いたしました。', proactive: true, orderCompletedAt: EXACTLY_30 },
    null,
    'exactly 30 days: still within',
  ],
  [
    'ja',
    { body: 'ご注文の件でご連絡いたしました。', proactive: true, orderCompletedAt: JUST_OVER },
    '30 days after order completion',
    '1 ms past 30 days',
  ],
  [
    'zh',
    { body: '关于您的订单。', proactive: true, orderCompletedAt: '2024-04-01T00:00:00+08:00' },
    '90 days after order completion',
    'long ago, with an offset',
  ],
  [
    'zh',
    { body: '关于您的订单。', proactive: false, orderCompletedAt: '2024-01-01T00:00:00Z' },
    null,
    'a reply in the buyer’s thread is never late',
  ],
  [
    'ko',
    { body: '주문 관련 안내입니다.', proactive: true, orderCompletedAt: '2024-06-29T00:00:00Z' },
    null,
    'one day after',
  ],
  [
    'ko',
    { body: '주문 관련 안내입니다.', proactive: true, orderCompletedAt: null },
    null,
    'completion date unknown',
  ],
  [
    'en',
    { body: 'About your order.', proactive: true, orderCompletedAt: '2024-05-01' },
    '60 days after order completion',
    'a date-only value is UTC midnight',
  ],
  [
    'en',
    { body: 'About your order.', proactive: true, orderCompletedAt: 'not a date' },
    null,
    'unparsable counts as unknown',
  ],
  ['en', { body: 'About your order.', orderCompletedAt: '2024-01-01T00:00:00Z' }, null, 'proactive not set'],
  [
    'en',
    { body: 'About your order.', proactive: true, orderCompletedAt: '2024-07-15T00:00:00Z' },
    null,
    'completion in the future (clock skew)',
  ],
];

describe('proactive-late', () => {
  it.each(cases)('%s: %j -> %s (%s)', (_lang, draft, expected) => {
    const found = check(draft, {}, NOW).filter((f) => f.rule === 'proactive-late');
    expect(found.map((f) => [f.field, f.start, f.end, f.detail])).toEqual(
      expected === null ? [] : [['body', 0, 0, expected]],
    );
  });

  it('reads the clock it is given, not the machine’s', () => {
    const draft = { proactive: true, orderCompletedAt: '2020-01-01T00:00:00Z' };
    const early = check(draft, {}, new Date('2020-01-15T00:00:00Z'));
    const late = check(draft, {}, new Date('2020-03-01T00:00:00Z'));
    expect([early, late].map((fs) => fs.some((f) => f.rule === 'proactive-late'))).toEqual([false, true]);
  });
});

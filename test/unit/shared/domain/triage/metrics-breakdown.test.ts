import { describe, expect, it } from 'vitest';
import { computeMetrics, type Bucket } from '../../../../../shared/domain/triage/metrics.js';
import { buyer, DAY, H, NOW, sent } from './metrics-helpers.js';

describe('windows', () => {
  const messages = [
    buyer('future', NOW + 5 * 60_000), // the sender's clock runs fast: still received
    buyer('d7', NOW - 7 * DAY), // exactly at the 7-day edge: inside
    buyer('d7+', NOW - 7 * DAY - 1), // 1 ms older: only in 30 and 90
    buyer('d30', NOW - 30 * DAY),
    buyer('d90', NOW - 90 * DAY),
    buyer('d90+', NOW - 90 * DAY - 1), // in no window, but still overdue now
  ];
  const metrics = computeMetrics(messages, NOW);
  const cases: [string, unknown, unknown][] = [
    ['default windows', metrics.windows.map((w) => w.days), [7, 30, 90]],
    ['start edge inclusive, 1 ms older out', metrics.windows.map((w) => w.buyerMessages), [2, 4, 5]],
    ['pending: only the future-dated one', metrics.windows.map((w) => w.pending), [1, 1, 1]],
    ['overdueNow ignores windows', metrics.overdueNow, 5],
    ['generatedAt is now', metrics.generatedAt, '2026-05-10T12:00:00.000Z'],
    ['custom windows', computeMetrics(messages, NOW, [1, 365]).windows.map((w) => w.buyerMessages), [1, 6]],
  ];
  it.each(cases)('%s', (_why, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('per category and per staff member', () => {
  const T0 = NOW - 48 * H;
  const messages = [
    buyer('A', T0, { category: 'complaint', assignee: 'alice' }),
    sent('A', T0 + 2 * H),
    buyer('B', T0, { category: 'complaint', assignee: 'alice' }), // missed
    buyer('C', T0, { category: 'inquiry', assignee: 'bob' }),
    sent('C', T0 + 4 * H),
    buyer('D', T0, { category: 'thanks' }), // unassigned, missed
    buyer('E', T0, { category: 'thanks', flags: ['$HD_NoReply'], assignee: 'carol' }), // excluded
    buyer('F', T0, { category: 'spam', assignee: 'bob' }), // excluded
  ];
  const metrics = computeMetrics(messages, NOW, [7]);
  const w = metrics.windows[0];
  const b = (
    buyerMessages: number,
    answeredWithin24h: number,
    shareWithin24h: number | null,
    medianFirstResponseMs: number | null,
  ): Bucket => ({ buyerMessages, answeredWithin24h, shareWithin24h, medianFirstResponseMs });
  const cases: [string, unknown, unknown][] = [
    [
      'byCategory has all four categories, spam empty',
      w?.byCategory,
      {
        complaint: b(2, 1, 0.5, 2 * H),
        inquiry: b(1, 1, 1, 4 * H),
        thanks: b(1, 0, 0, null),
        spam: b(0, 0, null, null),
      },
    ],
    [
      "byStaff by assignee, '' unassigned; excluded messages add no key",
      w?.byStaff,
      { alice: b(2, 1, 0.5, 2 * H), bob: b(1, 1, 1, 4 * H), '': b(1, 0, 0, null) },
    ],
    ['overdueByCategory', metrics.overdueByCategory, { inquiry: 0, complaint: 1, thanks: 1, spam: 0 }],
    ['overdueByStaff', metrics.overdueByStaff, { alice: 1, '': 1 }],
    ['overall median of 2 h and 4 h', w?.medianFirstResponseMs, 3 * H],
    ['overall share', w?.shareWithin24h, 0.5],
  ];
  it.each(cases)('%s', (_why, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('empty input: all four categories, no staff', () => {
    const empty = computeMetrics([], NOW);
    expect(empty.windows[0]?.byCategory.spam).toEqual(b(0, 0, null, null));
    expect(Object.keys(empty.windows[0]?.byCategory ?? {})).toEqual([
      'inquiry',
      'complaint',
      'thanks',
      'spam',
    ]);
    expect(empty.windows[0]?.byStaff).toEqual({});
    expect(empty.overdueByStaff).toEqual({});
    expect(empty.overdueByCategory).toEqual({ inquiry: 0, complaint: 0, thanks: 0, spam: 0 });
  });

  it("an assignee named '__proto__' is a plain key", () => {
    const m = computeMetrics([buyer('A', T0, { assignee: '__proto__' })], NOW, [7]);
    expect(Object.keys(m.overdueByStaff)).toEqual(['__proto__']);
    expect(Object.keys(m.windows[0]?.byStaff ?? {})).toEqual(['__proto__']);
  });
});

import { describe, expect, it } from 'vitest';
import { isReviewDue } from '../../../../../shared/domain/templates/review.js';

const REVIEWED = '2026-01-01T00:00:00.000Z';

describe('isReviewDue', () => {
  const cases: Array<[reviewedAt: string, now: string, days: number, due: boolean, why: string]> = [
    [REVIEWED, '2026-01-01T00:00:00.000Z', 90, false, 'just reviewed'],
    [REVIEWED, '2026-04-01T00:00:00.000Z', 90, false, 'exactly 90 days: not yet due'],
    [REVIEWED, '2026-04-01T00:00:00.001Z', 90, true, 'one millisecond past 90 days'],
    [REVIEWED, '2026-03-31T23:59:59.999Z', 90, false, 'just under 90 days'],
    [REVIEWED, '2026-01-08T00:00:01.000Z', 7, true, 'a shorter period from settings'],
    [REVIEWED, '2025-12-01T00:00:00.000Z', 90, false, 'reviewed "in the future" (clock skew): not due'],
    ['not a date', '2026-01-02T00:00:00.000Z', 90, true, 'unreadable date: due, so someone looks'],
  ];
  it.each(cases)('%s at %s (%i days) -> %s (%s)', (reviewedAt, now, days, due) => {
    expect(isReviewDue({ reviewedAt }, new Date(now), days)).toBe(due);
  });
});

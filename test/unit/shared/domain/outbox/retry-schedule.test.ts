import { describe, expect, it } from 'vitest';
import { isDue, nextAttemptAt, outboxBackoff } from '../../../../../shared/domain/outbox/retry-schedule.js';

const now = new Date('2026-11-22T10:00:00.000Z');
const plus = (ms: number) => new Date(now.getTime() + ms).toISOString();

describe('nextAttemptAt (outbox backoff: 10 s doubling, capped at 10 min, ±20%)', () => {
  it.each([
    ['first retry after 10 s', 0, 0.5, plus(10_000)],
    ['second after 20 s', 1, 0.5, plus(20_000)],
    ['fifth after 160 s', 4, 0.5, plus(160_000)],
    ['capped at 10 minutes however long the outage', 12, 0.5, plus(600_000)],
    ['jitter low end: 20% earlier', 0, 0, plus(8_000)],
    ['jitter high end: 20% later', 0, 1, plus(12_000)],
  ])('%s', (_why, attempt, random, expected) => {
    expect(nextAttemptAt(now, attempt, random, outboxBackoff)).toBe(expected);
  });
});

describe('isDue', () => {
  it.each([
    ['never scheduled: due now', null, true],
    ['scheduled in the past', '2026-11-22T09:59:59.000Z', true],
    ['scheduled exactly now', '2026-11-22T10:00:00.000Z', true],
    ['scheduled later: wait', '2026-11-22T10:00:00.001Z', false],
  ])('%s', (_why, at, expected) => {
    expect(isDue(at, now)).toBe(expected);
  });
});

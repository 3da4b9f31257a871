import { describe, expect, it } from 'vitest';
import { dailyLimit, dayKey, usageState } from '../../../../../shared/domain/outbox/daily-limit.js';

describe('dailyLimit = 5 × average daily orders + 600', () => {
  it.each([
    ['no orders yet still allows 600', 0, 600],
    ['ten orders a day', 10, 650],
    ['a busy shop', 1000, 5600],
    ['fractions round down (never over the marketplace cap)', 10.9, 650],
    ['negative settings are treated as zero', -5, 600],
    ['NaN is treated as zero', Number.NaN, 600],
  ])('%s', (_why, orders, expected) => {
    expect(dailyLimit(orders)).toBe(expected);
  });
});

describe('usageState', () => {
  it.each([
    ['nothing sent', 0, 650, 'ok'],
    ['just under 80%', 519, 650, 'ok'],
    ['exactly 80% warns', 520, 650, 'warn'],
    ['between 80% and the cap', 649, 650, 'warn'],
    ['at the cap blocks', 650, 650, 'blocked'],
    ['over the cap (limit lowered in settings) blocks', 700, 650, 'blocked'],
    ['80% of 600 is 480 exactly', 480, 600, 'warn'],
    ['479 of 600 is fine', 479, 600, 'ok'],
  ] as const)('%s', (_why, sent, limit, expected) => {
    expect(usageState(sent, limit)).toBe(expected);
  });
});

describe('dayKey: the desk-local calendar day', () => {
  it.each([
    ['UTC desk', '2026-11-22T23:59:59Z', 0, '2026-11-22'],
    ['Tokyo morning is already the next day', '2026-11-22T23:30:00Z', 540, '2026-11-23'],
    ['Tokyo just before midnight', '2026-11-22T14:59:59Z', 540, '2026-11-22'],
    ['Tokyo midnight starts a new count', '2026-11-22T15:00:00Z', 540, '2026-11-23'],
    ['New York evening is still the previous day', '2026-11-23T03:00:00Z', -300, '2026-11-22'],
    ['year boundary', '2026-12-31T16:00:00Z', 480, '2027-01-01'],
  ])('%s', (_why, at, offset, expected) => {
    expect(dayKey(new Date(at), offset)).toBe(expected);
  });
});

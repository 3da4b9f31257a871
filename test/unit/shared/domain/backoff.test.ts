import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../shared/domain/backoff.js';

const policy = { baseMs: 1000, capMs: 60_000, jitter: 0.2 };

describe('backoffDelay', () => {
  it.each([
    ['first retry, middle of the jitter band', 0, 0.5, 1000],
    ['doubles each attempt', 3, 0.5, 8000],
    ['capped at one minute however long the outage', 20, 0.5, 60_000],
    ['absurd attempt counts do not overflow', 10_000, 0.5, 60_000],
    ['lowest jitter is 20% under', 2, 0, 3200],
    ['highest jitter is 20% over', 2, 1, 4800],
    ['negative attempt treated as first', -5, 0.5, 1000],
  ])('%s', (_why, attempt, random, expected) => {
    expect(backoffDelay(attempt, random, policy)).toBe(expected);
  });
});

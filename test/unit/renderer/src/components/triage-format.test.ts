import { describe, expect, it } from 'vitest';
import { countdownText, reasonParts } from '../../../../../renderer/src/components/triage-format.js';

const DEADLINE = '2026-11-22T09:00:00.000Z';
const at = (offsetMs: number): number => Date.parse(DEADLINE) + offsetMs;
const H = 3600_000;
const M = 60_000;

describe('countdownText', () => {
  const cases = [
    {
      now: at(-5 * H - 12 * M),
      expected: { countdown: 'soon', key: 'leftHM', values: { h: 5, m: 12 } },
      why: '残り 5時間12分',
    },
    {
      now: at(-20 * H),
      expected: { countdown: 'ok', key: 'leftHM', values: { h: 20, m: 0 } },
      why: 'plenty of time',
    },
    {
      now: at(-59 * M - 30_000),
      expected: { countdown: 'critical', key: 'leftM', values: { m: 59 } },
      why: 'under an hour: minutes only, rounded down',
    },
    {
      now: at(0),
      expected: { countdown: 'critical', key: 'leftM', values: { m: 0 } },
      why: 'exactly at the deadline: not yet overdue',
    },
    {
      now: at(1),
      expected: { countdown: 'overdue', key: 'overM', values: { m: 0 } },
      why: '1 ms late is overdue',
    },
    {
      now: at(2 * H + 59 * M),
      expected: { countdown: 'overdue', key: 'overH', values: { h: 2 } },
      why: '2時間超過, rounded down',
    },
    {
      now: at(26 * H),
      expected: { countdown: 'overdue', key: 'overDH', values: { d: 1, h: 2 } },
      why: '1日2時間超過',
    },
  ];
  it.each(cases)('$why', ({ now, expected }) => expect(countdownText(DEADLINE, now)).toEqual(expected));

  it('a malformed deadline shows no countdown rather than NaN', () => {
    expect(countdownText('not a date', at(0))).toBeNull();
  });
});

describe('reasonParts', () => {
  const cases = [
    { reasons: [], expected: [], why: 'nothing to say' },
    {
      reasons: [{ kind: 'overdue' as const, detail: 3 * H }, { kind: 'cancellation' as const }],
      expected: [{ key: 'overdue' }, { key: 'cancellation' }],
      why: 'time first, then the signal; the amount is in the countdown already',
    },
    {
      reasons: [
        { kind: 'category' as const, detail: 'complaint' },
        { kind: 'follow-ups' as const, detail: 1 },
      ],
      expected: [{ key: 'follow-up', n: 1 }],
      why: 'the category is on the chip; one follow-up is singular',
    },
    {
      reasons: [{ kind: 'follow-ups' as const, detail: 3 }],
      expected: [{ key: 'follow-ups', n: 3 }],
      why: 'plural',
    },
    {
      reasons: [{ kind: 'follow-ups' as const, detail: 'x' }],
      expected: [],
      why: 'a malformed count is dropped',
    },
  ];
  it.each(cases)('$why', ({ reasons, expected }) => expect(reasonParts(reasons)).toEqual(expected));
});

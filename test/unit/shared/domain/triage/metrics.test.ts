import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  type MetricsMessage,
  type WindowMetrics,
} from '../../../../../shared/domain/triage/metrics.js';
import { buyer, H, NOW, sent } from './metrics-helpers.js';

type Summary = Pick<
  WindowMetrics,
  | 'buyerMessages'
  | 'answered'
  | 'answeredElsewhere'
  | 'answeredWithin24h'
  | 'shareWithin24h'
  | 'medianFirstResponseMs'
  | 'pending'
> & { overdueNow: number };

function summary(messages: MetricsMessage[], now = NOW): Summary {
  const metrics = computeMetrics(messages, now, [90]);
  const w = metrics.windows[0];
  if (w === undefined) throw new Error('no window');
  return {
    buyerMessages: w.buyerMessages,
    answered: w.answered,
    answeredElsewhere: w.answeredElsewhere,
    answeredWithin24h: w.answeredWithin24h,
    shareWithin24h: w.shareWithin24h,
    medianFirstResponseMs: w.medianFirstResponseMs,
    pending: w.pending,
    overdueNow: metrics.overdueNow,
  };
}

const T0 = NOW - 48 * H;
const none: Summary = {
  buyerMessages: 0,
  answered: 0,
  answeredElsewhere: 0,
  answeredWithin24h: 0,
  shareWithin24h: null,
  medianFirstResponseMs: null,
  pending: 0,
  overdueNow: 0,
};
const inTime = (ms: number): Summary => ({
  ...none,
  buyerMessages: 1,
  answered: 1,
  answeredWithin24h: 1,
  shareWithin24h: 1,
  medianFirstResponseMs: ms,
});
const late = (ms: number): Summary => ({ ...inTime(ms), answeredWithin24h: 0, shareWithin24h: 0 });
const missed: Summary = { ...none, buyerMessages: 1, shareWithin24h: 0, overdueNow: 1 };
const pending: Summary = { ...none, buyerMessages: 1, pending: 1 };
const elsewhere: Summary = { ...none, buyerMessages: 1, answered: 1, answeredElsewhere: 1 };

// [why, messages, expected]
const cases: [string, MetricsMessage[], Summary][] = [
  ['empty input', [], none],
  ['reply after 2 h', [buyer('A', T0), sent('A', T0 + 2 * H)], inTime(2 * H)],
  ['reply at exactly 24 h is in time', [buyer('A', T0), sent('A', T0 + 24 * H)], inTime(24 * H)],
  ['reply 1 ms after 24 h is late', [buyer('A', T0), sent('A', T0 + 24 * H + 1)], late(24 * H + 1)],
  ['reply at the same instant answers it (as views.ts)', [buyer('A', T0), sent('A', T0)], inTime(0)],
  [
    'an automatic acknowledgement is not a response',
    [buyer('A', T0), sent('A', T0 + 60_000, { automated: 'auto-reply' })],
    missed,
  ],
  [
    'the real reply after an auto-ack is the first response',
    [buyer('A', T0), sent('A', T0 + 60_000, { automated: 'auto-reply' }), sent('A', T0 + 5 * H)],
    inTime(5 * H),
  ],
  [
    'the earliest of several replies counts',
    [buyer('A', T0), sent('A', T0 + 9 * H), sent('A', T0 + 3 * H)],
    inTime(3 * H),
  ],
  [
    'answered elsewhere (\\Answered, no reply in Sent)',
    [buyer('A', T0, { flags: ['\\Answered'] })],
    elsewhere,
  ],
  ['\\answered in lower case (RFC 3501)', [buyer('A', T0, { flags: ['\\answered'] })], elsewhere],
  [
    'a visible reply wins over \\Answered: its time is known',
    [buyer('A', T0, { flags: ['\\Answered'] }), sent('A', T0 + H)],
    inTime(H),
  ],
  ['unanswered, received exactly 24 h ago: pending', [buyer('A', NOW - 24 * H)], pending],
  ['unanswered, 24 h + 1 ms ago: a miss, overdue', [buyer('A', NOW - 24 * H - 1)], missed],
  ['$HD_NoReply is excluded, even when old', [buyer('A', T0, { flags: ['$HD_NoReply'] })], none],
  ['$hd_noreply in any case', [buyer('A', T0, { flags: ['$hd_noreply'] })], none],
  ['$Junk is excluded', [buyer('A', T0, { flags: ['$Junk'] })], none],
  ['$HD_Spam is excluded', [buyer('A', T0, { flags: ['$HD_Spam'] })], none],
  ["category 'spam' is excluded", [buyer('A', T0, { category: 'spam' })], none],
  [
    'a marketplace notice is not a buyer message',
    [buyer('A', T0, { automated: 'marketplace-notice' })],
    none,
  ],
  ['an auto-reply in the inbox is not a buyer message', [buyer('A', T0, { automated: 'auto-reply' })], none],
  ['a reply in another thread answers nothing', [buyer('A', T0), sent('B', T0 + H)], missed],
  ['our earlier message does not answer a later one', [buyer('A', T0), sent('A', T0 - H)], missed],
  ["unthreaded ('') messages do not answer each other", [buyer('', T0), sent('', T0 + H)], missed],
  [
    'one reply answers every earlier buyer message in the thread',
    [buyer('A', T0), buyer('A', T0 + 2 * H), sent('A', T0 + 3 * H)],
    { ...inTime(2 * H), buyerMessages: 2, answered: 2, answeredWithin24h: 2 },
  ],
  [
    'a follow-up after our reply needs its own reply',
    [buyer('A', T0), sent('A', T0 + 3 * H), buyer('A', T0 + 4 * H)],
    { ...inTime(3 * H), buyerMessages: 2, shareWithin24h: 0.5, overdueNow: 1 },
  ],
  [
    'median of an odd count, late replies included',
    [
      buyer('A', T0),
      sent('A', T0 + H),
      buyer('B', T0),
      sent('B', T0 + 30 * H),
      buyer('C', T0),
      sent('C', T0 + 2 * H),
    ],
    { ...inTime(2 * H), buyerMessages: 3, answered: 3, answeredWithin24h: 2, shareWithin24h: 2 / 3 },
  ],
  [
    'pending and elsewhere stay out of share and median',
    [buyer('A', T0), sent('A', T0 + 4 * H), buyer('B', NOW - H), buyer('C', T0, { flags: ['\\Answered'] })],
    { ...inTime(4 * H), buyerMessages: 3, answered: 2, answeredElsewhere: 1, pending: 1 },
  ],
  ['an expunged (but received) message still counts', [buyer('A', T0, { flags: ['\\Deleted'] })], missed],
];

describe('computeMetrics: one window', () => {
  it.each(cases)('%s', (_why, messages, expected) => {
    expect(summary(messages)).toEqual(expected);
  });
});

describe('elapsed time is absolute across zones and DST', () => {
  // [why, received, replied, within 24 h]
  const dst: [string, string, string, boolean][] = [
    [
      'New York spring forward: wall clock 24.5 h, elapsed 23.5 h',
      '2026-03-07T12:00:00-05:00',
      '2026-03-08T12:30:00-04:00',
      true,
    ],
    [
      'New York fall back: wall clock 23.5 h, elapsed 24.5 h',
      '2026-10-31T12:00:00-04:00',
      '2026-11-01T11:30:00-05:00',
      false,
    ],
    [
      'London GMT -> BST: wall clock 24 h 59 min, elapsed 23 h 59 min',
      '2026-03-28T09:00:00+00:00',
      '2026-03-29T09:59:00+01:00',
      true,
    ],
    [
      'Tokyo buyer, New York reply: exactly 24 h',
      '2026-03-08T10:00:00+09:00',
      '2026-03-08T21:00:00-04:00',
      true,
    ],
    [
      'Tokyo buyer, New York reply: 24 h + 1 s',
      '2026-03-08T10:00:00+09:00',
      '2026-03-08T21:00:01-04:00',
      false,
    ],
  ];
  it.each(dst)('%s', (_why, received, replied, within) => {
    const at = Date.parse(received);
    const m = summary([buyer('A', at), sent('A', Date.parse(replied))], at + 30 * H);
    expect(m.answeredWithin24h).toBe(within ? 1 : 0);
  });
});

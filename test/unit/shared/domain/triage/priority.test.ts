import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  REPLY_WINDOW_MS,
  type QueueMessage,
  type RankReason,
} from '../../../../../shared/domain/triage/priority.js';
import { countdownOf, type Countdown } from '../../../../../shared/domain/triage/priority-score.js';

const H = 3600_000;
const NOW = Date.parse('2026-05-10T12:00:00Z');

let seq = 0;
/** A buyer message received `hoursAgo` before NOW. */
function msg(threadId: string, hoursAgo: number, over: Partial<QueueMessage> = {}): QueueMessage {
  seq++;
  return {
    id: `${threadId}-${seq}`,
    threadId,
    receivedAt: NOW - hoursAgo * H,
    buyer: null,
    category: 'inquiry',
    uncertain: false,
    signals: [],
    ...over,
  };
}

const order = (messages: QueueMessage[], now = NOW): string[] =>
  buildQueue(messages, now).map((i) => i.threadId);

describe('countdownOf', () => {
  const cases: [number, Countdown, string][] = [
    [-1, 'overdue', '1 ms past the deadline is late'],
    [0, 'critical', 'due exactly now is still in time'],
    [2 * H - 1, 'critical', 'under 2 h'],
    [2 * H, 'soon', '2 h exactly leaves critical'],
    [8 * H - 1, 'soon', 'under 8 h'],
    [8 * H, 'ok', '8 h exactly is ok'],
    [24 * H, 'ok', 'just arrived'],
  ];
  it.each(cases)('%d ms left -> %s (%s)', (msLeft, expected) => {
    expect(countdownOf(msLeft)).toBe(expected);
  });
});

describe('deadline: absolute 24 h, whatever the zone or DST', () => {
  // [received (as written in its zone), deadline (as written in its zone), why]
  const cases: [string, string, string][] = [
    ['2026-03-07T23:30:00+09:00', '2026-03-08T23:30:00+09:00', 'Asia/Tokyo has no DST'],
    ['2026-03-07T12:00:00-05:00', '2026-03-08T13:00:00-04:00', 'New York springs forward: wall clock +25 h'],
    ['2026-10-31T12:00:00-04:00', '2026-11-01T11:00:00-05:00', 'New York falls back: wall clock +23 h'],
    ['2026-11-01T01:30:00-04:00', '2026-11-02T00:30:00-05:00', 'first 01:30 of the repeated hour (EDT)'],
    ['2026-11-01T01:30:00-05:00', '2026-11-02T01:30:00-05:00', 'second 01:30 of the repeated hour (EST)'],
    ['2026-03-28T09:00:00+00:00', '2026-03-29T10:00:00+01:00', 'London GMT -> BST on 2026-03-29'],
    ['2026-03-29T00:30:00+00:00', '2026-03-30T01:30:00+01:00', 'London: received in the last GMT hour'],
    ['2026-03-07T22:00:00-05:00', '2026-03-09T12:00:00+09:00', 'Tokyo desk, New York buyer: same instant'],
  ];
  it.each(cases)('%s -> %s (%s)', (received, due) => {
    const receivedAt = Date.parse(received);
    const [item] = buildQueue([msg('t', 0, { receivedAt })], receivedAt);
    expect(item?.deadline).toBe(Date.parse(due));
    expect(item?.msLeft).toBe(REPLY_WINDOW_MS);
  });
});

describe('the 24 h boundary (due at exactly 24 h is in time, 1 ms later is overdue)', () => {
  const received = Date.parse('2026-03-08T01:59:00-05:00'); // a minute before the NY DST jump
  // [ms after receipt, countdown, first reason, why]
  const cases: [number, Countdown, RankReason | undefined, string][] = [
    [24 * H - 1, 'critical', { kind: 'due-soon', detail: 1 }, '1 ms left'],
    [24 * H, 'critical', { kind: 'due-soon', detail: 0 }, 'exactly 24 h: not yet overdue'],
    [24 * H + 1, 'overdue', { kind: 'overdue', detail: 1 }, '1 ms later: overdue by 1 ms'],
    [27 * H, 'overdue', { kind: 'overdue', detail: 3 * H }, 'overdue by 3 h'],
    [0, 'ok', undefined, 'just arrived: no time reason'],
  ];
  it.each(cases)('+%d ms -> %s (%s)', (elapsed, countdown, reason) => {
    const [item] = buildQueue([msg('t', 0, { receivedAt: received })], received + elapsed);
    expect(item?.countdown).toBe(countdown);
    expect(item?.msLeft).toBe(24 * H - elapsed);
    expect(item?.reasons[0]).toEqual(reason);
  });

  it('an overdue item ranks above one due at exactly this instant', () => {
    expect(order([msg('due-now', 24), msg('late', 0, { receivedAt: NOW - 24 * H - 1 })])).toEqual([
      'late',
      'due-now',
    ]);
  });
});

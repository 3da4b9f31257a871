import { describe, expect, it } from 'vitest';
import { buildQueue, type QueueMessage } from '../../../../../shared/domain/triage/priority.js';

const H = 3600_000;
const NOW = Date.parse('2026-05-10T12:00:00Z');

function msg(id: string, threadId: string, hoursAgo: number, over: Partial<QueueMessage> = {}): QueueMessage {
  return {
    id,
    threadId,
    receivedAt: NOW - hoursAgo * H,
    buyer: 'b@marketplace.amazon.com',
    category: 'inquiry',
    uncertain: false,
    signals: [],
    ...over,
  };
}

describe('one item per thread', () => {
  // Given newest first and shuffled: the item must sort its messages itself.
  const queue = buildQueue(
    [
      msg('a3', 'A', 1, { category: 'complaint', signals: ['refund'] }),
      msg('b1', 'B', 5),
      msg('a1', 'A', 20, { signals: ['late-or-missing'] }),
      msg('a2', 'A', 10, { signals: ['cancellation', 'refund'] }),
    ],
    NOW,
  );
  const a = queue.find((i) => i.threadId === 'A');
  const cases: [string, unknown, unknown][] = [
    ['two threads, two items', queue.length, 2],
    ['messages oldest first', a?.messageIds, ['a1', 'a2', 'a3']],
    ['latest is the newest follow-up', a?.latestId, 'a3'],
    ['follow-ups never reset the clock: oldest + 24 h', a?.deadline, NOW - 20 * H + 24 * H],
    ['follow-ups = extra messages', a?.followUps, 2],
    ['category = most severe message', a?.category, 'complaint'],
    ['signals = union, canonical order', a?.signals, ['cancellation', 'late-or-missing', 'refund']],
  ];
  it.each(cases)('%s', (_why, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('item category = most severe (complaint > inquiry > thanks > spam)', () => {
  const cases: [QueueMessage['category'][], QueueMessage['category']][] = [
    [['thanks', 'inquiry'], 'inquiry'],
    [['inquiry', 'complaint', 'thanks'], 'complaint'],
    [['spam', 'thanks'], 'thanks'],
    [['spam', 'spam'], 'spam'],
    [['thanks', 'spam', 'complaint'], 'complaint'],
  ];
  it.each(cases)('%j -> %s', (categories, expected) => {
    const messages = categories.map((category, i) => msg(`m${i}`, 'T', 10 - i, { category }));
    expect(buildQueue(messages, NOW).map((i) => i.category)).toEqual([expected]);
  });
});

describe('unthreaded messages', () => {
  it("each message with threadId '' is its own item", () => {
    const queue = buildQueue([msg('x', '', 3), msg('y', '', 2)], NOW);
    expect(queue.map((i) => i.messageIds)).toEqual([['x'], ['y']]);
  });
});

describe('uncertain', () => {
  const cases: [string, QueueMessage[], boolean][] = [
    ['uncertain thanks is flagged', [msg('1', 'T', 1, { category: 'thanks', uncertain: true })], true],
    [
      'any uncertain message in a thanks item',
      [msg('1', 'T', 2, { category: 'thanks' }), msg('2', 'T', 1, { category: 'thanks', uncertain: true })],
      true,
    ],
    ['sure spam', [msg('1', 'T', 1, { category: 'spam' })], false],
    ['a question ranks as a question anyway', [msg('1', 'T', 1, { uncertain: true })], false],
  ];
  it.each(cases)('%s', (_why, messages, expected) => {
    expect(buildQueue(messages, NOW)[0]?.uncertain).toBe(expected);
  });
});

describe('empty input', () => {
  it('gives an empty queue', () => {
    expect(buildQueue([], NOW)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { QueueIndex } from '../../../../../electron/core/triage/queue-index.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { REPLY_WINDOW_MS } from '../../../../../shared/domain/triage/priority.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const HOUR = 3600_000;

/** The fields the queue reads; the rest of MessageMeta is irrelevant to ranking. */
function meta(
  id: string,
  threadId: string,
  hoursAgo: number,
  category: 'complaint' | 'inquiry' = 'inquiry',
): MessageMeta {
  return {
    id,
    threadId,
    date: new Date(NOW - hoursAgo * HOUR).toISOString(),
    flags: [],
    buyer: null,
    triage: { category, uncertain: false, confidence: 0.9, cues: [], signals: [] },
  } as unknown as MessageMeta;
}

const list = [
  meta('a', 'ta', 1),
  meta('b', 'tb', 23), // 1 h left: most urgent
  meta('c', 'tc', 5, 'complaint'),
  meta('d', 'ta', 0.5), // a follow-up: joins ta
  meta('e', 'te', 30), // overdue
];

describe('QueueIndex', () => {
  const cases: { name: string; offset: number; limit: number; latest: string[] }[] = [
    {
      name: 'the first page, most urgent first, one row per thread',
      offset: 0,
      limit: 10,
      latest: ['e', 'b', 'c', 'd'],
    },
    { name: 'a page in the middle', offset: 1, limit: 2, latest: ['b', 'c'] },
    { name: 'past the end is empty', offset: 4, limit: 10, latest: [] },
  ];
  it.each(cases)('$name', ({ offset, limit, latest }) => {
    const queue = new QueueIndex();
    expect(queue.size(list, NOW)).toBe(4);
    expect(queue.page(list, NOW, offset, limit).map((r) => r.latest.id)).toEqual(latest);
  });

  it('gives the thread’s messages and deadline from its oldest unanswered message', () => {
    const [first] = new QueueIndex().page([meta('x', 't', 2), meta('y', 't', 1)], NOW, 0, 1);
    expect(first?.item.messageIds).toEqual(['x', 'y']);
    expect(first?.item.deadline).toBe(NOW - 2 * HOUR + REPLY_WINDOW_MS);
  });

  const reranks: { name: string; next: () => MessageMeta[]; at: number; size: number }[] = [
    { name: 'a new partition (a change) is ranked at once', next: () => list.slice(0, 2), at: NOW, size: 2 },
    {
      name: 'the same partition within maxAge keeps its ranking',
      next: () => list,
      at: NOW + 1_000,
      size: 4,
    },
  ];
  it.each(reranks)('$name', ({ next, at, size }) => {
    const queue = new QueueIndex();
    queue.size(list, NOW);
    expect(queue.size(next(), at)).toBe(size);
  });

  it('re-ranks the same partition once it is older than maxAge (ranks move with time)', () => {
    const queue = new QueueIndex(10_000);
    const twoThreads = [meta('old', 't1', 4), meta('complaint', 't2', 1, 'complaint')];
    const before = queue.page(twoThreads, NOW, 0, 2).map((r) => r.latest.id);
    // 21 hours later the older question is overdue and overtakes the complaint.
    const after = queue.page(twoThreads, NOW + 21 * HOUR, 0, 2).map((r) => r.latest.id);
    expect(before).toEqual(['complaint', 'old']);
    expect(after).toEqual(['old', 'complaint']);
  });
});

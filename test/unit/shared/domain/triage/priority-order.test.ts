import { describe, expect, it } from 'vitest';
import {
  buildQueue,
  type QueueMessage,
  type RankReason,
} from '../../../../../shared/domain/triage/priority.js';
import type { Category, UrgencySignal } from '../../../../../shared/domain/triage/category.js';

const H = 3600_000;
const NOW = Date.parse('2026-05-10T12:00:00Z');

interface Spec {
  thread: string;
  /** Hours left on the 24 h clock (negative: overdue). */
  left: number;
  category?: Category;
  signals?: UrgencySignal[];
  uncertain?: boolean;
  followUps?: number;
}

function messagesOf(specs: Spec[]): QueueMessage[] {
  return specs.flatMap((s) =>
    Array.from({ length: 1 + (s.followUps ?? 0) }, (_, i) => ({
      id: `${s.thread}-${i}`,
      threadId: s.thread,
      // Follow-ups arrive after the first message, an hour apart.
      receivedAt: NOW - (24 - s.left) * H + i * H,
      buyer: null,
      category: s.category ?? 'inquiry',
      uncertain: s.uncertain ?? false,
      signals: s.signals ?? [],
    })),
  );
}

// [why, items in expected order (input is given reversed)]
const orderings: [string, Spec[]][] = [
  [
    'overdue before a cancellation with time left',
    [
      { thread: 'late', left: -1 },
      { thread: 'cancel', left: 20, signals: ['cancellation'] },
    ],
  ],
  [
    'about to miss (< 2 h) before a cancellation with 10 h left',
    [
      { thread: 'critical', left: 1.5 },
      { thread: 'cancel', left: 10, signals: ['cancellation'] },
    ],
  ],
  [
    'cancellation before a general question with less time left',
    [
      { thread: 'cancel', left: 22, signals: ['cancellation'] },
      { thread: 'question', left: 2.5 },
    ],
  ],
  [
    'defect before a general question with less time left',
    [
      { thread: 'defect', left: 23, category: 'complaint', signals: ['defect'] },
      { thread: 'q', left: 3 },
    ],
  ],
  [
    'complaint above an inquiry of similar time left',
    [
      { thread: 'complaint', left: 12, category: 'complaint' },
      { thread: 'inquiry', left: 9 },
    ],
  ],
  [
    'an inquiry much closer to its deadline still beats a plain complaint',
    [
      { thread: 'inquiry', left: 3 },
      { thread: 'complaint', left: 20, category: 'complaint' },
    ],
  ],
  [
    'A-to-z / chargeback wording above a plain inquiry of similar time left',
    [
      { thread: 'claim', left: 14, signals: ['claim'] },
      { thread: 'plain', left: 9 },
    ],
  ],
  [
    'more follow-ups rank higher (same first message)',
    [
      { thread: 'two', left: 12, followUps: 2 },
      { thread: 'one', left: 12, followUps: 1 },
      { thread: 'none', left: 12 },
    ],
  ],
  [
    'among overdue, the most overdue first',
    [
      { thread: 'by30h', left: -30 },
      { thread: 'by1h', left: -1 },
    ],
  ],
  [
    'among overdue, a cancellation before a plain question overdue by about as long',
    [
      { thread: 'cancel', left: -2, signals: ['cancellation'] },
      { thread: 'plain', left: -3 },
    ],
  ],
  [
    'thanks overdue by 3 days never above a fresh question',
    [
      { thread: 'question', left: 24 },
      { thread: 'thanks', left: -72, category: 'thanks' },
    ],
  ],
  [
    'spam overdue, with a cancellation cue and follow-ups, never above a fresh question',
    [
      { thread: 'question', left: 23.9 },
      { thread: 'spam', left: -200, category: 'spam', signals: ['cancellation', 'claim'], followUps: 5 },
    ],
  ],
  [
    'thanks never above a complaint either',
    [
      { thread: 'complaint', left: 23, category: 'complaint' },
      { thread: 'thanks', left: -5, category: 'thanks' },
    ],
  ],
  [
    'uncertain thanks above sure thanks above sure spam, all below a question',
    [
      { thread: 'q', left: 23 },
      { thread: 'maybe-thanks', left: 23, category: 'thanks', uncertain: true },
      { thread: 'thanks', left: -10, category: 'thanks' },
      { thread: 'spam', left: -20, category: 'spam' },
    ],
  ],
  [
    'among thanks, overdue first',
    [
      { thread: 'old', left: -1, category: 'thanks' },
      { thread: 'new', left: 20, category: 'thanks' },
    ],
  ],
  [
    'tie on score: earlier deadline first',
    // A follow-up (+3) and 3 h more time left (-3) score the same.
    [
      { thread: 'z-earlier', left: 10 },
      { thread: 'a-later', left: 13, followUps: 1 },
    ],
  ],
  [
    'full tie: thread id order',
    [{ thread: 'A' }, { thread: 'B' }, { thread: 'C' }].map((t) => ({ ...t, left: 12 })),
  ],
];

describe('ordering', () => {
  it.each(orderings)('%s', (_why, specs) => {
    const expected = specs.map((s) => s.thread);
    expect(buildQueue(messagesOf([...specs].reverse()), NOW).map((i) => i.threadId)).toEqual(expected);
    expect(buildQueue(messagesOf(specs), NOW).map((i) => i.threadId)).toEqual(expected);
  });
});

describe('reasons, most important first', () => {
  const cases: [string, Spec, RankReason[]][] = [
    ['plain inquiry with time: nothing to say', { thread: 't', left: 20 }, []],
    [
      'overdue complaint with a cancellation and follow-ups',
      { thread: 't', left: -3, category: 'complaint', signals: ['refund', 'cancellation'], followUps: 2 },
      [
        // The first message came 27 h ago; the follow-ups do not move the deadline.
        { kind: 'overdue', detail: 3 * H },
        { kind: 'cancellation' },
        { kind: 'refund' },
        { kind: 'category', detail: 'complaint' },
        { kind: 'follow-ups', detail: 2 },
      ],
    ],
    [
      'signals in weight order',
      { thread: 't', left: 10, signals: ['refund', 'late-or-missing', 'claim', 'defect'] },
      [{ kind: 'defect' }, { kind: 'claim' }, { kind: 'late-or-missing' }, { kind: 'refund' }],
    ],
    ['due soon', { thread: 't', left: 5 }, [{ kind: 'due-soon', detail: 5 * H }]],
    [
      'thanks: its category explains the rank first',
      { thread: 't', left: 1, category: 'thanks' },
      [
        { kind: 'category', detail: 'thanks' },
        { kind: 'due-soon', detail: 1 * H },
      ],
    ],
  ];
  it.each(cases)('%s', (_why, spec, expected) => {
    expect(buildQueue(messagesOf([spec]), NOW)[0]?.reasons).toEqual(expected);
  });
});

describe('invariants over a generated queue', () => {
  // Deterministic pseudo-random mix (LCG) of every category, signal and time left.
  let state = 42;
  const rand = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const categories: Category[] = ['inquiry', 'complaint', 'thanks', 'spam'];
  const allSignals: UrgencySignal[] = ['cancellation', 'defect', 'late-or-missing', 'refund', 'claim'];
  const specs: Spec[] = Array.from({ length: 400 }, (_, i) => ({
    thread: `t${String(i).padStart(3, '0')}`,
    left: Math.round((rand() * 200 - 150) * 10) / 10,
    category: categories[Math.floor(rand() * 4)] ?? 'inquiry',
    signals: allSignals.filter(() => rand() < 0.2),
    uncertain: rand() < 0.3,
    followUps: Math.floor(rand() * 3),
  }));
  const queue = buildQueue(messagesOf(specs), NOW);
  const isQuestion = (c: Category): boolean => c === 'inquiry' || c === 'complaint';

  it('no thanks or spam item precedes any question', () => {
    const firstNonQuestion = queue.findIndex((i) => !isQuestion(i.category));
    const lastQuestion = queue.map((i) => isQuestion(i.category)).lastIndexOf(true);
    expect(firstNonQuestion).toBeGreaterThan(0);
    expect(lastQuestion).toBeLessThan(firstNonQuestion);
  });

  it('score never increases down the queue', () => {
    const rises = queue.filter((item, k) => k > 0 && item.score > (queue[k - 1]?.score ?? Infinity));
    expect(rises).toEqual([]);
  });

  it('the order does not depend on the input order', () => {
    const shuffled = messagesOf(specs).sort((a, b) =>
      a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1,
    );
    expect(buildQueue(shuffled, NOW).map((i) => i.threadId)).toEqual(queue.map((i) => i.threadId));
  });

  it('every thread appears once', () => {
    expect(new Set(queue.map((i) => i.threadId)).size).toBe(specs.length);
    expect(queue.length).toBe(specs.length);
  });
});

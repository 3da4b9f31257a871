import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../../../../../renderer/src/features/search/latest-only.js';

/** A run whose answers the test releases by hand, in any order. */
function harness() {
  const started: string[] = [];
  const release = new Map<string, (r: string) => void>();
  const delivered: string[] = [];
  const runner = new LatestOnly<string, string>(
    (q) =>
      new Promise((resolve) => {
        started.push(q);
        release.set(q, resolve);
      }),
    (q, r) => delivered.push(`${q}=${r}`),
  );
  const answer = async (q: string): Promise<void> => {
    release.get(q)?.(q.toUpperCase());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { runner, started, delivered, answer };
}

type Step = { submit: string } | { answer: string } | { cancel: true };

const cases: { name: string; steps: Step[]; started: string[]; delivered: string[] }[] = [
  {
    name: 'one query runs at once and is delivered',
    steps: [{ submit: 'a' }, { answer: 'a' }],
    started: ['a'],
    delivered: ['a=A'],
  },
  {
    name: 'typing while a query runs: only the newest waits, the middle one never runs',
    steps: [{ submit: 'a' }, { submit: 'ab' }, { submit: 'abc' }, { answer: 'a' }, { answer: 'abc' }],
    started: ['a', 'abc'],
    delivered: ['abc=ABC'],
  },
  {
    name: 'an answer for a query that is no longer the newest is dropped',
    steps: [{ submit: 'a' }, { submit: 'b' }, { answer: 'a' }],
    started: ['a', 'b'],
    delivered: [],
  },
  {
    name: 'after cancel nothing is delivered and nothing waiting starts',
    steps: [{ submit: 'a' }, { submit: 'b' }, { cancel: true }, { answer: 'a' }],
    started: ['a'],
    delivered: [],
  },
  {
    name: 'a query submitted after the previous answered starts at once',
    steps: [{ submit: 'a' }, { answer: 'a' }, { submit: 'b' }, { answer: 'b' }],
    started: ['a', 'b'],
    delivered: ['a=A', 'b=B'],
  },
  {
    name: 'the same query again (new mail) runs again and is delivered',
    steps: [{ submit: 'a' }, { answer: 'a' }, { submit: 'a' }, { answer: 'a' }],
    started: ['a', 'a'],
    delivered: ['a=A', 'a=A'],
  },
];

describe('LatestOnly', () => {
  it.each(cases)('$name', async ({ steps, started, delivered }) => {
    const h = harness();
    for (const step of steps) {
      if ('submit' in step) h.runner.submit(step.submit);
      else if ('answer' in step) await h.answer(step.answer);
      else h.runner.cancel();
    }
    expect(h.started).toEqual(started);
    expect(h.delivered).toEqual(delivered);
  });
});

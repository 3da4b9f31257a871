import { performance } from 'node:perf_hooks';
import { CATEGORIES, URGENCY_SIGNALS, type UrgencySignal } from '../shared/domain/triage/category.js';
import { buildQueue, type QueueMessage } from '../shared/domain/triage/priority.js';

/*
 * Issue 4 target: re-ranking a queue of 10,000 open messages under 50 ms. Times buildQueue alone
 * (grouping into thread items, scoring, sorting) over a synthetic Needs-reply set: about one
 * message in four is a follow-up in an existing thread, times left spread from 3 days overdue to
 * just arrived, every category and signal mix. Warm-up rounds first so the JIT has compiled it.
 */

const WARMUP = 5;
const ROUNDS = 30;
const HOUR_MS = 3600_000;

export interface RerankResult {
  medianMs: number;
  p95Ms: number;
}

/** Deterministic generator (LCG) so every run ranks the same queue. */
function syntheticOpen(count: number, now: number, seed = 7): QueueMessage[] {
  let state = seed;
  const rand = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const messages: QueueMessage[] = [];
  let threads = 0;
  for (let i = 0; i < count; i++) {
    const followUp = threads > 0 && rand() < 0.25;
    const thread = followUp ? Math.floor(rand() * threads) : threads++;
    const signals: UrgencySignal[] = URGENCY_SIGNALS.filter(() => rand() < 0.08);
    messages.push({
      id: `inbox:1:${i + 1}`,
      threadId: `thread-${thread}`,
      receivedAt: now - Math.floor(rand() * 96 * HOUR_MS),
      buyer: `buyer${thread % 5000}@marketplace.amazon.com`,
      category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)] ?? 'inquiry',
      uncertain: rand() < 0.15,
      signals,
    });
  }
  return messages;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

export function benchRerank(openCount: number): RerankResult {
  const now = Date.parse('2026-05-10T12:00:00Z');
  const messages = syntheticOpen(openCount, now);
  let items = 0;
  for (let i = 0; i < WARMUP; i++) items += buildQueue(messages, now).length;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // A later `now` each round, as when the desk re-ranks on its minute tick.
    const start = performance.now();
    items += buildQueue(messages, now + i * 60_000).length;
    times.push(performance.now() - start);
  }
  if (items === 0 && openCount > 0) throw new Error('buildQueue returned nothing');
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

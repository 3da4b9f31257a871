import type { MetricsMessage } from '../../../../../shared/domain/triage/metrics.js';

export const H = 3600_000;
export const DAY = 24 * H;
export const NOW = Date.parse('2026-05-10T12:00:00Z');

let seq = 0;

/** A buyer message received at `date` (epoch ms). */
export function buyer(threadId: string, date: number, over: Partial<MetricsMessage> = {}): MetricsMessage {
  seq++;
  return {
    id: `inbox:1:${seq}`,
    threadId,
    mailbox: 'inbox',
    date,
    automated: 'none',
    flags: [],
    category: 'inquiry',
    assignee: null,
    ...over,
  };
}

/** Our message in Sent. */
export function sent(threadId: string, date: number, over: Partial<MetricsMessage> = {}): MetricsMessage {
  return buyer(threadId, date, { mailbox: 'sent', ...over });
}

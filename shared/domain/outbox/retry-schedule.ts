import { backoffDelay, type BackoffPolicy } from '../backoff.js';

/**
 * Outbox retries: slower than IMAP reconnects (a refused reply is not helped by hammering the
 * server, and many providers rate-limit submissions) and capped so a long outage still ends in
 * a send within minutes of the server coming back.
 */
export const outboxBackoff: BackoffPolicy = { baseMs: 10_000, capMs: 10 * 60_000, jitter: 0.2 };

/** When the `attempt`-th retry (0-based) may run, as ISO 8601. `random` in [0, 1) keeps it pure. */
export function nextAttemptAt(
  now: Date,
  attempt: number,
  random: number,
  policy: BackoffPolicy = outboxBackoff,
): string {
  return new Date(now.getTime() + backoffDelay(attempt, random, policy)).toISOString();
}

/** Due when it has no scheduled time or that time has come. */
export function isDue(nextAt: string | null, now: Date): boolean {
  return nextAt === null || Date.parse(nextAt) <= now.getTime();
}

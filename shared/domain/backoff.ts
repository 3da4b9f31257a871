/**
 * Reconnect delay after `attempt` consecutive failures: exponential, capped, with jitter so
 * several desks on one mailbox do not reconnect in lockstep after the server comes back.
 * `random` is injected (0 ≤ r < 1) to keep this pure and testable.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Share of the delay that is randomised, 0..1. */
  jitter: number;
}

export const reconnectBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, jitter: 0.2 };

export function backoffDelay(
  attempt: number,
  random: number,
  policy: BackoffPolicy = reconnectBackoff,
): number {
  const exponent = Math.max(0, Math.min(attempt, 30));
  const raw = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const spread = raw * policy.jitter;
  return Math.round(raw - spread + spread * 2 * Math.min(Math.max(random, 0), 1));
}

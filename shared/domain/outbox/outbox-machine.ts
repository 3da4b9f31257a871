import type { BackoffPolicy } from '../backoff.js';
import { classifyFailure, type SendFailure } from './send-failure.js';
import { nextAttemptAt } from './retry-schedule.js';

/**
 * The life of one outbox item as a pure transition function: (state, event) -> next state, or
 * null when the event cannot happen in that state (a bug in the caller, never silently ignored).
 *
 * The rule everything else serves: a reply goes on the wire again only after we know the server
 * did not take it. Whenever that is unknown (a crash while `sending`, a failure after DATA began)
 * the item goes to `checking`, and only a search of Sent that finds nothing sends it back to
 * `queued`. `delivered` (the server said 250) is never sent again, whatever happens after it.
 */

export type OutboxPhase =
  | 'queued'
  | 'sending'
  | 'checking'
  | 'delivered' // 250 received; the Sent copy, the \Answered mark and the sync are still to do
  | 'sent'
  | 'held'
  | 'failed';

export type ProblemCode =
  'offline' | 'temporary' | 'auth' | 'rejected' | 'answered-elsewhere' | 'newer-message' | 'unknown';

export interface Problem {
  code: ProblemCode;
  detail: string;
  messageIds: string[];
}

export interface MachineState {
  phase: OutboxPhase;
  problem: Problem | null;
  /** SMTP transactions started (each one counts, also those that ended unclear). */
  attempts: number;
  /** Consecutive failures of the step in progress (sending, checking, finishing): drives backoff. */
  failures: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** The user saw the collision and chose to send anyway: the collision check is skipped. */
  released: boolean;
}

export type OutboxEvent =
  | { type: 'send-started' }
  | { type: 'accepted' }
  | { type: 'send-failed'; failure: SendFailure }
  | { type: 'found' }
  | { type: 'not-found' }
  | { type: 'check-unreachable'; detail: string }
  | { type: 'finished' }
  | { type: 'finish-failed'; detail: string }
  | { type: 'offline'; detail: string }
  | { type: 'online' }
  | { type: 'hold'; code: 'answered-elsewhere' | 'newer-message'; messageIds: string[] }
  | { type: 'retry' }
  | { type: 'send-anyway' }
  | { type: 'restarted' };

export interface MachineContext {
  now: Date;
  /** In [0, 1): the backoff jitter, injected to stay pure. */
  random: number;
  policy?: BackoffPolicy;
}

export function initialState(): MachineState {
  return {
    phase: 'queued',
    problem: null,
    attempts: 0,
    failures: 0,
    nextAttemptAt: null,
    sentAt: null,
    released: false,
  };
}

const problem = (code: ProblemCode, detail: string, messageIds: string[] = []): Problem => ({
  code,
  detail,
  messageIds,
});

export function transition(s: MachineState, e: OutboxEvent, ctx: MachineContext): MachineState | null {
  const now = ctx.now.toISOString();
  const later = (): string => nextAttemptAt(ctx.now, s.failures, ctx.random, ctx.policy);
  // The network or the server is away: wait out the backoff, nothing else changes.
  const waitOffline = (detail: string): MachineState => ({
    ...s,
    problem: problem('offline', detail),
    failures: s.failures + 1,
    nextAttemptAt: later(),
  });
  switch (e.type) {
    case 'send-started':
      if (s.phase !== 'queued') return null;
      return { ...s, phase: 'sending', attempts: s.attempts + 1, nextAttemptAt: null };
    case 'accepted':
      if (s.phase !== 'sending') return null;
      return { ...s, phase: 'delivered', problem: null, failures: 0, nextAttemptAt: null, sentAt: now };
    case 'send-failed':
      return s.phase === 'sending' ? afterFailure(s, e.failure, later) : null;
    case 'found':
      if (s.phase !== 'checking') return null;
      // The server took it before: it counts as delivered when we learn it, not resent.
      return { ...s, phase: 'delivered', problem: null, failures: 0, nextAttemptAt: null, sentAt: now };
    case 'not-found':
      if (s.phase !== 'checking') return null;
      // After a crash (no failure counted) resend at once; after a failure, wait out its backoff.
      return { ...s, phase: 'queued', nextAttemptAt: s.failures === 0 ? null : later() };
    case 'check-unreachable':
      return s.phase === 'checking' ? waitOffline(e.detail) : null;
    case 'finished':
      if (s.phase !== 'delivered') return null;
      return { ...s, phase: 'sent', problem: null, failures: 0, nextAttemptAt: null };
    case 'finish-failed':
      // Still delivered: the Sent copy / answered mark is retried, the message never is.
      return s.phase === 'delivered' ? waitOffline(e.detail) : null;
    case 'offline':
      return s.phase === 'queued' ? waitOffline(e.detail) : null;
    case 'online':
      if (s.phase !== 'queued' && s.phase !== 'checking' && s.phase !== 'delivered') return null;
      if (s.problem?.code !== 'offline') return s;
      return { ...s, nextAttemptAt: null, failures: 0 };
    case 'hold':
      if (s.phase !== 'queued' || s.released) return null;
      return { ...s, phase: 'held', problem: problem(e.code, '', e.messageIds), nextAttemptAt: null };
    case 'retry':
      // From `held` it goes through the collision check again (send-anyway skips it).
      if (s.phase !== 'failed' && s.phase !== 'queued' && s.phase !== 'held') return null;
      return { ...s, phase: 'queued', problem: null, failures: 0, nextAttemptAt: null };
    case 'send-anyway':
      if (s.phase !== 'held') return null;
      return { ...s, phase: 'queued', problem: null, failures: 0, nextAttemptAt: null, released: true };
    case 'restarted':
      // Killed mid-transaction: we cannot know whether the 250 came, so look before resending.
      if (s.phase === 'sending') return { ...s, phase: 'checking', nextAttemptAt: null, failures: 0 };
      return s;
  }
}

function afterFailure(s: MachineState, failure: SendFailure, later: () => string): MachineState {
  const failures = s.failures + 1;
  const next = { ...s, failures };
  switch (classifyFailure(failure)) {
    case 'ambiguous':
      // Check Sent right away; if it is not there the resend waits for the backoff of this failure.
      return {
        ...next,
        phase: 'checking',
        problem: problem('temporary', failure.detail),
        nextAttemptAt: null,
      };
    case 'offline':
      return {
        ...next,
        phase: 'queued',
        problem: problem('offline', failure.detail),
        nextAttemptAt: later(),
      };
    case 'temporary':
      return {
        ...next,
        phase: 'queued',
        problem: problem('temporary', failure.detail),
        nextAttemptAt: later(),
      };
    case 'auth':
      return { ...next, phase: 'failed', problem: problem('auth', failure.detail), nextAttemptAt: null };
    case 'rejected':
      return { ...next, phase: 'failed', problem: problem('rejected', failure.detail), nextAttemptAt: null };
    case 'config':
      return { ...next, phase: 'failed', problem: problem('unknown', failure.detail), nextAttemptAt: null };
  }
}

import { describe, expect, it } from 'vitest';
import {
  initialState,
  transition,
  type MachineState,
  type OutboxEvent,
  type OutboxPhase,
  type ProblemCode,
} from '../../../../../shared/domain/outbox/outbox-machine.js';
import type { SendFailure } from '../../../../../shared/domain/outbox/send-failure.js';

const now = new Date('2026-11-22T10:00:00.000Z');
const ctx = { now, random: 0.5, policy: { baseMs: 1000, capMs: 8000, jitter: 0.2 } };
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const NOW = now.toISOString();

const state = (phase: OutboxPhase, extra: Partial<MachineState> = {}): MachineState => ({
  ...initialState(),
  phase,
  ...extra,
});
const fail = (
  stage: SendFailure['stage'],
  responseCode: number | null,
  connection: SendFailure['connection'] = null,
) => ({ type: 'send-failed', failure: { stage, responseCode, connection, detail: 'server words' } }) as const;
const problem = (code: ProblemCode, detail = 'server words', messageIds: string[] = []) => ({
  code,
  detail,
  messageIds,
});

type Row = [why: string, from: MachineState, event: OutboxEvent, expected: Partial<MachineState> | null];

const rows: Row[] = [
  // sending
  [
    'send starts only from queued and counts the attempt',
    state('queued', { attempts: 1 }),
    { type: 'send-started' },
    { phase: 'sending', attempts: 2, nextAttemptAt: null },
  ],
  ['a held reply is never sent by the worker', state('held'), { type: 'send-started' }, null],
  ['a failed reply waits for the user', state('failed'), { type: 'send-started' }, null],
  ['an unclear reply is never sent before the check', state('checking'), { type: 'send-started' }, null],
  [
    '250: delivered, time recorded, failures cleared',
    state('sending', { failures: 3, problem: problem('temporary') }),
    { type: 'accepted' },
    { phase: 'delivered', sentAt: NOW, failures: 0, problem: null },
  ],
  ['250 without a transaction is a caller bug', state('queued'), { type: 'accepted' }, null],
  // failures while sending
  [
    '4xx before DATA: queued with backoff',
    state('sending'),
    fail('envelope', 451),
    { phase: 'queued', failures: 1, nextAttemptAt: at(1000), problem: problem('temporary') },
  ],
  [
    'backoff grows with consecutive failures',
    state('sending', { failures: 2 }),
    fail('envelope', 421),
    { phase: 'queued', failures: 3, nextAttemptAt: at(4000) },
  ],
  [
    'backoff is capped',
    state('sending', { failures: 20 }),
    fail('connect', 421),
    { nextAttemptAt: at(8000) },
  ],
  [
    'network down: queued as offline',
    state('sending'),
    fail('connect', null, 'refused'),
    { phase: 'queued', problem: problem('offline') },
  ],
  [
    '535: failed auth, no retry scheduled',
    state('sending'),
    fail('auth', 535),
    { phase: 'failed', problem: problem('auth'), nextAttemptAt: null },
  ],
  [
    '5xx on RCPT: failed rejected',
    state('sending'),
    fail('envelope', 550),
    { phase: 'failed', problem: problem('rejected') },
  ],
  [
    '5xx after the body: failed rejected (definite refusal)',
    state('sending'),
    fail('data', 554),
    { phase: 'failed', problem: problem('rejected') },
  ],
  [
    'cut during DATA: checking, never straight back to queued',
    state('sending'),
    fail('data', null, 'offline'),
    { phase: 'checking', failures: 1, nextAttemptAt: null },
  ],
  [
    '4xx after the body: checking too (may be delivered)',
    state('sending'),
    fail('data', 451),
    { phase: 'checking' },
  ],
  [
    'certificate error: failed, settings must change',
    state('sending'),
    fail('connect', null, 'certificate'),
    { phase: 'failed', problem: problem('unknown') },
  ],
  ['failure report for a queued item is a caller bug', state('queued'), fail('data', null, 'offline'), null],
  // the Sent check
  [
    'found in Sent: delivered, not resent',
    state('checking', { failures: 1 }),
    { type: 'found' },
    { phase: 'delivered', sentAt: NOW, failures: 0 },
  ],
  [
    'not found after a failure: resend after its backoff',
    state('checking', { failures: 1 }),
    { type: 'not-found' },
    { phase: 'queued', nextAttemptAt: at(2000) },
  ],
  [
    'not found after a crash: resend at once',
    state('checking'),
    { type: 'not-found' },
    { phase: 'queued', nextAttemptAt: null },
  ],
  [
    'IMAP unreachable: stays checking with backoff',
    state('checking'),
    { type: 'check-unreachable', detail: 'ECONNREFUSED' },
    { phase: 'checking', failures: 1, nextAttemptAt: at(1000), problem: problem('offline', 'ECONNREFUSED') },
  ],
  ['found is meaningless outside checking', state('queued'), { type: 'found' }, null],
  // finishing
  [
    'Sent copy + answered done: sent',
    state('delivered', { sentAt: NOW, failures: 2, problem: problem('offline') }),
    { type: 'finished' },
    { phase: 'sent', failures: 0, problem: null, sentAt: NOW },
  ],
  [
    'finishing fails: still delivered, retried later, never resent',
    state('delivered'),
    { type: 'finish-failed', detail: 'IMAP down' },
    { phase: 'delivered', failures: 1, nextAttemptAt: at(1000) },
  ],
  ['finished twice is a caller bug', state('sent'), { type: 'finished' }, null],
  // offline / online
  [
    'offline before sending: queued with backoff, no attempt counted',
    state('queued'),
    { type: 'offline', detail: 'no network' },
    {
      phase: 'queued',
      attempts: 0,
      failures: 1,
      nextAttemptAt: at(1000),
      problem: problem('offline', 'no network'),
    },
  ],
  [
    'back online: an offline wait ends now',
    state('queued', { failures: 4, nextAttemptAt: at(8000), problem: problem('offline') }),
    { type: 'online' },
    { nextAttemptAt: null, failures: 0 },
  ],
  [
    'back online: a 4xx backoff is kept',
    state('queued', { failures: 1, nextAttemptAt: at(1000), problem: problem('temporary') }),
    { type: 'online' },
    { nextAttemptAt: at(1000), failures: 1 },
  ],
  [
    'back online does not revive a failed reply',
    state('failed', { problem: problem('auth') }),
    { type: 'online' },
    null,
  ],
  // collision and the user
  [
    'collision: held with the messages behind it',
    state('queued'),
    { type: 'hold', code: 'newer-message', messageIds: ['m9'] },
    { phase: 'held', problem: problem('newer-message', '', ['m9']) },
  ],
  [
    'released by the user: never held again',
    state('queued', { released: true }),
    { type: 'hold', code: 'answered-elsewhere', messageIds: [] },
    null,
  ],
  [
    'send anyway: queued and released',
    state('held', { problem: problem('newer-message') }),
    { type: 'send-anyway' },
    { phase: 'queued', released: true, problem: null },
  ],
  ['send anyway only from held', state('failed'), { type: 'send-anyway' }, null],
  [
    'retry after fixing the password',
    state('failed', { failures: 1, problem: problem('auth') }),
    { type: 'retry' },
    { phase: 'queued', failures: 0, problem: null, nextAttemptAt: null },
  ],
  [
    'retry now while backing off',
    state('queued', { nextAttemptAt: at(4000) }),
    { type: 'retry' },
    { phase: 'queued', nextAttemptAt: null },
  ],
  [
    'retry from held runs the collision check again',
    state('held', { problem: problem('newer-message') }),
    { type: 'retry' },
    { phase: 'queued', released: false },
  ],
  ['retry cannot skip the Sent check', state('checking'), { type: 'retry' }, null],
  ['retry cannot resend a sent reply', state('sent'), { type: 'retry' }, null],
  ['retry cannot resend a delivered reply', state('delivered'), { type: 'retry' }, null],
  // restart after a crash
  [
    'killed while sending: check before anything else',
    state('sending', { attempts: 1 }),
    { type: 'restarted' },
    { phase: 'checking', attempts: 1 },
  ],
  [
    'killed after the 250 was saved: finish, do not resend',
    state('delivered', { sentAt: NOW }),
    { type: 'restarted' },
    { phase: 'delivered', sentAt: NOW },
  ],
  [
    'queued survives a restart as is',
    state('queued', { attempts: 2 }),
    { type: 'restarted' },
    { phase: 'queued', attempts: 2 },
  ],
];

describe('outbox transition', () => {
  it.each(rows)('%s', (_why, from, event, expected) => {
    const next = transition(from, event, ctx);
    if (expected === null) expect(next).toBeNull();
    else expect(next).toMatchObject(expected);
  });

  it('no event ever takes a delivered or sent reply back to queued or sending', () => {
    const events: OutboxEvent[] = [
      { type: 'send-started' },
      { type: 'retry' },
      { type: 'send-anyway' },
      { type: 'online' },
      { type: 'restarted' },
      { type: 'not-found' },
      { type: 'offline', detail: '' },
      fail('data', null, 'offline'),
    ];
    const reached = (['delivered', 'sent'] as const).flatMap((phase) =>
      events.map((e) => transition(state(phase), e, ctx)?.phase ?? phase),
    );
    expect(reached.filter((p) => p === 'queued' || p === 'sending')).toEqual([]);
  });
});

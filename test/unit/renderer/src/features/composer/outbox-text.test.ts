import { describe, expect, it } from 'vitest';
import { planOutboxRow } from '../../../../../../renderer/src/features/composer/outbox-text.js';
import type { OutboxItemView } from '../../../../../../shared/api/schemas/outbox.js';

type Code = NonNullable<OutboxItemView['problem']>['code'];
const problem = (code: Code) => ({ code, detail: 'x', messageIds: [] });

describe('planOutboxRow', () => {
  it.each([
    { state: 'queued', code: null, reason: null, actions: [], why: 'plain queued: the state says it' },
    {
      state: 'queued',
      code: 'offline',
      reason: 'offline',
      actions: [],
      why: 'offline: the UI says it waits for the connection',
    },
    { state: 'queued', code: 'temporary', reason: 'temporary', actions: [], why: 'backing off after a 4xx' },
    { state: 'sending', code: null, reason: null, actions: [], why: 'on the wire: nothing to do' },
    { state: 'checking', code: null, reason: 'checking', actions: [], why: 'explains the Sent-folder check' },
    { state: 'sent', code: null, reason: null, actions: [], why: 'sent: only the time' },
    {
      state: 'held',
      code: 'answered-elsewhere',
      reason: 'answered-elsewhere',
      actions: ['send-anyway', 'discard'],
      why: 'collision: someone else answered',
    },
    {
      state: 'held',
      code: 'newer-message',
      reason: 'newer-message',
      actions: ['send-anyway', 'discard'],
      why: 'collision: the buyer wrote again',
    },
    {
      state: 'failed',
      code: 'auth',
      reason: 'auth',
      actions: ['retry', 'discard'],
      why: 'auth: fix the password, then retry',
    },
    {
      state: 'failed',
      code: 'rejected',
      reason: 'rejected',
      actions: ['retry', 'discard'],
      why: '5xx: retry or back to draft',
    },
    {
      state: 'failed',
      code: null,
      reason: 'unknown',
      actions: ['retry', 'discard'],
      why: 'failed with no problem still offers a way out',
    },
  ] as const)('$why', ({ state, code, reason, actions }) => {
    const plan = planOutboxRow({ state, problem: code === null ? null : problem(code) });
    expect({ reason: plan.reason, actions: plan.actions }).toEqual({ reason, actions: [...actions] });
  });

  it.each([
    { state: 'failed', code: 'rejected', want: true, why: "the server's 5xx words help" },
    { state: 'failed', code: 'auth', want: false, why: 'an auth reply adds nothing to "check the password"' },
    { state: 'queued', code: 'offline', want: false, why: 'offline has no server words' },
  ] as const)('server detail shown: $why', ({ state, code, want }) => {
    expect(planOutboxRow({ state, problem: problem(code) }).showDetail).toBe(want);
  });
});

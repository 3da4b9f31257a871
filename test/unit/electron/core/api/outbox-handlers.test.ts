import { describe, expect, it } from 'vitest';
import { outboxHandlers } from '../../../../../electron/core/api/outbox-handlers.js';
import type { CoreContext } from '../../../../../electron/core/core-context.js';
import { HelpdeskError } from '../../../../../electron/core/errors.js';
import type { OutboxItemView } from '../../../../../shared/api/schemas/outbox.js';

// The five outbox calls: values pass through, the outbox's refusals cross as stable codes.

const item: OutboxItemView = {
  id: 'a',
  kind: 'reply',
  threadId: 't1',
  inReplyTo: 'm1',
  to: 'buyer@example.com',
  subject: 'Re: hi',
  snippet: 'hello',
  messageId: 'x@shop',
  state: 'queued',
  problem: null,
  attempts: 0,
  createdAt: '2026-11-22T10:00:00.000Z',
  nextAttemptAt: null,
  sentAt: null,
};

const calls: string[] = [];
const outbox = {
  list: (threadId: string | null) => (
    calls.push(`list ${String(threadId)}`),
    threadId === 't1' ? [item] : []
  ),
  usage: () => ({ sentToday: 3, limit: 600, state: 'ok' as const }),
  retry: async (id: string) => {
    if (id !== 'a') throw new HelpdeskError('not-found', `No outbox item ${id}`);
    return item;
  },
  sendAnyway: async () => {
    throw new HelpdeskError('invalid-request', 'Cannot send-anyway a reply that is queued');
  },
  discard: async (id: string) => {
    if (id === 'sent') throw new HelpdeskError('invalid-request', 'This reply is sent');
    return { restoredDraft: true };
  },
};
const api = outboxHandlers({} as CoreContext, outbox);

describe('outboxHandlers', () => {
  it.each([
    ['list by thread', () => api['outbox:list']({ threadId: 't1' }), { ok: true, value: { items: [item] } }],
    [
      'list of another thread',
      () => api['outbox:list']({ threadId: 't2' }),
      { ok: true, value: { items: [] } },
    ],
    ['usage', () => api['outbox:usage']({}), { ok: true, value: { sentToday: 3, limit: 600, state: 'ok' } }],
    ['retry', () => api['outbox:retry']({ id: 'a' }), { ok: true, value: item }],
    [
      'retry of an unknown id',
      () => api['outbox:retry']({ id: 'zz' }),
      { ok: false, error: { code: 'not-found' } },
    ],
    [
      'send-anyway refused by the state machine',
      () => api['outbox:send-anyway']({ id: 'a' }),
      { ok: false, error: { code: 'invalid-request' } },
    ],
    ['discard', () => api['outbox:discard']({ id: 'a' }), { ok: true, value: { restoredDraft: true } }],
    [
      'discard of a sent reply',
      () => api['outbox:discard']({ id: 'sent' }),
      { ok: false, error: { code: 'invalid-request' } },
    ],
  ] as const)('%s', async (_why, call, expected) => {
    expect(await call()).toMatchObject(expected);
  });
});

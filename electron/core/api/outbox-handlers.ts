import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { CoreContext } from '../core-context.js';
import type { Outbox } from '../outbox/outbox.js';
import { guard } from './guard.js';

type OutboxApi = Pick<
  HelpdeskApi,
  'outbox:list' | 'outbox:usage' | 'outbox:retry' | 'outbox:send-anyway' | 'outbox:discard'
>;

type OutboxActions = Pick<Outbox, 'list' | 'usage' | 'retry' | 'sendAnyway' | 'discard'>;

export function outboxHandlers(_ctx: CoreContext, outbox: OutboxActions): OutboxApi {
  return {
    'outbox:list': ({ threadId }) => guard(async () => ({ items: outbox.list(threadId) })),
    'outbox:usage': () => guard(async () => outbox.usage()),
    'outbox:retry': ({ id }) => guard(() => outbox.retry(id)),
    'outbox:send-anyway': ({ id }) => guard(() => outbox.sendAnyway(id)),
    'outbox:discard': ({ id }) => guard(() => outbox.discard(id)),
  };
}

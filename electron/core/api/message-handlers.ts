import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import { guard } from './guard.js';

type MessageApi = Pick<HelpdeskApi, 'messages:list' | 'messages:get'>;

type View = 'all' | 'buyer' | 'sent';

function inView(meta: MessageMeta, view: View): boolean {
  if (view === 'sent') return meta.mailbox === 'sent';
  if (meta.mailbox !== 'inbox') return false;
  return view === 'all' || meta.automated === 'none';
}

export function messageHandlers(ctx: CoreContext): MessageApi {
  return {
    'messages:list': ({ view = 'all', offset = 0, limit = 100 }) =>
      guard(async () => {
        const matching = ctx.store.listMessages({ order: 'date-desc' }).filter((m) => inView(m, view));
        return { total: matching.length, items: matching.slice(offset, offset + limit) };
      }),
    'messages:get': ({ id }) =>
      guard(async () => {
        const meta = ctx.store.getMessage(id);
        if (!meta) throw new HelpdeskError('not-found', `No message ${id}`);
        return { meta, body: await ctx.store.readBody(id) };
      }),
  };
}

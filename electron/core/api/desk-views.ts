import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import type { ViewIndex } from '../search/view-index.js';
import { guard } from './guard.js';

type DeskViewApi = Pick<HelpdeskApi, 'messages:list' | 'messages:counts' | 'messages:thread'>;

interface BuyerThread {
  threadId: string;
  subject: string;
  orderIds: string[];
  lastDate: string;
  count: number;
}

/** The buyer's other threads, newest first: the history staff check before answering. */
function buyerHistory(
  ctx: CoreContext,
  threads: Map<string, MessageMeta[]>,
  address: string,
  exclude: string,
): BuyerThread[] {
  const buyer = ctx.store.getBuyer(address);
  if (!buyer) return [];
  const seen = new Set<string>([exclude]);
  const out: BuyerThread[] = [];
  for (const id of buyer.messageIds) {
    const threadId = ctx.store.getMessage(id)?.threadId;
    if (threadId === undefined || seen.has(threadId)) continue;
    seen.add(threadId);
    const members = threads.get(threadId) ?? [];
    const first = members[0];
    const last = members[members.length - 1];
    if (!first || !last) continue;
    const orderIds = [...new Set(members.flatMap((m) => m.orderIds))];
    out.push({ threadId, subject: first.subject, orderIds, lastDate: last.date, count: members.length });
  }
  return out.sort((a, b) => (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : 0));
}

export function deskViewHandlers(ctx: CoreContext, views: ViewIndex): DeskViewApi {
  return {
    'messages:list': ({ view = 'all', offset = 0, limit = 100 }) =>
      guard(async () => {
        const list = views.get().lists[view];
        return { total: list.length, items: list.slice(offset, offset + limit) };
      }),
    'messages:counts': () => guard(async () => views.get().counts),
    'messages:thread': ({ id }) =>
      guard(async () => {
        const meta = ctx.store.getMessage(id);
        if (!meta) throw new HelpdeskError('not-found', `No message ${id}`);
        const { threads } = views.get();
        const messages = threads.get(meta.threadId) ?? [meta];
        const address = meta.buyer?.address;
        return {
          messages,
          buyerHistory: address ? buyerHistory(ctx, threads, address, meta.threadId) : [],
        };
      }),
  };
}

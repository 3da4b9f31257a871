import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import type { ViewIndex } from '../search/view-index.js';
import { guard } from './guard.js';
import type { QueueIndex, RankedItem } from '../triage/queue-index.js';
import type { QueueSummary } from '../../../shared/api/schemas/triage.js';

type DeskViewApi = Pick<HelpdeskApi, 'messages:list' | 'messages:counts' | 'messages:thread'>;

interface BuyerThread {
  threadId: string;
  subject: string;
  orderIds: string[];
  lastDate: string;
  count: number;
  lastMessageId: string;
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
    out.push({
      threadId,
      subject: first.subject,
      orderIds,
      lastDate: last.date,
      count: members.length,
      lastMessageId: last.id,
    });
  }
  return out.sort((a, b) => (a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : 0));
}

/** A queue item as a list row: its newest message, plus why it ranks where it does. */
function queueRow({ item, latest }: RankedItem, rank: number): QueueSummary {
  return {
    ...latest,
    queue: {
      deadline: new Date(item.deadline).toISOString(),
      msLeft: item.msLeft,
      countdown: item.countdown,
      category: item.category,
      signals: item.signals,
      followUps: item.followUps,
      messageIds: item.messageIds,
      reasons: item.reasons,
      rank,
    },
  };
}

/**
 * `onUserRequest` is told about requests a person is waiting for (a list page, a thread), so
 * background work (the search index build) can stand aside; counts are left out, they follow events.
 */
export function deskViewHandlers(
  ctx: CoreContext,
  views: ViewIndex,
  queue: QueueIndex,
  onUserRequest: () => void = () => undefined,
): DeskViewApi {
  const needsReply = (): MessageMeta[] => views.get().lists['needs-reply'];
  const now = (): number => ctx.clock.now().getTime();
  return {
    'messages:list': ({ view = 'all', offset = 0, limit = 100 }) =>
      guard(async () => {
        onUserRequest();
        if (view === 'needs-reply') {
          // One row per thread, most urgent first (issue 4): a follow-up joins its thread's item.
          const page = queue.page(needsReply(), now(), offset, limit);
          return {
            total: queue.size(needsReply(), now()),
            items: page.map((r, n) => queueRow(r, offset + n + 1)),
          };
        }
        const list = views.get().lists[view];
        return { total: list.length, items: list.slice(offset, offset + limit) };
      }),
    'messages:counts': () =>
      guard(async () => ({ ...views.get().counts, needsReply: queue.size(needsReply(), now()) })),
    'messages:thread': ({ id }) =>
      guard(async () => {
        onUserRequest();
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

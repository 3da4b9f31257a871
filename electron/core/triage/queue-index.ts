import type { MessageMeta } from '../../../shared/domain/message.js';
import {
  rankQueue,
  type QueueItem,
  type QueueMessage,
  type RankedQueue,
} from '../../../shared/domain/triage/priority.js';
import { workingCategory } from './effective.js';

export interface RankedItem {
  item: QueueItem;
  /** The newest message of the item: what its row shows. */
  latest: MessageMeta;
}

/** The queue's view of a message that needs a reply. */
function queueMessageOf(meta: MessageMeta): QueueMessage {
  const { category, staffSet } = workingCategory(meta);
  return {
    id: meta.id,
    threadId: meta.threadId,
    receivedAt: Date.parse(meta.date),
    buyer: meta.buyer?.address ?? null,
    category,
    uncertain: !staffSet && (meta.triage?.uncertain ?? true),
    signals: meta.triage?.signals ?? [],
  };
}

interface Source {
  from: readonly MessageMeta[];
  messages: QueueMessage[];
  byId: Map<string, MessageMeta>;
}

/**
 * The Needs-reply queue, ranked by shared/domain/triage/priority.ts. Re-ranked when the view
 * partition changes and, because ranks move with time left, when it is older than `maxAgeMs`.
 * A time-only re-rank reuses the per-message inputs; only the partition change rebuilds them.
 */
export class QueueIndex {
  #source: Source | null = null;
  #ranked: { at: number; queue: RankedQueue } | null = null;

  constructor(private readonly maxAgeMs = 15_000) {}

  /** How many items (threads) the queue has. */
  size(needsReply: readonly MessageMeta[], now: number): number {
    return this.#queue(needsReply, now).size;
  }

  /** Items at ranks [offset, offset + limit), most urgent first. */
  page(needsReply: readonly MessageMeta[], now: number, offset: number, limit: number): RankedItem[] {
    const queue = this.#queue(needsReply, now);
    const byId = this.#source?.byId;
    const out: RankedItem[] = [];
    for (let rank = Math.max(0, offset); rank < Math.min(queue.size, offset + limit); rank++) {
      const item = queue.at(rank);
      const latest = item === undefined ? undefined : byId?.get(item.latestId);
      if (item !== undefined && latest !== undefined) out.push({ item, latest });
    }
    return out;
  }

  /** Reads the per-message inputs of a new partition (the ranking itself follows at the next call). */
  prepare(needsReply: readonly MessageMeta[]): Source {
    if (this.#source !== null && this.#source.from === needsReply) return this.#source;
    this.#source = {
      from: needsReply,
      messages: needsReply.map(queueMessageOf),
      byId: new Map(needsReply.map((m) => [m.id, m])),
    };
    this.#ranked = null;
    return this.#source;
  }

  #queue(needsReply: readonly MessageMeta[], now: number): RankedQueue {
    const source = this.prepare(needsReply);
    const ranked = this.#ranked;
    if (ranked !== null && now - ranked.at < this.maxAgeMs && now >= ranked.at) return ranked.queue;
    const queue = rankQueue(source.messages, now);
    this.#ranked = { at: now, queue };
    return queue;
  }
}

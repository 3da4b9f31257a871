import type { MessageMeta } from '../../../shared/domain/message.js';
import { buildQueue, type QueueItem, type QueueMessage } from '../../../shared/domain/triage/priority.js';
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

/**
 * The Needs-reply queue, ranked by shared/domain/triage/priority.ts. Rebuilt when the view
 * partition changes and, because ranks move with time left, when it is older than `maxAgeMs`.
 */
export class QueueIndex {
  #built: { from: readonly MessageMeta[]; at: number; ranked: RankedItem[] } | null = null;

  constructor(private readonly maxAgeMs = 15_000) {}

  ranked(needsReply: readonly MessageMeta[], now: number): RankedItem[] {
    const built = this.#built;
    if (built && built.from === needsReply && now - built.at < this.maxAgeMs && now >= built.at)
      return built.ranked;
    const byId = new Map(needsReply.map((m) => [m.id, m]));
    const ranked = buildQueue(needsReply.map(queueMessageOf), now).flatMap((item) => {
      const latest = byId.get(item.latestId);
      return latest ? [{ item, latest }] : [];
    });
    this.#built = { from: needsReply, at: now, ranked };
    return ranked;
  }
}

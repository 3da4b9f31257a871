import type { MessageMeta } from '../../../shared/domain/message.js';
import { ThreadIndex, type ThreadInput } from '../../../shared/domain/threading.js';

export interface ThreadStore {
  listMessages(filter: { includeExpunged: boolean }): MessageMeta[];
  setThreadIds(changes: ReadonlyArray<{ id: string; threadId: string }>): Promise<void>;
}

function inputOf(meta: MessageMeta): ThreadInput {
  return {
    id: meta.id,
    messageId: meta.messageId,
    inReplyTo: meta.inReplyTo,
    references: meta.references,
    buyerAddress: meta.buyer?.address ?? null,
    orderIds: meta.orderIds,
    subject: meta.subject,
    date: meta.date,
  };
}

/**
 * Keeps the in-memory thread index in step with the store. Built on first use (not at store
 * open, which must stay fast); a late parent that merges threads relabels the absorbed
 * messages in the store after the batch that brought it is durable.
 */
export class ThreadKeeper {
  private index: ThreadIndex | null = null;
  /** Set when merges (or a fresh rebuild) may have left stored thread ids stale. */
  private stale = false;

  constructor(private readonly store: ThreadStore) {}

  /** Thread id for a new message (the store is corrected for merges by `commit`). */
  assign = (meta: MessageMeta): string => {
    const index = this.ensureIndex();
    const { threadId, absorbed } = index.assignDetailed(inputOf(meta));
    if (absorbed.length > 0) this.stale = true;
    return threadId;
  };

  /** Writes the relabels that merges since the last call made necessary. */
  async commit(): Promise<void> {
    const index = this.index;
    if (!index || !this.stale) return;
    this.stale = false;
    const changes: Array<{ id: string; threadId: string }> = [];
    for (const meta of this.store.listMessages({ includeExpunged: true })) {
      const current = index.threadOf(meta.id);
      if (current !== undefined && current !== meta.threadId)
        changes.push({ id: meta.id, threadId: current });
    }
    if (changes.length > 0) await this.store.setThreadIds(changes);
  }

  private ensureIndex(): ThreadIndex {
    if (this.index) return this.index;
    const index = new ThreadIndex();
    index.rebuild(this.store.listMessages({ includeExpunged: true }).map(inputOf));
    this.index = index;
    // Stored ids that disagree with a fresh rebuild (an interrupted relabel) are healed on commit.
    this.stale = true;
    return index;
  }
}

import type { MessageMeta } from '../../../shared/domain/message.js';
import { ThreadIndex, type ThreadInput } from '../../../shared/domain/threading.js';

export interface ThreadStore {
  listMessages(filter: { includeExpunged: boolean }): MessageMeta[];
  getMessage(id: string): MessageMeta | null;
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
  /** Message ids by the thread id they were given, so a merge relabels only the absorbed threads. */
  private readonly members = new Map<string, Set<string>>();
  /** Thread ids merged into others since the last commit. */
  private readonly absorbed = new Set<string>();
  /** Stored ids that disagreed with the rebuilt index (an interrupted relabel), healed on commit. */
  private heal: Array<{ id: string; threadId: string }> = [];

  constructor(private readonly store: ThreadStore) {}

  /** Thread id for a new message (the store is corrected for merges by `commit`). */
  assign = (meta: MessageMeta): string => {
    const index = this.ensureIndex();
    const { threadId, absorbed } = index.assignDetailed(inputOf(meta));
    for (const old of absorbed) this.absorbed.add(old);
    this.join(threadId, meta.id);
    return threadId;
  };

  /** Writes the relabels that merges since the last call made necessary. */
  async commit(): Promise<void> {
    const index = this.index;
    if (!index) return;
    const changes = this.heal;
    this.heal = [];
    for (const old of this.absorbed) {
      const ids = this.members.get(old);
      this.members.delete(old);
      for (const id of ids ?? []) {
        const current = index.threadOf(id) ?? old;
        this.join(current, id);
        // Only what the store holds: a message from an abandoned batch was never written.
        const stored = this.store.getMessage(id);
        if (stored && stored.threadId !== current) changes.push({ id, threadId: current });
      }
    }
    this.absorbed.clear();
    if (changes.length > 0) await this.store.setThreadIds(changes);
  }

  private join(threadId: string, id: string): void {
    const set = this.members.get(threadId) ?? new Set<string>();
    set.add(id);
    this.members.set(threadId, set);
  }

  private ensureIndex(): ThreadIndex {
    if (this.index) return this.index;
    const index = new ThreadIndex();
    const metas = this.store.listMessages({ includeExpunged: true });
    index.rebuild(metas.map(inputOf));
    for (const meta of metas) {
      const current = index.threadOf(meta.id) ?? meta.threadId;
      this.join(current, meta.id);
      if (current !== meta.threadId) this.heal.push({ id: meta.id, threadId: current });
    }
    this.index = index;
    return index;
  }
}

import type { MailboxRole, MessageMeta } from '../../../shared/domain/message.js';
import type { BuyerSummary, ListFilter } from './store-types.js';

/**
 * In-memory lookups over all metas, rebuilt at open. Orderings and buyers are derived lazily and
 * dropped when messages come or go (not on flag changes, which do not move anything).
 */
export class MessageIndex {
  readonly #byId = new Map<string, MessageMeta>();
  readonly #shardOf = new Map<string, string>();
  readonly #byMailbox = new Map<string, Map<number, string>>();
  readonly #bySha = new Map<string, Set<string>>();
  #dateOrder: string[] | null = null;
  #syncOrder: string[] | null = null;
  #buyers: Map<string, BuyerSummary> | null = null;

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): MessageMeta | undefined {
    return this.#byId.get(id);
  }

  shardOf(id: string): string | undefined {
    return this.#shardOf.get(id);
  }

  add(meta: MessageMeta, shard: string): void {
    const previous = this.#byId.get(meta.id);
    if (previous) this.remove(previous.id);
    this.#byId.set(meta.id, meta);
    this.#shardOf.set(meta.id, shard);
    const mailboxKey = `${meta.mailbox}\u0000${meta.uidValidity}`;
    let uids = this.#byMailbox.get(mailboxKey);
    if (!uids) this.#byMailbox.set(mailboxKey, (uids = new Map()));
    uids.set(meta.uid, meta.id);
    let ids = this.#bySha.get(meta.sha256);
    if (!ids) this.#bySha.set(meta.sha256, (ids = new Set()));
    ids.add(meta.id);
    this.#invalidate();
  }

  /** Same id, same place: flags, modseq or expungedAt changed. */
  update(meta: MessageMeta): void {
    this.#byId.set(meta.id, meta);
    this.#buyers = null;
  }

  remove(id: string): void {
    const meta = this.#byId.get(id);
    if (!meta) return;
    this.#byId.delete(id);
    this.#shardOf.delete(id);
    this.#byMailbox.get(`${meta.mailbox}\u0000${meta.uidValidity}`)?.delete(meta.uid);
    this.#bySha.get(meta.sha256)?.delete(id);
    this.#invalidate();
  }

  findByUid(mailbox: MailboxRole, uidValidity: string, uid: number): MessageMeta | undefined {
    const id = this.#byMailbox.get(`${mailbox}\u0000${uidValidity}`)?.get(uid);
    return id === undefined ? undefined : this.#byId.get(id);
  }

  uidsIn(mailbox: MailboxRole, uidValidity: string): Set<number> {
    return new Set(this.#byMailbox.get(`${mailbox}\u0000${uidValidity}`)?.keys());
  }

  /** Prefers a message still on the server, then the newest by date. */
  findBySha256(sha: string, mailbox?: MailboxRole): MessageMeta | undefined {
    let best: MessageMeta | undefined;
    for (const id of this.#bySha.get(sha) ?? []) {
      const m = this.#byId.get(id);
      if (!m || (mailbox !== undefined && m.mailbox !== mailbox)) continue;
      if (!best || rank(m) > rank(best) || (rank(m) === rank(best) && m.date > best.date)) best = m;
    }
    return best;
  }

  list(filter: ListFilter = {}): MessageMeta[] {
    const order = filter.order ?? 'date-desc';
    const ids = order === 'sync' ? this.#sorted('sync') : this.#sorted('date');
    const out: MessageMeta[] = [];
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? Infinity;
    let skipped = 0;
    const n = ids.length;
    for (let i = 0; i < n && out.length < limit; i++) {
      const m = this.#byId.get(ids[order === 'date-desc' ? n - 1 - i : i] ?? '');
      if (!m) continue;
      if (filter.mailbox !== undefined && m.mailbox !== filter.mailbox) continue;
      if (filter.uidValidity !== undefined && m.uidValidity !== filter.uidValidity) continue;
      if (!filter.includeExpunged && m.expungedAt !== null) continue;
      if (skipped++ < offset) continue;
      out.push(m);
    }
    return out;
  }

  buyer(address: string): BuyerSummary | undefined {
    return this.#buyerMap().get(address.toLowerCase());
  }

  buyers(): BuyerSummary[] {
    return [...this.#buyerMap().values()].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : -1));
  }

  #buyerMap(): Map<string, BuyerSummary> {
    if (this.#buyers) return this.#buyers;
    const map = new Map<string, BuyerSummary>();
    for (const id of this.#sorted('date')) {
      const m = this.#byId.get(id);
      if (!m?.buyer) continue;
      const address = m.buyer.address.toLowerCase();
      let b = map.get(address);
      if (!b)
        map.set(
          address,
          (b = { address, name: '', messageIds: [], orderIds: [], firstSeen: m.date, lastSeen: m.date }),
        );
      if (m.buyer.name) b.name = m.buyer.name; // date order: the latest non-empty name wins
      b.messageIds.push(m.id);
      for (const o of m.orderIds) if (!b.orderIds.includes(o)) b.orderIds.push(o);
      b.lastSeen = m.date;
    }
    return (this.#buyers = map);
  }

  #sorted(kind: 'sync' | 'date'): string[] {
    if (kind === 'sync') return (this.#syncOrder ??= [...this.#byId.values()].sort(bySync).map((m) => m.id));
    return (this.#dateOrder ??= [...this.#byId.values()].sort(byDate).map((m) => m.id));
  }

  #invalidate(): void {
    this.#dateOrder = this.#syncOrder = null;
    this.#buyers = null;
  }
}

const rank = (m: MessageMeta): number => (m.expungedAt === null ? 1 : 0);

function byDate(a: MessageMeta, b: MessageMeta): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return bySync(a, b);
}

function bySync(a: MessageMeta, b: MessageMeta): number {
  if (a.mailbox !== b.mailbox) return a.mailbox < b.mailbox ? -1 : 1;
  if (a.uidValidity !== b.uidValidity) {
    // Numeric strings: compare by length first so "9" sorts before "10".
    if (a.uidValidity.length !== b.uidValidity.length) return a.uidValidity.length - b.uidValidity.length;
    return a.uidValidity < b.uidValidity ? -1 : 1;
  }
  return a.uid - b.uid;
}

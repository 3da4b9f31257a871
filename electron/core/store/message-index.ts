import type { MailboxRole, MessageMeta } from '../../../shared/domain/message.js';
import { locate, shardKey } from './shard-set.js';
import type { BuyerSummary, ListFilter } from './store-types.js';

/**
 * In-memory lookups over all metas, rebuilt at open (100,000 adds: kept lean, a Set per sha256
 * or a key string per add showed up in the open time). Orderings and buyers are derived lazily
 * and dropped when messages come or go (not on flag changes, which do not move anything).
 */
export class MessageIndex {
  readonly #byId = new Map<string, MessageMeta>();
  readonly #byMailbox = new Map<string, Map<number, string>>();
  /**
   * One id, or several when the same source is stored more than once (a re-seeded mailbox).
   * Built on first use: only a UIDVALIDITY change asks, and open should not pay for it.
   */
  #bySha: Map<string, string | Set<string>> | null = null;
  #lastUids: { mailbox: string; uidValidity: string; uids: Map<number, string> } | null = null;
  #dateOrder: string[] | null = null;
  #syncOrder: string[] | null = null;
  #buyers: Map<string, BuyerSummary> | null = null;

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): MessageMeta | undefined {
    return this.#byId.get(id);
  }

  /** A meta always lives in the shard its location names (the shard loader checks it). */
  shardOf(id: string): string | undefined {
    const meta = this.#byId.get(id);
    return meta && shardKey(locate(meta.mailbox, meta.uidValidity, meta.uid));
  }

  add(meta: MessageMeta): void {
    const previous = this.#byId.get(meta.id);
    if (previous) this.remove(previous.id);
    this.#byId.set(meta.id, meta);
    this.#uidsOf(meta).set(meta.uid, meta.id);
    if (this.#bySha) addSha(this.#bySha, meta);
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
    this.#uidsOf(meta).delete(meta.uid);
    const ids = this.#bySha?.get(meta.sha256);
    if (ids === id) this.#bySha?.delete(meta.sha256);
    else if (typeof ids !== 'string') ids?.delete(id);
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
    if (!this.#bySha) {
      this.#bySha = new Map();
      for (const m of this.#byId.values()) addSha(this.#bySha, m);
    }
    const ids = this.#bySha.get(sha) ?? [];
    for (const id of typeof ids === 'string' ? [ids] : ids) {
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

  /** Consecutive adds come shard by shard: reuse the last mailbox's map instead of building a key. */
  #uidsOf(meta: MessageMeta): Map<number, string> {
    const last = this.#lastUids;
    if (last?.mailbox === meta.mailbox && last.uidValidity === meta.uidValidity) return last.uids;
    const key = `${meta.mailbox}\u0000${meta.uidValidity}`;
    let uids = this.#byMailbox.get(key);
    if (!uids) this.#byMailbox.set(key, (uids = new Map()));
    this.#lastUids = { mailbox: meta.mailbox, uidValidity: meta.uidValidity, uids };
    return uids;
  }

  #invalidate(): void {
    this.#dateOrder = this.#syncOrder = null;
    this.#buyers = null;
  }
}

function addSha(bySha: Map<string, string | Set<string>>, meta: MessageMeta): void {
  const ids = bySha.get(meta.sha256);
  if (ids === undefined) bySha.set(meta.sha256, meta.id);
  else if (typeof ids === 'string') bySha.set(meta.sha256, new Set([ids, meta.id]));
  else ids.add(meta.id);
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

import { isReplySubject, normalizeSubject } from './subject.js';

export { isReplySubject, normalizeSubject } from './subject.js';

/**
 * Conversation grouping, incremental so a sync batch costs O(batch), with a rebuild for
 * migrations. Order of evidence: the header chain (RFC 5322 In-Reply-To/References), then the
 * same buyer quoting an order they already wrote about, then a buyer's bare "Re:" to one of
 * their own subjects. Replying in the buyer's thread matters beyond tidiness: opt-out never
 * blocks a reply in a thread the buyer started (domain.md).
 *
 * A thread's id is the id of its earliest message (date, then id), so it does not depend on
 * arrival order; when an earlier message or a merge changes it, the old ids are reported as
 * `absorbed` so the store can relabel them.
 */

export interface ThreadInput {
  id: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** The buyer's relay address (lower-cased), or null for the seller's own and system mail. */
  buyerAddress: string | null;
  orderIds: string[];
  subject: string;
  /** ISO 8601. */
  date: string;
}

export interface ThreadAssignment {
  threadId: string;
  /** Thread ids that no longer exist: their messages now belong to `threadId`. */
  absorbed: string[];
}

interface Thread {
  firstId: string;
  firstTime: number;
  lastTime: number;
  /** Every thread holds at most one buyer; merges that would mix two are refused. */
  buyer: string | null;
}

function timeOf(date: string): number {
  const t = Date.parse(date);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function earlier(a: Thread, b: Thread): boolean {
  return a.firstTime !== b.firstTime ? a.firstTime < b.firstTime : a.firstId < b.firstId;
}

function later(a: Thread, b: Thread): boolean {
  return a.lastTime !== b.lastTime ? a.lastTime > b.lastTime : a.firstId < b.firstId;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export class ThreadIndex {
  /** message id -> the thread key it was filed under (resolve with find). */
  private readonly home = new Map<string, string>();
  /** Union-find over thread keys; a root maps to itself. */
  private readonly parent = new Map<string, string>();
  private readonly threads = new Map<string, Thread>();
  private readonly byMessageId = new Map<string, string[]>();
  private readonly referencedBy = new Map<string, string[]>();
  private readonly byBuyerOrder = new Map<string, string[]>();
  private readonly byBuyerSubject = new Map<string, string[]>();

  /** The current thread id of a known message. */
  threadOf(id: string): string | undefined {
    const key = this.home.get(id);
    return key === undefined ? undefined : this.info(this.find(key)).firstId;
  }

  assign(msg: ThreadInput): string {
    return this.assignDetailed(msg).threadId;
  }

  assignDetailed(msg: ThreadInput): ThreadAssignment {
    const known = this.threadOf(msg.id);
    if (known !== undefined) return { threadId: known, absorbed: [] };
    const buyer = msg.buyerAddress;
    const time = timeOf(msg.date);
    const subjectKey = normalizeSubject(msg.subject).toLowerCase();

    let roots = this.headerRoots(msg);
    if (roots.length === 0 && buyer !== null && msg.orderIds.length > 0) {
      roots = this.latest(msg.orderIds.flatMap((o) => this.byBuyerOrder.get(`${buyer}\n${o}`) ?? []));
    }
    if (roots.length === 0 && buyer !== null && msg.orderIds.length === 0 && isReplySubject(msg.subject)) {
      roots = this.latest(this.byBuyerSubject.get(`${buyer}\n${subjectKey}`) ?? []);
    }

    const own: Thread = { firstId: msg.id, firstTime: time, lastTime: time, buyer };
    const before = roots.map((r) => this.info(r).firstId);
    this.parent.set(msg.id, msg.id);
    this.threads.set(msg.id, own);
    let root = msg.id;
    for (const r of roots) root = this.union(root, r);
    this.home.set(msg.id, msg.id);

    if (msg.messageId !== null) push(this.byMessageId, msg.messageId, msg.id);
    for (const ref of this.refsOf(msg)) push(this.referencedBy, ref, msg.id);
    if (buyer !== null) {
      for (const o of msg.orderIds) this.pushThread(this.byBuyerOrder, `${buyer}\n${o}`, msg.id);
      this.pushThread(this.byBuyerSubject, `${buyer}\n${subjectKey}`, msg.id);
    }
    const threadId = this.info(root).firstId;
    return { threadId, absorbed: [...new Set(before)].filter((id) => id !== threadId) };
  }

  /** Forget everything and thread `messages` in date order; returns message id -> thread id. */
  rebuild(messages: readonly ThreadInput[]): Map<string, string> {
    for (const m of [this.home, this.parent, this.threads, this.byMessageId, this.referencedBy]) m.clear();
    this.byBuyerOrder.clear();
    this.byBuyerSubject.clear();
    const sorted = [...messages].sort((a, b) => timeOf(a.date) - timeOf(b.date) || (a.id < b.id ? -1 : 1));
    for (const m of sorted) this.assign(m);
    const out = new Map<string, string>();
    for (const m of messages) out.set(m.id, this.threadOf(m.id) ?? m.id);
    return out;
  }

  private refsOf(msg: ThreadInput): string[] {
    const refs = msg.inReplyTo === null ? msg.references : [msg.inReplyTo, ...msg.references];
    return [...new Set(refs)].filter((r) => r !== msg.messageId);
  }

  /**
   * Threads linked by headers, in order of closeness: the parent, the rest of References
   * (nearest last, RFC 5322 §3.6.4), a copy with the same Message-ID, then known children
   * that arrived before this message. A reused Message-ID must not bridge two buyers, so only
   * threads whose buyer agrees with this message's (or, for buyer-less mail, with the first
   * match's) are joined.
   */
  private headerRoots(msg: ThreadInput): string[] {
    const ids: string[] = [];
    const refs =
      msg.inReplyTo === null
        ? [...msg.references].reverse()
        : [msg.inReplyTo, ...msg.references.slice().reverse()];
    for (const r of refs) ids.push(...(this.byMessageId.get(r) ?? []));
    if (msg.messageId !== null) {
      ids.push(...(this.byMessageId.get(msg.messageId) ?? []));
      ids.push(...(this.referencedBy.get(msg.messageId) ?? []));
    }
    let buyer = msg.buyerAddress;
    const roots: string[] = [];
    for (const id of ids) {
      const root = this.rootOf(id);
      const other = this.info(root).buyer;
      if (buyer === null) buyer = other;
      if ((other === null || other === buyer) && !roots.includes(root)) roots.push(root);
    }
    return roots;
  }

  /**
   * Record one message per thread run under a buyer key: a buyer with hundreds of messages on
   * one order must not make every later lookup walk all of them.
   */
  private pushThread(map: Map<string, string[]>, key: string, id: string): void {
    const list = map.get(key);
    const last = list?.[list.length - 1];
    if (list === undefined) map.set(key, [id]);
    else if (last === undefined || this.rootOf(last) !== this.rootOf(id)) list.push(id);
  }

  private rootOf(id: string): string {
    return this.find(this.home.get(id) ?? id);
  }

  /** The single most recently active thread among the threads of `ids`. */
  private latest(ids: readonly string[]): string[] {
    let best: string | undefined;
    for (const id of ids) {
      const root = this.rootOf(id);
      if (best === undefined || later(this.info(root), this.info(best))) best = root;
    }
    return best === undefined ? [] : [best];
  }

  private find(key: string): string {
    let root = key;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let k = key; k !== root;) {
      const next = this.parent.get(k) ?? root;
      this.parent.set(k, root);
      k = next;
    }
    return root;
  }

  private info(root: string): Thread {
    const t = this.threads.get(root);
    if (t === undefined) throw new Error(`thread index: unknown thread ${root}`);
    return t;
  }

  private union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const ta = this.info(ra);
    const tb = this.info(rb);
    const [keep, drop] = earlier(ta, tb) ? [ra, rb] : [rb, ra];
    const merged: Thread = {
      ...(keep === ra ? ta : tb),
      lastTime: Math.max(ta.lastTime, tb.lastTime),
      buyer: ta.buyer ?? tb.buyer,
    };
    this.threads.set(keep, merged);
    this.threads.delete(drop);
    this.parent.set(drop, keep);
    return keep;
  }
}

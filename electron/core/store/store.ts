import type { MailboxRole, MessageMeta, MessageTriage, StoredBody } from '../../../shared/domain/message.js';
import type { BlobRecord, PackWriter } from './blob-pack.js';
import { decodeBody, readRecord } from './blob-pack.js';
import type { Correction, OplogDoc, SettingsDoc, SyncStateDoc, TriageDoc } from './documents.js';
import { accountSettingsSchema } from './documents.js';
import { BlobMissingError, StoreClosedError, StoreError, UnknownMessageError } from './errors.js';
import type { JsonDoc } from './json-doc.js';
import type { StoreLock } from './lock.js';
import type { FlagUpdate, IncomingMessage, MailboxSyncState } from './mail-store.js';
import type { MessageIndex } from './message-index.js';
import { appendOp, finishOp, pendingOps } from './oplog.js';
import type { Shard, ShardSet } from './shard-set.js';
import { foldState, locate, packPath, shardKey } from './shard-set.js';
import type {
  AccountSettings,
  BuyerSummary,
  JsonValue,
  ListFilter,
  Operation,
  Settings,
} from './store-types.js';

/** What openStore() assembles; not for other callers. */
export interface StoreParts {
  dataDir: string;
  lock: StoreLock;
  shards: ShardSet;
  packs: PackWriter;
  index: MessageIndex;
  settings: JsonDoc<SettingsDoc>;
  syncState: JsonDoc<SyncStateDoc>;
  oplog: JsonDoc<OplogDoc>;
  triage: JsonDoc<TriageDoc>;
  now: () => Date;
}

/** The local store; see index.ts for the overview. Metas returned are shared: treat them as read-only. */
export class Store {
  #p: StoreParts;
  #closed = false;

  constructor(parts: StoreParts) {
    this.#p = parts;
  }

  // ---- messages ---------------------------------------------------------------------------

  /** Upserts by id. Resolves when blobs, bodies and metadata are all on disk. */
  async putMessages(items: IncomingMessage[]): Promise<void> {
    this.#open();
    const groups = new Map<string, IncomingMessage[]>();
    for (const item of items) {
      const key = shardKey(locate(item.meta.mailbox, item.meta.uidValidity, item.meta.uid));
      const group = groups.get(key) ?? [];
      group.push(item);
      groups.set(key, group);
    }
    const shards = await Promise.all(
      [...groups].map(async ([key, group]) => {
        const records: BlobRecord[] = group.map((i) => ({
          raw: i.raw,
          body: Buffer.from(JSON.stringify(i.body)),
        }));
        const refs = await this.#p.packs.append(packPath(key), records); // blobs durable before metas point at them
        const first = group[0]?.meta;
        if (!first) throw new StoreError('INTERNAL', 'empty shard group');
        const shard = await this.#p.shards.getOrCreate(locate(first.mailbox, first.uidValidity, first.uid));
        const { messages, blobs } = shard.meta.data;
        foldState(shard);
        group.forEach((item, n) => {
          const meta: MessageMeta = { ...item.meta, flags: [...item.meta.flags] };
          const at = this.#p.index.get(meta.id) ? messages.findIndex((m) => m.id === meta.id) : -1;
          if (at >= 0) messages[at] = meta;
          else messages.push(meta);
          const ref = refs[n];
          if (ref) blobs.set(meta.id, ref);
          this.#p.index.add(meta);
        });
        return shard;
      }),
    );
    await this.#save(shards);
  }

  getMessage(id: string): MessageMeta | null {
    return this.#p.index.get(id) ?? null;
  }

  findByUid(mailbox: MailboxRole, uidValidity: string, uid: number): MessageMeta | null {
    return this.#p.index.findByUid(mailbox, uidValidity, uid) ?? null;
  }

  uidsIn(mailbox: MailboxRole, uidValidity: string): Set<number> {
    return this.#p.index.uidsIn(mailbox, uidValidity);
  }

  /** The copy still on the server if any, else the newest; for matching across a UIDVALIDITY change. */
  findBySha256(sha256: string, mailbox?: MailboxRole): MessageMeta | null {
    return this.#p.index.findBySha256(sha256, mailbox) ?? null;
  }

  listMessages(filter?: ListFilter): MessageMeta[] {
    return this.#p.index.list(filter);
  }

  get messageCount(): number {
    return this.#p.index.size;
  }

  /** All ids are checked before anything changes, so a bad id leaves the store untouched. */
  async updateFlags(updates: FlagUpdate[]): Promise<void> {
    await this.#mutate(
      updates.map((u) => u.id),
      (meta, n) => {
        const u = updates[n];
        return u ? { ...meta, flags: [...u.flags], modseq: u.modseq } : meta;
      },
    );
  }

  /** Relabels messages whose thread merged into another (a late parent arrived). */
  async setThreadIds(changes: ReadonlyArray<{ id: string; threadId: string }>): Promise<void> {
    await this.#mutate(
      changes.map((c) => c.id),
      (meta, n) => {
        const threadId = changes[n]?.threadId;
        return threadId === undefined || threadId === meta.threadId ? meta : { ...meta, threadId };
      },
    );
  }

  /** The classifier's verdicts (a new message, a store from before triage, a relearned model). */
  async setTriage(updates: ReadonlyArray<{ id: string; triage: MessageTriage | null }>): Promise<void> {
    await this.#mutate(
      updates.map((u) => u.id),
      (meta, n) => {
        const triage = updates[n]?.triage;
        return triage === undefined ? meta : { ...meta, triage };
      },
    );
  }

  /** Never deletes: the seller keeps the history for disputes. The first expunge time is kept. */
  async markExpunged(ids: string[], at: string): Promise<void> {
    await this.#mutate(ids, (meta) => (meta.expungedAt === null ? { ...meta, expungedAt: at } : meta));
  }

  /**
   * Moves a message to a new identity (UIDVALIDITY re-seed, matched by sha256), keeping its
   * stored source and body. The new shard is written before the old one drops the message, so a
   * crash in between leaves a duplicate (resolved by calling this again), never a loss.
   */
  async replaceIdentity(oldId: string, newMeta: MessageMeta): Promise<void> {
    this.#open();
    const old = this.#p.index.get(oldId);
    const oldKey = this.#p.index.shardOf(oldId);
    const oldShard = oldKey === undefined ? undefined : this.#p.shards.get(oldKey);
    if (!old || !oldShard) throw new UnknownMessageError(oldId);
    const taken = this.#p.index.get(newMeta.id);
    if (taken && newMeta.id !== oldId && taken.sha256 !== old.sha256) {
      throw new StoreError('ID_TAKEN', `Message id ${newMeta.id} already belongs to another message`);
    }
    const ref = oldShard.meta.data.blobs.get(oldId);
    const loc = locate(newMeta.mailbox, newMeta.uidValidity, newMeta.uid);
    const newShard = await this.#p.shards.getOrCreate(loc);
    const meta: MessageMeta = { ...newMeta, flags: [...newMeta.flags] };
    this.#remove(oldShard, oldId);
    this.#remove(newShard, meta.id);
    newShard.meta.data.messages.push(meta);
    if (ref) newShard.meta.data.blobs.set(meta.id, ref);
    this.#p.index.add(meta);
    await this.#save([newShard]);
    if (oldShard !== newShard) await this.#save([oldShard]);
  }

  async readRaw(id: string): Promise<Buffer> {
    return (await this.#record(id)).raw as Buffer;
  }

  async readBody(id: string): Promise<StoredBody> {
    return decodeBody((await this.#record(id)).body, id);
  }

  // ---- buyers (derived from metas) --------------------------------------------------------

  getBuyer(address: string): BuyerSummary | null {
    return this.#p.index.buyer(address) ?? null;
  }

  listBuyers(): BuyerSummary[] {
    return this.#p.index.buyers();
  }

  // ---- sync state ---------------------------------------------------------------------------

  getSyncState(mailbox: MailboxRole): MailboxSyncState | null {
    const state = this.#p.syncState.data.mailboxes[mailbox];
    return state ? { ...state } : null;
  }

  /** Durable when resolved; null forgets the mailbox (the next sync starts from scratch). */
  async setSyncState(mailbox: MailboxRole, state: MailboxSyncState | null): Promise<void> {
    this.#open();
    if (state) this.#p.syncState.data.mailboxes[mailbox] = { ...state };
    else delete this.#p.syncState.data.mailboxes[mailbox];
    await this.#p.syncState.save();
  }

  // ---- settings -----------------------------------------------------------------------------

  getSettings(): Settings {
    return structuredClone(this.#p.settings.data.settings);
  }

  async updateSettings(patch: Partial<Settings>): Promise<void> {
    this.#open();
    for (const account of Object.values(patch.accounts ?? {})) accountSettingsSchema.parse(account);
    this.#p.settings.data.settings = { ...this.#p.settings.data.settings, ...structuredClone(patch) };
    await this.#p.settings.save();
  }

  /** Refuses anything but the documented fields: a password must never reach the store. */
  async setAccount(accountId: string, account: AccountSettings | null): Promise<void> {
    this.#open();
    const accounts = { ...this.#p.settings.data.settings.accounts };
    if (account) accounts[accountId] = accountSettingsSchema.parse(account);
    else delete accounts[accountId];
    this.#p.settings.data.settings = { ...this.#p.settings.data.settings, accounts };
    await this.#p.settings.save();
  }

  // ---- operation log ------------------------------------------------------------------------

  async appendOp(kind: string, payload: JsonValue): Promise<Operation> {
    const [op] = await this.appendOps(kind, [payload]);
    if (!op) throw new StoreError('INTERNAL', 'no operation appended');
    return op;
  }

  /** Several operations of one kind, durable in one write (a whole queue item is one click). */
  async appendOps(kind: string, payloads: readonly JsonValue[]): Promise<Operation[]> {
    this.#open();
    const at = this.#p.now().toISOString();
    const ops = payloads.map((p) => appendOp(this.#p.oplog.data, kind, structuredClone(p), at));
    await this.#p.oplog.save();
    return ops.map((op) => ({ ...op }));
  }

  async markOpDone(seq: number): Promise<void> {
    this.#open();
    finishOp(this.#p.oplog.data, seq, { error: null, retry: false });
    await this.#p.oplog.save();
  }

  /** retry: stays pending (attempts counts up); otherwise it is given up as 'failed'. */
  async markOpFailed(seq: number, error: string, opts: { retry: boolean }): Promise<void> {
    this.#open();
    finishOp(this.#p.oplog.data, seq, { error, retry: opts.retry });
    await this.#p.oplog.save();
  }

  listPendingOps(): Operation[] {
    return pendingOps(this.#p.oplog.data).map((o) => ({ ...o }));
  }

  // ---- classifier corrections ---------------------------------------------------------------

  listCorrections(): Correction[] {
    return this.#p.triage.data.corrections.map((c) => ({ ...c }));
  }

  /** One correction per message: a second one replaces the first (staff changed their mind). */
  async addCorrection(correction: Correction): Promise<void> {
    this.#open();
    const doc = this.#p.triage.data;
    doc.corrections = [
      ...doc.corrections.filter((c) => c.messageId !== correction.messageId),
      { ...correction },
    ];
    await this.#p.triage.save();
  }

  /** null removes them all ("reset what the model learned"). */
  async removeCorrections(messageIds: readonly string[] | null): Promise<void> {
    this.#open();
    const doc = this.#p.triage.data;
    const drop = messageIds === null ? null : new Set(messageIds);
    doc.corrections = drop === null ? [] : doc.corrections.filter((c) => !drop.has(c.messageId));
    await this.#p.triage.save();
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  async flush(): Promise<void> {
    await Promise.all([
      this.#p.shards.idle(),
      this.#p.settings.idle(),
      this.#p.syncState.idle(),
      this.#p.oplog.idle(),
      this.#p.triage.idle(),
    ]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.flush();
    this.#closed = true;
    await this.#p.lock.release();
  }

  // ---- internals ----------------------------------------------------------------------------

  /** Changes go to the shard's small state document; the meta document is left alone. */
  async #mutate(ids: string[], change: (meta: MessageMeta, n: number) => MessageMeta): Promise<void> {
    this.#open();
    for (const id of ids) if (!this.#p.index.get(id)) throw new UnknownMessageError(id);
    const touched = new Set<Shard>();
    ids.forEach((id, n) => {
      const key = this.#p.index.shardOf(id);
      const shard = key === undefined ? undefined : this.#p.shards.get(key);
      const current = this.#p.index.get(id);
      if (!shard || !current) throw new UnknownMessageError(id);
      const next = change(current, n);
      if (next === current) return;
      shard.state.data.changes[id] = {
        flags: next.flags,
        modseq: next.modseq,
        expungedAt: next.expungedAt,
        threadId: next.threadId,
        triage: next.triage,
      };
      this.#p.index.update(next);
      touched.add(shard);
    });
    await Promise.all([...touched].map((s) => s.state.save()));
  }

  /** Metas before state: a crash in between leaves a stale overlay equal to what was folded in. */
  async #save(shards: Shard[]): Promise<void> {
    await Promise.all(shards.map((s) => s.meta.save()));
    await Promise.all(shards.map((s) => s.state.save()));
  }

  #remove(shard: Shard, id: string): void {
    const at = shard.meta.data.messages.findIndex((m) => m.id === id);
    if (at >= 0) shard.meta.data.messages.splice(at, 1);
    shard.meta.data.blobs.delete(id);
    delete shard.state.data.changes[id];
    this.#p.index.remove(id);
  }

  async #record(id: string): Promise<BlobRecord> {
    this.#open();
    const key = this.#p.index.shardOf(id);
    if (key === undefined) throw new UnknownMessageError(id);
    const ref = this.#p.shards.get(key)?.meta.data.blobs.get(id);
    if (!ref) throw new BlobMissingError(id, 'no stored copy was recorded');
    return readRecord(this.#p.dataDir, ref, id);
  }

  #open(): void {
    if (this.#closed) throw new StoreClosedError();
  }
}

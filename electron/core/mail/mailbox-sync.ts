import type { FetchMessageObject, ImapFlow, SearchObject } from 'imapflow';
import type { MailboxRole } from '../../../shared/domain/message.js';
import {
  planDownloads,
  stepDown,
  type DownloadBatch,
  type SizeLimitStep,
} from '../../../shared/domain/download-plan.js';
import {
  decideSync,
  SMALL_MESSAGE_BYTES,
  toSequenceSet,
  vanishedUids,
  type SyncPlan,
} from '../../../shared/domain/sync-strategy.js';
import type { FlagUpdate, IncomingMessage, MailboxSyncState } from '../store/mail-store.js';
import { HelpdeskError } from '../errors.js';
import { buildIncoming, type Analyser, type FetchedMessage, type ThreadAssigner } from './build-message.js';
import { brokeSizeLimit, downloadLimitOf } from './imap-client.js';
import type { SyncStore } from './sync-store.js';

export interface MailboxSyncResult {
  role: MailboxRole;
  plan: SyncPlan['type'];
  fetched: number;
  updated: number;
  expunged: number;
}

export interface SyncProgress {
  mailbox: MailboxRole;
  done: number;
  total: number;
}

export interface MailboxSyncOptions {
  client: ImapFlow;
  store: SyncStore;
  role: MailboxRole;
  path: string;
  assignThread: ThreadAssigner;
  /** Persists thread relabels caused by the batch just stored (late parents merging threads). */
  commitThreads?: () => Promise<void>;
  now: () => Date;
  onProgress?: (progress: SyncProgress) => void;
  /** Most messages per FETCH and per durable store write. */
  batchSize?: number;
  /** Most bytes (by the server's RFC822.SIZE) per FETCH; one larger message goes alone. */
  batchBytes?: number;
  /** Parses off the main thread when given (see ParsePool); in-process otherwise. */
  analyse?: Analyser;
}

// Two batches are in memory at once (one fetching, one parsing/writing), so 16 MB each bounds the
// sources held whatever the mailbox holds. Counts trade round trips against memory: each FETCH
// costs a round trip with the link idle, so over a 100 Mbit/s, 20 ms link the 10,000 bench
// messages took 12.7-12.8 s in batches of 250 and 11.7-11.8 s in batches of 500; but 500 put
// loopback peak RSS at 345-397 MB against the 400 MB target (300: 328-347 MB).
const defaultBatchSize = 300;
const defaultBatchBytes = 16 * 1024 * 1024;
const workerThreshold = 200;

/**
 * \Recent is a session flag (RFC 3501 2.3.2, dropped by RFC 9051): set only for the first
 * session that sees a mail, so mirroring it would make local flags depend on who looked first.
 */
function mailboxFlags(flags: ReadonlySet<string> | undefined): Set<string> {
  const kept = new Set(flags ?? []);
  kept.delete('\\Recent');
  return kept;
}

function sameFlags(a: readonly string[], b: ReadonlySet<string>): boolean {
  if (a.length !== b.size) return false;
  return a.every((flag) => b.has(flag));
}

/**
 * Brings one mailbox of the local store up to date with the server. Opened read-only (EXAMINE)
 * and fetched with BODY.PEEK, so syncing never marks mail read. Every batch is durable before
 * the sync state moves past it: a crash or a dropped connection at any point resumes with no
 * loss and no duplicate (UIDs already stored are skipped).
 */
export async function syncMailbox(options: MailboxSyncOptions): Promise<MailboxSyncResult> {
  const { client, store, role, path } = options;
  const selectedBefore = client.mailbox;
  const lock = await client.getMailboxLock(path, { readOnly: true, description: `sync ${role}` });
  try {
    // imapflow does not re-EXAMINE a mailbox that is already open (live mode leaves INBOX open
    // for IDLE), and an EXISTS only updates the count: UIDNEXT and HIGHESTMODSEQ would be those
    // of the last EXAMINE and the plan would call a mailbox with new mail up to date.
    if (selectedBefore && client.mailbox === selectedBefore)
      await client.mailboxOpen(path, { readOnly: true });
    const box = client.mailbox;
    if (!box) throw new Error(`mailbox ${path} did not open`);
    const uidValidity = box.uidValidity.toString();
    const serverModseq =
      box.highestModseq !== undefined && !box.noModseq ? box.highestModseq.toString() : null;
    const stored = store.getSyncState(role);
    const plan = decideSync(stored, {
      uidValidity,
      uidNext: box.uidNext,
      exists: box.exists,
      highestModseq: serverModseq,
      qresync: client.enabled.has('QRESYNC'),
      condstore: client.enabled.has('CONDSTORE') || client.enabled.has('QRESYNC'),
    });
    const result: MailboxSyncResult = { role, plan: plan.type, fetched: 0, updated: 0, expunged: 0 };
    const base: MailboxSyncState = {
      path,
      uidValidity,
      lastSeenUid: plan.type === 'reseed' || !stored ? 0 : stored.lastSeenUid,
      // The new modseq is recorded only at the very end: a crash before that replays the changes.
      highestModseq: plan.type === 'reseed' || !stored ? null : stored.highestModseq,
      lastSyncedAt: stored?.lastSyncedAt ?? null,
      // UIDs under another UIDVALIDITY name other messages: their steps mean nothing now.
      ...(plan.type === 'reseed' || !stored?.sizeLimitSteps ? {} : { sizeLimitSteps: stored.sizeLimitSteps }),
    };
    if (plan.type === 'up-to-date') {
      await store.setSyncState(role, { ...base, lastSyncedAt: options.now().toISOString() });
      return result;
    }

    const storedUids = store.uidsIn(role, uidValidity);
    let serverUids: number[] | null = null;
    if (plan.type === 'qresync' || plan.type === 'condstore') {
      const changes = await fetchChangedFlags(client, plan.since, plan.type === 'qresync', base.lastSeenUid);
      result.updated += await applyFlagChanges(store, role, uidValidity, changes.flags);
      result.expunged += await expunge(store, role, uidValidity, changes.vanished, options.now());
      if (plan.type === 'condstore') serverUids = await searchAllUids(client);
    } else if (plan.type === 'uid-diff') {
      const all = await fetchAllFlags(client);
      serverUids = [...all.keys()];
      result.updated += await applyFlagChanges(store, role, uidValidity, all);
    } else {
      serverUids = await searchAllUids(client);
    }

    let toFetch: number[];
    if (serverUids) {
      if (plan.type !== 'initial' && plan.type !== 'reseed') {
        const gone = vanishedUids(serverUids, storedUids);
        result.expunged += await expunge(store, role, uidValidity, gone, options.now());
      }
      toFetch = serverUids.filter((uid) => !storedUids.has(uid)).sort((a, b) => a - b);
    } else {
      toFetch = await searchNewUids(client, base.lastSeenUid, storedUids);
    }

    const oldIds =
      plan.type === 'reseed' && stored
        ? new Set(
            store
              .listMessages({ mailbox: role, uidValidity: stored.uidValidity, includeExpunged: true })
              .map((m) => m.id),
          )
        : null;
    const state = { ...base };
    const total = toFetch.length;
    options.onProgress?.({ mailbox: role, done: 0, total });
    // Pipeline: while batch N is parsed (worker thread) and written (fsync), batch N+1 is already
    // on the wire. Writes stay in UID order and the sync state moves only after each is durable.
    let tail: Promise<void> = Promise.resolve();
    const queued: Array<Promise<void>> = [];
    const persist = async (batch: number[], parsing: Array<Promise<IncomingMessage>>): Promise<void> => {
      const items = await Promise.all(parsing);
      const fresh: IncomingMessage[] = [];
      for (const item of items) {
        const previous = oldIds ? store.findBySha256(item.meta.sha256, role) : null;
        if (previous && oldIds?.has(previous.id)) {
          // Same bytes as a message we had under the old UIDVALIDITY: move it, keep its local state.
          oldIds.delete(previous.id);
          await store.replaceIdentity(previous.id, { ...item.meta, threadId: previous.threadId });
        } else {
          fresh.push(item);
        }
      }
      await store.putMessages(fresh);
      await options.commitThreads?.();
      result.fetched += items.length;
      state.lastSeenUid = Math.max(state.lastSeenUid, batch[batch.length - 1] ?? 0);
      await store.setSyncState(role, { ...state });
      options.onProgress?.({ mailbox: role, done: result.fetched, total });
    };
    // The batch on the wire, and which of its UIDs have not arrived yet.
    let fetching: { batch: DownloadBatch; pending: Set<number> } | null = null;
    try {
      // A worker thread pays off for a large fetch; starting one for a handful of new mails
      // would cost more than it saves.
      const fetchOptions = toFetch.length >= workerThreshold ? options : { ...options, analyse: undefined };
      const limits = {
        maxCount: options.batchSize ?? defaultBatchSize,
        maxBytes: options.batchBytes ?? defaultBatchBytes,
      };
      const largeSizes = await sizesOfLargeMessages(client, toFetch);
      const steps = new Map(
        Object.entries(state.sizeLimitSteps ?? {}).map(([uid, step]) => [Number(uid), step]),
      );
      const downloads = planDownloads(toFetch, largeSizes, steps, {
        ...limits,
        maxMessageBytes: downloadLimitOf(client),
      });
      for (const batch of downloads) {
        fetching = { batch, pending: new Set(batch.uids) };
        const parsing = await fetchBatch(client, fetching, { role, path, uidValidity }, fetchOptions);
        fetching = null;
        tail = tail.then(() => persist(batch.uids, parsing));
        tail.catch(() => undefined); // awaited below; this only keeps Node from calling it unhandled
        queued.push(tail);
        // At most two batches in memory: the older one must be durable before the next FETCH.
        if (queued.length >= 2) await queued.shift();
      }
    } catch (error) {
      // A FETCH failed (dropped connection): let the batch already fetched finish its write before
      // reporting, or the retry would race it, fetch it again and move the sync state under it.
      await tail.catch(() => undefined);
      if (fetching && brokeSizeLimit(client)) throw await recordSizeLimitHit(store, role, state, fetching);
      throw error;
    }
    await tail;
    if (oldIds && oldIds.size > 0) {
      await store.markExpunged([...oldIds], options.now().toISOString());
      result.expunged += oldIds.size;
    }
    // Every message a step was recorded for is stored now (or gone from the server).
    delete state.sizeLimitSteps;
    await store.setSyncState(role, {
      ...state,
      lastSeenUid: Math.max(state.lastSeenUid, box.uidNext - 1, 0),
      highestModseq: serverModseq,
      lastSyncedAt: options.now().toISOString(),
    });
    return result;
  } finally {
    lock.release();
  }
}

/**
 * The RFC822.SIZE of each message over SMALL_MESSAGE_BYTES among `uids` (null: the server gave
 * none). A server that refuses the SEARCH gets count-only batches, as before sizes were used.
 */
async function sizesOfLargeMessages(
  client: ImapFlow,
  uids: readonly number[],
): Promise<Map<number, number | null>> {
  const sizes = new Map<number, number | null>();
  if (uids.length < 2) return sizes;
  const wanted = new Set(uids);
  const found = await client.search({ uid: toSequenceSet(uids), larger: SMALL_MESSAGE_BYTES }, { uid: true });
  assertStillOpen(client);
  const large = (Array.isArray(found) ? found : []).filter((uid) => wanted.has(uid)).sort((a, b) => a - b);
  if (large.length === 0) return sizes;
  for (const uid of large) sizes.set(uid, null);
  for await (const msg of client.fetch(toSequenceSet(large), { uid: true, size: true }, { uid: true })) {
    const size = msg.size;
    if (sizes.has(msg.uid) && typeof size === 'number' && Number.isSafeInteger(size) && size >= 0) {
      sizes.set(msg.uid, size);
    }
  }
  assertStillOpen(client);
  return sizes;
}

/**
 * imapflow answers a command on a lost connection without an error: SEARCH resolves false and
 * FETCH ends with no rows. Read as "nothing there", that would move the sync state past mail
 * never fetched, or mark every stored message expunged; so every answer is checked with this.
 */
function assertStillOpen(client: ImapFlow): void {
  if (client.usable && client.mailbox) return;
  throw Object.assign(new Error('IMAP connection lost during the sync'), { code: 'NoConnection' });
}

async function searchUids(client: ImapFlow, query: SearchObject): Promise<number[]> {
  const uids = await client.search(query, { uid: true });
  assertStillOpen(client);
  if (!Array.isArray(uids)) throw new Error('the IMAP server refused UID SEARCH');
  return uids;
}

async function searchAllUids(client: ImapFlow): Promise<number[]> {
  return searchUids(client, { all: true });
}

async function searchNewUids(
  client: ImapFlow,
  lastSeenUid: number,
  stored: ReadonlySet<number>,
): Promise<number[]> {
  // `n:*` always matches the highest UID even when it is below n (RFC 3501 6.4.8): filter.
  const list = await searchUids(client, { uid: `${lastSeenUid + 1}:*` });
  return list.filter((uid) => uid > lastSeenUid && !stored.has(uid)).sort((a, b) => a - b);
}

async function fetchAllFlags(client: ImapFlow): Promise<Map<number, Set<string>>> {
  const flags = new Map<number, Set<string>>();
  for await (const msg of client.fetch('1:*', { uid: true, flags: true })) {
    if (msg.uid) flags.set(msg.uid, mailboxFlags(msg.flags));
  }
  assertStillOpen(client);
  return flags;
}

interface FlagChanges {
  flags: Map<number, Set<string>>;
  vanished: number[];
}

/** RFC 7162 3.1.4 / 3.2.6: UID FETCH 1:* (FLAGS) (CHANGEDSINCE m [VANISHED]). */
async function fetchChangedFlags(
  client: ImapFlow,
  since: string,
  withVanished: boolean,
  lastSeenUid: number,
): Promise<FlagChanges> {
  const vanished: number[] = [];
  const onExpunge = (event: { uid?: number; vanished: boolean }): void => {
    if (event.vanished && event.uid !== undefined) vanished.push(event.uid);
  };
  if (withVanished) client.on('expunge', onExpunge);
  const flags = new Map<number, Set<string>>();
  try {
    const query = { uid: true, flags: true };
    for await (const msg of client.fetch('1:*', query, { uid: true, changedSince: BigInt(since) })) {
      // Messages above lastSeenUid are new: fetched whole later, not flag-updated here.
      if (msg.uid && msg.uid <= lastSeenUid) flags.set(msg.uid, mailboxFlags(msg.flags));
    }
    assertStillOpen(client);
  } finally {
    if (withVanished) client.off('expunge', onExpunge);
  }
  return { flags, vanished };
}

async function applyFlagChanges(
  store: SyncStore,
  role: MailboxRole,
  uidValidity: string,
  flags: Map<number, Set<string>>,
): Promise<number> {
  const updates: FlagUpdate[] = [];
  for (const [uid, serverFlags] of flags) {
    const meta = store.findByUid(role, uidValidity, uid);
    if (meta && !sameFlags(meta.flags, serverFlags)) {
      updates.push({ id: meta.id, flags: [...serverFlags].sort(), modseq: null });
    }
  }
  if (updates.length > 0) await store.updateFlags(updates);
  return updates.length;
}

async function expunge(
  store: SyncStore,
  role: MailboxRole,
  uidValidity: string,
  uids: readonly number[],
  now: Date,
): Promise<number> {
  const ids: string[] = [];
  for (const uid of uids) {
    const meta = store.findByUid(role, uidValidity, uid);
    if (meta && meta.expungedAt === null) ids.push(meta.id);
  }
  if (ids.length > 0) await store.markExpunged(ids, now.toISOString());
  return ids.length;
}

/**
 * Thrown after a FETCH broke the download limit and the step down is durable: the connection is
 * gone, and the next try fetches the culprit alone or its headers only (sync-service retries).
 */
export class DownloadLimitError extends HelpdeskError {
  constructor(readonly uids: readonly number[]) {
    super(
      'server-error',
      `The IMAP server sent a message over the download limit (UID ${uids.join(', ')}); the next try fetches less of it`,
    );
  }
}

async function recordSizeLimitHit(
  store: SyncStore,
  role: MailboxRole,
  state: MailboxSyncState,
  { batch, pending }: { batch: DownloadBatch; pending: ReadonlySet<number> },
): Promise<DownloadLimitError> {
  const next = stepDown(batch, new Set(batch.uids.filter((uid) => !pending.has(uid))));
  const steps: Record<string, SizeLimitStep> = { ...state.sizeLimitSteps };
  for (const [uid, step] of next) steps[uid] = step;
  state.sizeLimitSteps = steps;
  await store.setSyncState(role, { ...state });
  return new DownloadLimitError([...next.keys()]);
}

const fetchQueries = {
  whole: { uid: true, flags: true, internalDate: true, size: true, source: true },
  headers: { uid: true, flags: true, internalDate: true, size: true, headers: true },
} as const;

/** Fetches one batch (UIDs that arrive leave `pending`) and starts parsing each message. */
async function fetchBatch(
  client: ImapFlow,
  { batch, pending }: { batch: DownloadBatch; pending: Set<number> },
  mailbox: { role: MailboxRole; path: string; uidValidity: string },
  options: MailboxSyncOptions,
): Promise<Array<Promise<IncomingMessage>>> {
  const build = (fetched: FetchedMessage): Promise<IncomingMessage> =>
    buildIncoming(fetched, mailbox, options.assignThread, options.now(), options.analyse, batch.extent);
  if (batch.extent === 'none') return batch.uids.map((uid) => build(placeholderOf(uid)));
  const parsing: Array<Promise<IncomingMessage>> = [];
  try {
    for await (const msg of client.fetch(toSequenceSet(batch.uids), fetchQueries[batch.extent], {
      uid: true,
    })) {
      // A hostile or confused server may answer more than asked, or the same UID twice.
      if (!pending.delete(msg.uid)) continue;
      // Parsing overlaps with the rest of the FETCH arriving on the socket.
      parsing.push(build(fetchedOf(msg, batch.extent)));
    }
    assertStillOpen(client);
  } catch (error) {
    // Nobody will await the parses of a half-received batch: keep their failures from going unhandled.
    for (const pending of parsing) pending.catch(() => undefined);
    throw error;
  }
  // Returned unresolved: parsing goes on while the next FETCH is sent.
  return parsing;
}

function fetchedOf(msg: FetchMessageObject, extent: 'whole' | 'headers'): FetchedMessage {
  return {
    uid: msg.uid,
    flags: mailboxFlags(msg.flags),
    internalDate: msg.internalDate,
    size: msg.size,
    modseq: msg.modseq,
    source: (extent === 'whole' ? msg.source : msg.headers) ?? new Uint8Array(0),
  };
}

/** A message nothing more may be asked about: kept under its UID so it is not lost from view. */
function placeholderOf(uid: number): FetchedMessage {
  return {
    uid,
    flags: undefined,
    internalDate: undefined,
    size: undefined,
    modseq: undefined,
    source: new Uint8Array(0),
  };
}

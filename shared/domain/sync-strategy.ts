/**
 * Which way to bring one mailbox up to date, decided from what we stored and what the server
 * reports at SELECT/EXAMINE. Pure, so "which sync path ran and why" is one table-tested file.
 */

export interface StoredMailboxState {
  uidValidity: string;
  lastSeenUid: number;
  highestModseq: string | null;
}

export interface ServerMailboxState {
  uidValidity: string;
  uidNext: number;
  exists: number;
  highestModseq: string | null;
  /** The server advertised QRESYNC and we enabled it. */
  qresync: boolean;
  /** The server advertised CONDSTORE (and the mailbox keeps mod-sequences). */
  condstore: boolean;
}

export type SyncPlan =
  | { type: 'initial'; reason: string }
  | { type: 'reseed'; reason: string }
  | { type: 'qresync'; since: string; reason: string }
  | { type: 'condstore'; since: string; reason: string }
  | { type: 'uid-diff'; reason: string }
  | { type: 'up-to-date'; reason: string };

export function decideSync(stored: StoredMailboxState | null, server: ServerMailboxState): SyncPlan {
  if (!stored) return { type: 'initial', reason: 'nothing stored for this mailbox yet' };
  if (stored.uidValidity !== server.uidValidity) {
    // RFC 3501 2.3.1.1: every stored UID is meaningless now; match by content, never duplicate.
    return {
      type: 'reseed',
      reason: `UIDVALIDITY changed from ${stored.uidValidity} to ${server.uidValidity}`,
    };
  }
  const noNewUids = server.uidNext <= stored.lastSeenUid + 1;
  if (stored.highestModseq !== null && server.highestModseq !== null) {
    if (noNewUids && stored.highestModseq === server.highestModseq) {
      // RFC 7162 3.1.2.1: HIGHESTMODSEQ moves on any flag change or expunge in the mailbox.
      return { type: 'up-to-date', reason: `HIGHESTMODSEQ ${server.highestModseq} unchanged, no new UIDs` };
    }
    if (server.qresync) {
      return {
        type: 'qresync',
        since: stored.highestModseq,
        reason: 'QRESYNC: changes and VANISHED since last modseq',
      };
    }
    if (server.condstore) {
      return {
        type: 'condstore',
        since: stored.highestModseq,
        reason: 'CONDSTORE: flag changes since last modseq; expunges by UID diff',
      };
    }
  }
  return { type: 'uid-diff', reason: 'no usable mod-sequence: compare all UIDs and flags' };
}

/** The UIDs the server has that we do not, in ascending order, given the server's full UID list. */
export function missingUids(serverUids: readonly number[], storedUids: ReadonlySet<number>): number[] {
  return serverUids.filter((uid) => !storedUids.has(uid)).sort((a, b) => a - b);
}

/** The UIDs we hold that the server no longer lists: expunged by someone else. */
export function vanishedUids(serverUids: readonly number[], storedUids: Iterable<number>): number[] {
  const onServer = new Set(serverUids);
  const gone: number[] = [];
  for (const uid of storedUids) if (!onServer.has(uid)) gone.push(uid);
  return gone.sort((a, b) => a - b);
}

/**
 * Messages up to this size (RFC822.SIZE) are batched on that bound alone; one SEARCH LARGER finds
 * the rest, whose exact sizes are then fetched. Fetching every size would cost as much CPU as a
 * tenth of the sync (measured: 0.5 s for 10,000 messages, against 10 ms for the SEARCH).
 */
export const SMALL_MESSAGE_BYTES = 32 * 1024;

export interface BatchLimits {
  /** Messages per FETCH and per durable store write. */
  maxCount: number;
  /** Bytes per batch, so a mailbox of photo attachments cannot fill memory; one message may exceed it. */
  maxBytes: number;
}

/**
 * Splits ascending UIDs into FETCH batches, each one durable store write. A UID missing from
 * `largeSizes` counts as SMALL_MESSAGE_BYTES; a large one as its size, or, when the server gave
 * none (null), as maxBytes, so it goes alone. Big batches matter on a real link: each FETCH
 * costs a round trip, during which the link is idle.
 */
export function batchUidsBySize(
  uids: readonly number[],
  largeSizes: ReadonlyMap<number, number | null>,
  limits: BatchLimits,
): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  for (const uid of uids) {
    const size = largeSizes.has(uid) ? (largeSizes.get(uid) ?? limits.maxBytes) : SMALL_MESSAGE_BYTES;
    if (batch.length > 0 && (batch.length >= limits.maxCount || bytes + size > limits.maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(uid);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Compresses ascending UIDs into an IMAP sequence set (`1:5,8,10:12`) to keep commands short. */
export function toSequenceSet(uids: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  for (const uid of uids) {
    if (start !== undefined && prev !== undefined && uid === prev + 1) {
      prev = uid;
      continue;
    }
    if (start !== undefined && prev !== undefined)
      parts.push(start === prev ? `${start}` : `${start}:${prev}`);
    start = uid;
    prev = uid;
  }
  if (start !== undefined && prev !== undefined) parts.push(start === prev ? `${start}` : `${start}:${prev}`);
  return parts.join(',');
}

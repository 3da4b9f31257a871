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

/** Splits ascending UIDs into batches of at most `size`, so one batch is one durable store write. */
export function batchUids(uids: readonly number[], size: number): number[][] {
  const batches: number[][] = [];
  for (let i = 0; i < uids.length; i += size) batches.push(uids.slice(i, i + size));
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

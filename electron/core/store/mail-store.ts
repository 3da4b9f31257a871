import type { SizeLimitStep } from '../../../shared/domain/download-plan.js';
import type { MessageMeta, StoredBody } from '../../../shared/domain/message.js';

/** Where sync left off in one mailbox; written only after the messages it covers are durable. */
export interface MailboxSyncState {
  path: string;
  uidValidity: string;
  /** Highest UID we have stored (not the server's UIDNEXT: a crash mid-batch must refetch the rest). */
  lastSeenUid: number;
  highestModseq: string | null;
  lastSyncedAt: string | null;
  /**
   * Messages whose FETCH broke the download limit, by UID, and how far each was stepped down
   * (download-plan.ts). Kept until the sync that stores them, so a retry always makes progress.
   */
  sizeLimitSteps?: Record<string, SizeLimitStep>;
}

/** One message as sync hands it to the store: metadata, decoded body, raw source. */
export interface IncomingMessage {
  meta: MessageMeta;
  body: StoredBody;
  raw: Uint8Array;
}

/** Problems found when the store was opened, to be shown to the user. */
export interface StoreOpenReport {
  recovered: Array<{ file: string; action: 'restored-backup' | 'reset-empty'; keptCorruptAs: string }>;
  migratedFrom: number | null;
}

export interface FlagUpdate {
  id: string;
  flags: string[];
  modseq: string | null;
}

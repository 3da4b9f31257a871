import type { MailboxRole } from '../../../shared/domain/message.js';
import type { MailboxSyncState } from './mail-store.js';

/** Plain JSON, for the free-form parts of the store (operation payloads, preferences). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type { AccountSettings, ServerSettings, TlsMode } from '../../../shared/domain/account.js';
import type { AccountSettings } from '../../../shared/domain/account.js';

export interface Settings {
  /** null = follow the OS locale. */
  uiLanguage: string | null;
  /** Keyed by a local account id (the app uses 'default' for its one shared mailbox). */
  accounts: Record<string, AccountSettings>;
  /** Everything else a feature wants to remember (view choices, column widths...). */
  prefs: Record<string, JsonValue>;
}

export type OperationState = 'pending' | 'done' | 'failed';

/** One local action waiting to be replayed to the server (flag change, move, send...). */
export interface Operation {
  seq: number;
  createdAt: string;
  kind: string;
  payload: JsonValue;
  state: OperationState;
  attempts: number;
  lastError: string | null;
}

export interface BuyerSummary {
  address: string;
  name: string;
  messageIds: string[];
  orderIds: string[];
  firstSeen: string;
  lastSeen: string;
}

export interface ListFilter {
  mailbox?: MailboxRole;
  uidValidity?: string;
  /** Expunged messages are history: shown only when asked for. Default false. */
  includeExpunged?: boolean;
  /** 'sync' = role, uidValidity, uid ascending; 'date-desc' (default) = newest first. */
  order?: 'sync' | 'date-desc' | 'date-asc';
  offset?: number;
  limit?: number;
}

/** Where a message's raw source and decoded body sit inside a pack file. */
export interface BlobRef {
  /** Pack path relative to the data dir; a re-seeded message keeps pointing at its old pack. */
  pack: string;
  offset: number;
  rawLength: number;
  bodyLength: number;
  /** CRC-32 of raw + body bytes: a torn or overwritten record is reported instead of misread. */
  crc: number;
}

export type SyncStates = Partial<Record<MailboxRole, MailboxSyncState>>;

export interface OpenOptions {
  /** Called after each document or pack write with its path; tests count writes with it. */
  onWrite?: (file: string) => void;
  /** For naming kept-aside corrupt files and stamping operations. */
  now?: () => Date;
  /** Default true. Only throwaway data (benchmark seeding) turns it off. */
  fsync?: boolean;
}

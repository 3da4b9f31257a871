import type { MailboxRole, MessageMeta } from '../../../shared/domain/message.js';
import type { FlagUpdate, IncomingMessage, MailboxSyncState } from '../store/mail-store.js';

/**
 * What mailbox sync needs from the store, and nothing more: keeps the sync testable and makes
 * the durability contract explicit (every Promise here resolves only once the data is on disk).
 */
export interface SyncStore {
  getSyncState(role: MailboxRole): MailboxSyncState | null;
  setSyncState(role: MailboxRole, state: MailboxSyncState): Promise<void>;
  uidsIn(role: MailboxRole, uidValidity: string): ReadonlySet<number>;
  findByUid(role: MailboxRole, uidValidity: string, uid: number): MessageMeta | null;
  findBySha256(sha256: string, role?: MailboxRole): MessageMeta | null;
  listMessages(filter: {
    mailbox?: MailboxRole;
    uidValidity?: string;
    includeExpunged?: boolean;
    order?: 'sync';
  }): MessageMeta[];
  putMessages(items: IncomingMessage[]): Promise<void>;
  updateFlags(updates: FlagUpdate[]): Promise<void>;
  markExpunged(ids: string[], at: string): Promise<void>;
  replaceIdentity(oldId: string, meta: MessageMeta): Promise<void>;
}

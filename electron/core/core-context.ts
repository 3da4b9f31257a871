import type { EventBus } from './event-bus.js';
import type { SyncService } from './mail/sync-service.js';
import type { ThreadKeeper } from './mail/thread-keeper.js';
import type { SecretStore } from './secrets/secret-store.js';
import type { Store } from './store/index.js';
import type { StoreOpenReport } from './store/mail-store.js';

export interface Clock {
  now(): Date;
}

/** Everything the call handlers share; built once by openHelpdesk. */
export interface CoreContext {
  version: string;
  dataDir: string;
  store: Store;
  storeReport: StoreOpenReport;
  secrets: SecretStore;
  clock: Clock;
  bus: EventBus;
  threads: ThreadKeeper;
  /** The sync service of the current account, rebuilt when the account changes. */
  sync: SyncService | null;
}

/** The one shared mailbox account the app serves (the store can hold more for later). */
export const accountId = 'default';

export const secretKeys = { imap: 'imap-password', smtp: 'smtp-password' } as const;

import type { Store } from './store/index.js';
import type { EventBus } from './event-bus.js';
import type { Clock } from './core-context.js';
import type { ImapConnectOptions } from './mail/imap-client.js';
import { SyncService, type SyncServiceDeps } from './mail/sync-service.js';
import type { ThreadKeeper } from './mail/thread-keeper.js';
import { findOrCreateJunk, replayOps } from './mail/op-replay.js';

export interface SyncFactoryOptions {
  store: Store;
  threads: ThreadKeeper;
  clock: Clock;
  connectOptions: () => Promise<ImapConnectOptions>;
  bus?: EventBus;
  onProgress?: SyncServiceDeps['onProgress'];
  batchSize?: number;
}

/** One wiring of store, threads and events into a SyncService, shared by the app and the CLI. */
export function createSyncService(options: SyncFactoryOptions): SyncService {
  const { store, threads, clock, bus } = options;
  return new SyncService({
    store,
    connectOptions: options.connectOptions,
    assignThread: threads.assign,
    commitThreads: () => threads.commit(),
    now: () => clock.now(),
    batchSize: options.batchSize,
    onStatus: (status) => bus?.emit('sync:status-changed', status),
    onProgress: (progress) => {
      options.onProgress?.(progress);
      bus?.emit('sync:progress', progress);
    },
    onSynced: () => bus?.emit('messages:changed', { ids: [] }),
    replay: async (client) => {
      let junk: string | null = null;
      // The sync that follows reads the result back and emits 'messages:changed'.
      await replayOps(client, {
        log: store,
        junkPath: async () => (junk ??= await findOrCreateJunk(client)),
      });
    },
  });
}

/**
 * One sync of a data dir, run as its own process by the fault tests so they can SIGKILL it at a
 * chosen point. Same wiring as the CLI (openStore + createSyncService); the extra is that it
 * prints one line per step on stdout:
 *   progress <mailbox> <done> <total>   a batch is durable (done counts stored messages)
 *   put <n>                             a batch of n messages is about to be written
 *   state <mailbox> <lastSeenUid>       its messages are durable; the sync state is about to move
 *   done <json>                         the sync finished
 *   error <code> <message>              the sync failed
 * Run: node --import tsx test/support/sync-child.ts '<SyncChildConfig as JSON>'
 */
import type { ImapTimeouts } from '../../electron/core/mail/imap-client.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import { openStore } from '../../electron/core/store/index.js';
import { createSyncService } from '../../electron/core/sync-factory.js';
import type { ServerSettings } from '../../shared/domain/account.js';
import { ThreadKeeper } from '../../electron/core/mail/thread-keeper.js';

export interface SyncChildConfig {
  dataDir: string;
  server: ServerSettings;
  password: string;
  batchSize: number;
  timeouts?: Partial<ImapTimeouts>;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(config: SyncChildConfig): Promise<number> {
  const { store } = await openStore(config.dataDir);
  const put = store.putMessages.bind(store);
  // Announced before the write starts, so a kill on this line lands inside the durable write.
  store.putMessages = (items) => {
    say(`put ${items.length}`);
    return put(items);
  };
  const setState = store.setSyncState.bind(store);
  store.setSyncState = (mailbox, state) => {
    say(`state ${mailbox} ${state?.lastSeenUid ?? 'none'}`);
    return setState(mailbox, state);
  };
  const service = createSyncService({
    store,
    threads: new ThreadKeeper(store),
    clock: { now: () => new Date() },
    batchSize: config.batchSize,
    connectOptions: () => imapConnectOptions(config.server, config.password, config.timeouts),
    onProgress: (p) => say(`progress ${p.mailbox} ${p.done} ${p.total}`),
  });
  try {
    const summary = await service.syncNow();
    say(`done ${JSON.stringify({ inbox: summary.inbox?.fetched ?? 0, sent: summary.sent?.fetched ?? 0 })}`);
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    say(`error ${String(code)} ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await service.stop();
    await store.close();
  }
}

const arg = process.argv[2];
if (arg !== undefined) {
  void main(JSON.parse(arg) as SyncChildConfig).then((code) => {
    process.exitCode = code;
  });
}

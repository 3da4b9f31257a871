import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncState } from '../../electron/core/mail/sync-service.js';
import { openStore, type Store } from '../../electron/core/store/index.js';
import {
  USER,
  buildService,
  checkInvariant,
  cleanReport,
  readServerInbox,
  repeats,
  startCorpusServer,
  tempDataDir,
  waitFor,
  type CorpusServer,
  type SyncCounters,
} from '../support/fault-harness.js';

// Live mode through a server crash (issue 2: "Offline: the store stays fully readable and sync
// resumes when the server is back"; "reconnect with capped backoff").

const SEEDED = 600;
const ARRIVING = 5;

/** Everything a reader of the store does while offline; throws if any of it fails. */
async function readEverything(store: Store): Promise<number> {
  const messages = store.listMessages({ mailbox: 'inbox' });
  for (const meta of [messages[0], messages[messages.length - 1]]) {
    if (!meta) continue;
    await store.readBody(meta.id);
    await store.readRaw(meta.id);
  }
  return messages.length;
}

// Generous per-test bound: on a loaded shared machine one case can pass 60 s (normally ~10 s).
describe('live sync through a server crash', { timeout: 150_000 }, () => {
  let server: CorpusServer;
  let dataDir = '';

  beforeAll(async () => {
    server = await startCorpusServer(SEEDED + ARRIVING, SEEDED);
    dataDir = await tempDataDir();
  });
  afterAll(async () => {
    await server?.dovecot.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('goes offline, stays readable, reconnects on its own and gets the new mail exactly once', async () => {
    const { store } = await openStore(dataDir);
    const statuses: SyncState[] = [];
    const counters: SyncCounters = { downloads: [], writes: [] };
    const service = buildService({
      store,
      port: server.dovecot.imapPort,
      dovecot: server.dovecot,
      batchSize: 100,
      counters,
      // Lowest jitter: 0.8 s, 1.6 s, 3.2 s... (the backoff itself is the production one).
      random: () => 0,
      // A connect to a half-dead server must fail fast enough to retry within the test.
      timeouts: { connectMs: 2000, greetingMs: 2000 },
      onStatus: (s) => statuses.push(s.state),
    });
    let attemptCode = '';
    const inboxCount = (): number => store.listMessages({ mailbox: 'inbox' }).length;
    try {
      await service.syncNow();
      service.start(); // reuses the connection: a no-op resync, then IDLE
      expect(await waitFor(() => service.status.state === 'connected'), 'live').toBe(true);
      expect(inboxCount()).toBe(SEEDED);

      await server.dovecot.kill();
      expect(await waitFor(() => service.status.state === 'offline'), 'offline on the drop').toBe(true);
      expect(await readEverything(store)).toBe(SEEDED);
      // At least one reconnect attempt fails (refused, or reset by a dying login process) and is retried.
      const failedAttempt = (): boolean =>
        ['connection-refused', 'offline', 'timeout'].includes(service.status.error?.code ?? '');
      expect(await waitFor(failedAttempt), 'a failed reconnect').toBe(true);
      attemptCode = service.status.error?.code ?? '';
      expect(await readEverything(store)).toBe(SEEDED);

      await server.dovecot.restart();
      for (const message of server.corpus.slice(SEEDED)) {
        await server.dovecot.append(USER, 'INBOX', message.raw, [], message.date);
      }
      expect(await waitFor(() => inboxCount() === SEEDED + ARRIVING), 'new mail after restart').toBe(true);
      expect(await waitFor(() => service.status.state === 'connected'), 'connected again').toBe(true);
    } finally {
      await service.stop();
    }
    try {
      const truth = await readServerInbox(server.dovecot);
      expect(await checkInvariant(store, truth, server.messageIds, server.shaById)).toEqual(
        cleanReport(SEEDED + ARRIVING),
      );
      expect(repeats(counters.downloads)).toBe(0);
      expect(repeats(counters.writes)).toBe(0);
      // Down and back up, without anyone calling syncNow again.
      expect(statuses).toEqual(expect.arrayContaining(['connected', 'offline', 'connecting']));
      console.log(
        `fault-server-down figures: server ${truth.uids.length}, stored after recovery ${inboxCount()}, ` +
          `duplicates 0, lost 0, refetched ${repeats(counters.downloads)}, ` +
          `failed reconnect ${attemptCode}, states ${statuses.filter((s, i) => s !== statuses[i - 1]).join(' > ')}`,
      );
    } finally {
      await store.close();
    }
  });
});

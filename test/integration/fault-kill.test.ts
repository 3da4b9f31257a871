import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/index.js';
import {
  USER,
  buildService,
  checkInvariant,
  cleanReport,
  isPrefix,
  readServerInbox,
  repeats,
  spawnSyncChild,
  useFaultSuite,
  type SyncCounters,
} from '../support/fault-harness.js';

// The sync process killed (SIGKILL: no cleanup, no flush) mid-batch, then a resync in this process
// (issue 2: "kill the sync process mid-batch, then prove that no message is lost or duplicated").

const MESSAGES = 600;
const BATCH = 100;

interface KillCase {
  name: string;
  why: string;
  /** The child's stdout line to kill it on (see sync-child.ts). */
  killOn: (line: string) => boolean;
}

const progressLine = (n: number) => (line: string) => line === `progress inbox ${n * BATCH} ${MESSAGES}`;
let seen = 0;
const nth = (prefix: string, n: number) => (line: string) => line.startsWith(prefix) && ++seen === n;

const cases: KillCase[] = [
  {
    name: 'killed during the first FETCH',
    why: 'nothing durable yet: the resync is a plain initial sync',
    killOn: progressLine(0),
  },
  {
    name: 'killed after the 3rd batch is stored',
    why: 'the 4th FETCH is in flight',
    killOn: progressLine(3),
  },
  {
    name: 'killed as the 5th batch is being written',
    why: 'blobs, metadata and sync state are written in turn: any of them may be torn',
    killOn: nth('put ', 5),
  },
  {
    name: 'killed between storing the 4th batch and recording it in the sync state',
    why: 'messages on disk that the sync state does not count yet must be skipped, not doubled',
    killOn: nth('state inbox', 4),
  },
];

// Generous per-test bound: on a loaded shared machine one case can pass 60 s (normally ~10 s).
describe('sync survives its process being killed mid-batch', { timeout: 150_000 }, () => {
  const suite = useFaultSuite('fault-kill', MESSAGES);

  it.each(cases)('$name ($why): reopens cleanly and resumes exactly', async ({ name, killOn }) => {
    seen = 0;
    const truth = await readServerInbox(suite.server.dovecot);
    const dataDir = await suite.dataDir();
    const child = spawnSyncChild({
      dataDir,
      server: {
        host: '127.0.0.1',
        port: suite.server.dovecot.imapPort,
        tls: 'starttls',
        user: USER,
        caFile: suite.server.dovecot.caFile,
      },
      password: suite.server.dovecot.user(USER).password,
      batchSize: BATCH,
    });
    await child.waitForLine(killOn);
    await child.kill();
    expect(child.lines.some((l) => l.startsWith('done'))).toBe(false);
    const durable = Math.max(
      0,
      ...child.lines.filter((l) => l.startsWith('progress inbox')).map((l) => Number(l.split(' ')[2])),
    );

    // The lock of the dead process is taken over.
    const { store, report } = await openStore(dataDir);
    const counters: SyncCounters = { downloads: [], writes: [] };
    const service = buildService({
      store,
      port: suite.server.dovecot.imapPort,
      dovecot: suite.server.dovecot,
      batchSize: BATCH,
      counters,
    });
    try {
      // Every write is temp file + rename: a killed process (unlike a power cut) never tears one.
      expect(report.recovered).toEqual([]);
      const afterKill = store.listMessages({ mailbox: 'inbox' });
      expect(isPrefix(afterKill, truth)).toBe(true);
      // What the child reported durable survived; at most the batch being written landed too.
      expect(afterKill.length).toBeGreaterThanOrEqual(durable);
      expect(afterKill.length - durable).toBeLessThanOrEqual(BATCH);

      const summary = await service.syncNow();
      expect(await checkInvariant(store, truth, suite.server.messageIds, suite.server.shaById)).toEqual(
        cleanReport(MESSAGES),
      );
      // Messages already stored are never fetched again.
      expect(summary.inbox?.fetched).toBe(MESSAGES - afterKill.length);
      expect(repeats(counters.writes)).toBe(0);
      suite.report(
        `${name}: server ${truth.uids.length}, reported durable ${durable}, stored after kill ${afterKill.length}, ` +
          `store recoveries ${report.recovered.length}, stored after recovery ${store.listMessages({ mailbox: 'inbox' }).length}, ` +
          `duplicates 0, lost 0, fetched on resume ${summary.inbox?.fetched ?? 0}, ` +
          `refetched: not measured (the killed child's in-flight batches, at most 2 x ${BATCH})`,
      );
    } finally {
      await service.stop();
      await store.close();
    }
  });
});

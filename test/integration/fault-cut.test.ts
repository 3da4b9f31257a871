import { describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/index.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import {
  buildService,
  checkInvariant,
  cleanReport,
  isPrefix,
  readServerInbox,
  repeats,
  useFaultSuite,
  type SyncCounters,
} from '../support/fault-harness.js';

// Connection cut mid-fetch (issue 2: "resume after a dropped connection with no loss or duplicate").
// 600 messages in batches of 100: the cut lands in the middle of a multi-batch initial sync.

const MESSAGES = 600;
const BATCH = 100;

interface CutCase {
  name: string;
  why: string;
  /** Arms the fault; `progressDone` is called on every durable batch. */
  arm: (proxy: FaultProxy, rawBytes: number) => (progressDone: number) => void;
}

const cutAt =
  (share: number): CutCase['arm'] =>
  (proxy, rawBytes) => {
    proxy.cutAfterBytes(Math.round(rawBytes * share));
    return () => undefined;
  };

const cases: CutCase[] = [
  { name: 'cut after 20% of the bytes', why: 'early: only a batch or two durable', arm: cutAt(0.2) },
  { name: 'cut after 50% of the bytes', why: 'the middle of the mailbox', arm: cutAt(0.5) },
  { name: 'cut after 90% of the bytes', why: 'late: the last batches are lost', arm: cutAt(0.9) },
  {
    name: 'connection dropped right after the 4th batch is stored',
    why: 'a NAT drop between two FETCHes rather than inside one',
    arm: (proxy) => {
      let fired = false; // once: the resumed sync counts its progress from 0 again
      return (done) => {
        if (fired || done !== 4 * BATCH) return;
        fired = true;
        proxy.dropAll();
      };
    },
  },
];

// Generous per-test bound: on a loaded shared machine one case can pass 60 s (normally ~10 s).
describe('sync survives a connection cut mid-fetch', { timeout: 150_000 }, () => {
  const suite = useFaultSuite('fault-cut', MESSAGES);

  it.each(cases)('$name ($why): fails offline, keeps a prefix, resumes exactly', async ({ name, arm }) => {
    const truth = await readServerInbox(suite.server.dovecot);
    const proxy = await startFaultProxy(suite.server.dovecot.imapPort);
    const dataDir = await suite.dataDir();
    const { store } = await openStore(dataDir);
    const counters: SyncCounters = { downloads: [], writes: [] };
    const onDone = arm(proxy, suite.server.rawBytes);
    const service = buildService({
      store,
      port: proxy.port,
      dovecot: suite.server.dovecot,
      batchSize: BATCH,
      counters,
      onProgress: (p) => onDone(p.done),
    });
    try {
      await expect(service.syncNow()).rejects.toMatchObject({ code: 'offline' });
      expect(service.status).toMatchObject({ state: 'offline', error: { code: 'offline' } });
      const afterFault = store.listMessages({ mailbox: 'inbox' });
      // Durable batch by batch: a prefix of whole batches, never part of one, never a gap.
      expect(isPrefix(afterFault, truth)).toBe(true);
      expect(afterFault.length % BATCH).toBe(0);
      expect(afterFault.length).toBeLessThan(MESSAGES);
      expect(store.getSyncState('inbox')?.lastSeenUid ?? 0).toBe(truth.uids[afterFault.length - 1] ?? 0);

      proxy.heal();
      const summary = await service.syncNow();
      expect(summary.inbox?.fetched).toBe(MESSAGES - afterFault.length);
      expect(await checkInvariant(store, truth, suite.server.messageIds, suite.server.shaById)).toEqual(
        cleanReport(MESSAGES),
      );
      // Counted once both runs are over: parses of the abandoned batch may finish after the failure.
      const refetched = repeats(counters.downloads);
      // Only the interrupted batch crosses the wire twice; nothing is written twice.
      expect(refetched).toBeLessThanOrEqual(BATCH);
      expect(repeats(counters.writes)).toBe(0);
      suite.report(
        `${name}: server ${truth.uids.length}, stored after fault ${afterFault.length}, ` +
          `stored after recovery ${store.listMessages({ mailbox: 'inbox' }).length}, duplicates 0, lost 0, ` +
          `refetched ${refetched}, rewritten ${repeats(counters.writes)}`,
      );
    } finally {
      await service.stop();
      await store.close();
      await proxy.close();
    }

    // What was reported durable is durable: a fresh open sees it all, with nothing to recover.
    const reopened = await openStore(dataDir);
    try {
      expect(reopened.report.recovered).toEqual([]);
      expect(
        await checkInvariant(reopened.store, truth, suite.server.messageIds, suite.server.shaById),
      ).toEqual(cleanReport(MESSAGES));
    } finally {
      await reopened.store.close();
    }
  });

  it('refused reconnect after a drop: clear error, store untouched, then a no-op resync', async () => {
    const truth = await readServerInbox(suite.server.dovecot);
    const proxy = await startFaultProxy(suite.server.dovecot.imapPort);
    const dataDir = await suite.dataDir();
    const { store } = await openStore(dataDir);
    const service = buildService({
      store,
      port: proxy.port,
      dovecot: suite.server.dovecot,
      batchSize: BATCH,
    });
    try {
      await service.syncNow();
      const before = {
        messages: store.listMessages({ mailbox: 'inbox' }),
        state: store.getSyncState('inbox'),
      };
      proxy.dropAll();
      proxy.refuse();
      const failure = await service.syncNow().then(
        () => null,
        (error: unknown) => error as { code?: unknown },
      );
      expect(['connection-refused', 'offline']).toContain(failure?.code);
      expect(store.listMessages({ mailbox: 'inbox' })).toEqual(before.messages);
      expect(store.getSyncState('inbox')).toEqual(before.state);

      proxy.heal();
      const summary = await service.syncNow();
      expect(summary.inbox).toMatchObject({ fetched: 0, expunged: 0 });
      expect(await checkInvariant(store, truth, suite.server.messageIds, suite.server.shaById)).toEqual(
        cleanReport(MESSAGES),
      );
      suite.report(
        `refused (code ${String(failure?.code)}): server ${truth.uids.length}, stored ${store.listMessages({ mailbox: 'inbox' }).length}, duplicates 0, lost 0, refetched 0`,
      );
    } finally {
      await service.stop();
      await store.close();
      await proxy.close();
    }
  });
});

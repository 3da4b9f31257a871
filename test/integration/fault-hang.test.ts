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

// A peer that goes silent without closing (a dead NAT entry, a frozen server): without our own
// timeouts imapflow would wait 5 minutes. With a short one the sync must give up with 'timeout'
// and the next sync resume exactly. No timing is asserted: only that it returns, and how.

const MESSAGES = 600;
const BATCH = 100;
const timeouts = { socketMs: 1500, connectMs: 1500, greetingMs: 1500 };

interface HangCase {
  name: string;
  why: string;
  /** Hang now, or return a progress hook that hangs at the right moment. */
  arm: (proxy: FaultProxy) => (done: number) => void;
}

const hangAtProgress = (n: number) => (proxy: FaultProxy) => {
  let fired = false; // once: the resumed sync counts its progress from 0 again
  return (done: number) => {
    if (fired || done !== n * BATCH) return;
    fired = true;
    proxy.hang();
  };
};

const cases: HangCase[] = [
  {
    name: 'silent before the greeting',
    why: 'TCP connects but the server never speaks',
    arm: (proxy) => {
      proxy.hang();
      return () => undefined;
    },
  },
  // The first command after progress 0 is the SEARCH for large messages: imapflow resolves it with
  // `false` on a dead socket and ends later FETCHes with no rows, never with an error.
  { name: 'silent from the size SEARCH on', why: 'nothing durable yet', arm: hangAtProgress(0) },
  { name: 'silent after the 3rd batch', why: 'mid-mailbox', arm: hangAtProgress(3) },
];

// Generous per-test bound: on a loaded shared machine one case can pass 60 s (normally ~10 s).
describe('sync gives up on a hung socket and resumes', { timeout: 150_000 }, () => {
  const suite = useFaultSuite('fault-hang', MESSAGES);

  it.each(cases)('$name ($why): fails with timeout, then resyncs exactly', async ({ name, arm }) => {
    const truth = await readServerInbox(suite.server.dovecot);
    const proxy = await startFaultProxy(suite.server.dovecot.imapPort);
    const dataDir = await suite.dataDir();
    const { store } = await openStore(dataDir);
    const counters: SyncCounters = { downloads: [], writes: [] };
    const onDone = arm(proxy);
    const service = buildService({
      store,
      port: proxy.port,
      dovecot: suite.server.dovecot,
      batchSize: BATCH,
      timeouts,
      counters,
      onProgress: (p) => onDone(p.done),
    });
    try {
      await expect(service.syncNow()).rejects.toMatchObject({ code: 'timeout' });
      expect(service.status).toMatchObject({ state: 'offline', error: { code: 'timeout' } });
      const afterFault = store.listMessages({ mailbox: 'inbox' });
      expect(isPrefix(afterFault, truth)).toBe(true);
      expect(afterFault.length % BATCH).toBe(0);

      proxy.heal();
      const summary = await service.syncNow();
      expect(summary.inbox?.fetched).toBe(MESSAGES - afterFault.length);
      expect(await checkInvariant(store, truth, suite.server.messageIds, suite.server.shaById)).toEqual(
        cleanReport(MESSAGES),
      );
      const refetched = repeats(counters.downloads);
      expect(refetched).toBeLessThanOrEqual(BATCH);
      expect(repeats(counters.writes)).toBe(0);
      suite.report(
        `${name}: server ${truth.uids.length}, stored after fault ${afterFault.length}, ` +
          `stored after recovery ${store.listMessages({ mailbox: 'inbox' }).length}, duplicates 0, lost 0, ` +
          `refetched ${refetched}, rewritten 0`,
      );
    } finally {
      await service.stop();
      await store.close();
      await proxy.close();
    }
  });
});

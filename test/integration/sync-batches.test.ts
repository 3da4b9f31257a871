import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectImap } from '../../electron/core/mail/imap-client.js';
import { syncMailbox, type SyncProgress } from '../../electron/core/mail/mailbox-sync.js';
import { ThreadKeeper } from '../../electron/core/mail/thread-keeper.js';
import { openStore } from '../../electron/core/store/index.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { storedMessages, tempDataDir } from '../support/sync-harness.js';
import { rm } from 'node:fs/promises';

/*
 * FETCH batches are bounded by bytes as well as by count, against a real Dovecot: a mailbox of
 * photo attachments must not be held in memory 500 messages at a time. The batch boundaries
 * show in the progress events, one per durable batch.
 */

const KIB = 1024;
const BIG_BODY = 120_000; // RFC822.SIZE ~117.5 KiB: over the 32 KiB small bound, two fit in 256 KiB

function mail(n: number, body: string): Buffer {
  return Buffer.from(
    [
      'From: Buyer <t969vz2jn3bdsy7@marketplace.amazon.com>',
      'To: shop@example.com',
      `Subject: message ${n}`,
      `Message-ID: <m${n}@buyer.example>`,
      'Date: Tue, 02 Jan 2024 10:00:00 +0900',
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

// UIDs 1-3 small, 4-8 big, 9-10 small.
const SIZES = ['s', 's', 's', 'b', 'b', 'b', 'b', 'b', 's', 's'] as const;
const line = 'x'.repeat(998);
const bigBody = Array.from({ length: Math.ceil(BIG_BODY / 1000) }, () => line).join('\r\n');
const SEED = SIZES.map((kind, i) => ({ raw: mail(i + 1, kind === 'b' ? bigBody : `short ${i + 1}`) }));

describe('sync batches by count and by bytes (real Dovecot)', () => {
  let dovecot: DovecotInstance;

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir('seller', 'INBOX', SEED);
  });
  afterAll(async () => {
    await dovecot?.stop();
  });

  it.each([
    {
      why: 'bytes: small ones count 32 KiB, big ones their size, 256 KiB per batch',
      batchSize: 500,
      batchBytes: 256 * KIB,
      done: [4, 6, 8, 10],
    },
    { why: 'count alone when bytes allow', batchSize: 3, batchBytes: 16 * 1024 * KIB, done: [3, 6, 9, 10] },
    {
      why: 'both: count cuts the small run, bytes the big one',
      batchSize: 2,
      batchBytes: 200 * KIB,
      done: [2, 4, 5, 6, 7, 9, 10],
    },
    {
      why: 'a limit below one message: each goes alone',
      batchSize: 500,
      batchBytes: 1,
      done: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    },
  ])('$why', async ({ batchSize, batchBytes, done }) => {
    const dataDir = await tempDataDir();
    const { store } = await openStore(dataDir);
    const client = await connectImap({
      server: { host: dovecot.host, port: dovecot.imapsPort, tls: 'implicit', user: 'seller', caFile: null },
      password: dovecot.user('seller').password,
      caPem: dovecot.caPem,
    });
    const progress: SyncProgress[] = [];
    try {
      const threads = new ThreadKeeper(store);
      const result = await syncMailbox({
        client,
        store,
        role: 'inbox',
        path: 'INBOX',
        assignThread: threads.assign,
        commitThreads: () => threads.commit(),
        now: () => new Date(),
        onProgress: (p) => progress.push(p),
        batchSize,
        batchBytes,
      });
      const stored = storedMessages(store, 'inbox');
      expect({
        fetched: result.fetched,
        done: progress.map((p) => p.done).filter((n) => n > 0),
        uids: stored.map((m) => m.uid).sort((a, b) => a - b),
        bigOnes: stored
          .filter((m) => m.size > 32 * KIB)
          .map((m) => m.uid)
          .sort((a, b) => a - b),
      }).toEqual({ fetched: 10, done, uids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], bigOnes: [4, 5, 6, 7, 8] });
    } finally {
      await client.logout();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

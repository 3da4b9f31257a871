import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, withImapClient, type DovecotInstance } from '../support/dovecot.js';
import { waitUntil } from '../support/net-wait.js';
import { openSyncHarness, storedMessages, waitFor, type SyncHarness } from '../support/sync-harness.js';

/*
 * Live mode: after start() the service holds INBOX open in IDLE, so mail that another client
 * adds appears in the store by itself, without anyone calling syncNow(). The waits below are
 * waits for a condition (up to 5 s), never timed assertions.
 */

const mail = (n: number): Buffer =>
  Buffer.from(
    `From: <t969vz2jn3bdsy7@marketplace.amazon.com>\r\nSubject: live ${n}\r\nMessage-ID: <live${n}@x>\r\n\r\nBody ${n}.\r\n`,
  );

describe('live sync (IDLE) against a real Dovecot', () => {
  let dovecot: DovecotInstance;
  let h: SyncHarness;
  const subjects = (): string[] => storedMessages(h.store, 'inbox', false).map((m) => m.subject);

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir('seller', 'INBOX', [{ raw: mail(1) }]);
    h = await openSyncHarness(dovecot, { user: 'seller' });
  });
  afterAll(async () => {
    try {
      await h?.dispose();
    } finally {
      await dovecot?.stop();
    }
  });

  it('start() syncs what is there and reaches the connected state', async () => {
    h.service.start();
    // The first sync also starts the parse worker: allow for a loaded machine.
    await waitFor(() => h.service.status.state === 'connected', 30_000);
    expect(h.service.status.state).toBe('connected');
    expect(subjects()).toEqual(['live 1']);
  });

  it('a message appended by another client appears without syncNow()', async () => {
    await dovecot.append('seller', 'INBOX', mail(2));
    await waitUntil(() => subjects().length === 2);
    expect(subjects()).toEqual(['live 1', 'live 2']);
  });

  it('a flag set by another client is mirrored, and an expunge is marked, while idling', async () => {
    await withImapClient(dovecot.imapOptions('seller'), async (client) => {
      const lock = await client.getMailboxLock('INBOX');
      try {
        await client.messageFlagsAdd('2', ['\\Flagged'], { uid: true });
        await client.messageDelete('1', { uid: true });
      } finally {
        lock.release();
      }
    });
    const byUid = (uid: number) => storedMessages(h.store, 'inbox').find((m) => m.uid === uid);
    await waitUntil(() => byUid(2)?.flags.includes('\\Flagged') === true && byUid(1)?.expungedAt !== null);
    expect(byUid(2)?.flags).toEqual(['\\Flagged']);
    expect(byUid(1)?.expungedAt).not.toBeNull();
  });

  it('stop() leaves the service idle and a later append is not fetched', async () => {
    await h.service.stop();
    expect(h.service.status.state).toBe('idle');
    await dovecot.append('seller', 'INBOX', mail(3));
    // A stopped service must not reconnect on its own: the store stays as it was.
    expect(subjects()).toEqual(['live 2']);
    const summary = await h.syncNow();
    expect(summary.inbox?.fetched).toBe(1);
    expect(subjects()).toEqual(['live 2', 'live 3']);
  });
});

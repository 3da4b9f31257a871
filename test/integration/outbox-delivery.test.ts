import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItemView } from '../../shared/api/schemas/outbox.js';
import type { CollisionHook } from '../../electron/core/outbox/outbox-worker.js';
import { startSmtp } from '../support/smtp-server.js';
import {
  SHOP,
  buildReply,
  countDelivery,
  flagsOnServer,
  openTestOutbox,
  printLedger,
  seedOriginal,
  startOutboxServers,
  waitForItem,
  type DeliveryCount,
  type OutboxServers,
  type TestOutbox,
} from '../support/outbox-harness.js';

// Issue 5 outbox against real servers: every case ends by counting, per Message-ID, what the
// buyer received and what the shop's Sent holds. Target: exactly one of each, nothing lost.

const ledger: DeliveryCount[] = [];
const isSent = (i: OutboxItemView | undefined) => i?.state === 'sent';

describe('outbox delivery through real SMTP and IMAP', { timeout: 60_000 }, () => {
  let servers: OutboxServers;

  beforeAll(async () => {
    servers = await startOutboxServers();
  });
  afterAll(async () => {
    printLedger('outbox-delivery exactly-once ledger', ledger);
    await servers?.stop();
  });

  /** Sends one reply through a fresh outbox, lets `during` interfere, waits for `sent`, counts. */
  async function run(
    name: string,
    options: {
      smtp?: OutboxServers['smtp'];
      beforeEnqueue?: () => Promise<void>;
      during?: (t: TestOutbox, id: string) => Promise<void>;
    } & Parameters<typeof openTestOutbox>[1] = {},
  ) {
    const target = options.smtp ? { ...servers, smtp: options.smtp } : servers;
    const original = await seedOriginal(servers.dovecot, name.replace(/\W+/g, '-'));
    const t = await openTestOutbox(target, options);
    const reply = buildReply(name.replace(/\W+/g, '-'), original);
    await options.beforeEnqueue?.();
    const queued = await t.outbox.enqueue(reply);
    await options.during?.(t, queued.id);
    const item = await waitForItem(t.outbox, queued.id, isSent);
    await t.outbox.close();
    const row = await countDelivery(target, name, reply.messageId, item !== undefined);
    ledger.push(row);
    return { item, row, t, original, reply };
  }

  it('happy path: delivered once, filed in Sent once by us, original \\Answered on the server', async () => {
    const { item, row, t, original } = await run('happy path');
    expect(item).toMatchObject({ state: 'sent', attempts: 1, problem: null });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
    expect(t.answered).toEqual([[original]]);
    expect(await flagsOnServer(servers.dovecot, original)).toContain('\\Answered');
  });

  it('a server that files its own Sent copy (Gmail-like) gets no second copy from us', async () => {
    const smtp = await startSmtp({
      users: [SHOP],
      lmtp: { host: servers.dovecot.host, port: servers.dovecot.lmtpPort ?? 0 },
      savesSent: { imap: () => servers.dovecot.imapOptions(SHOP.user), mailbox: 'Sent' },
    });
    try {
      const { row } = await run('saves sent', { smtp });
      expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
    } finally {
      await smtp.stop();
    }
  });

  it('4xx then success: retried after backoff, delivered once', async () => {
    servers.smtp.failNext(1, 451);
    const { item, row } = await run('4xx then success');
    expect(item).toMatchObject({ state: 'sent', attempts: 2 });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('5xx: failed and kept with the server words; sent once after the user retries', async () => {
    servers.smtp.failNext(1, 554, 'Message refused by policy');
    const { row } = await run('5xx then retry', {
      during: async (t, id) => {
        const failed = await waitForItem(t.outbox, id, (i) => i?.state === 'failed');
        expect(failed).toMatchObject({ state: 'failed', attempts: 1, problem: { code: 'rejected' } });
        expect(failed?.problem?.detail).toContain('Message refused by policy');
        await t.outbox.retry(id);
      },
    });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('auth failure: failed "auth" and nothing sent; sent once after the password is fixed', async () => {
    let password = 'wrong-password';
    const { row, item } = await run('auth failure', {
      smtpPassword: () => password,
      during: async (t, id) => {
        const failed = await waitForItem(t.outbox, id, (i) => i?.state === 'failed');
        expect(failed).toMatchObject({ state: 'failed', problem: { code: 'auth' } });
        password = SHOP.password;
        await t.outbox.retry(id);
      },
    });
    expect(item?.state).toBe('sent');
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('connection cut during DATA: checked in Sent, then resent, delivered once', async () => {
    servers.smtp.cutNext(1);
    const { item, row } = await run('cut during DATA');
    expect(item).toMatchObject({ state: 'sent', attempts: 2 });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('Dovecot down during the Sent check: no send until it is back, then exactly once', async () => {
    const before = servers.smtp.messages.length;
    let waited: OutboxItemView | undefined;
    const { row } = await run('dovecot down during check', {
      beforeEnqueue: async () => {
        servers.smtp.cutNext(1);
        await servers.dovecot.kill();
      },
      during: async (t, id) => {
        // Several check attempts at the test backoff (50-400 ms) happen in this second.
        waited = await waitForItem(t.outbox, id, () => false, 1500);
        expect(servers.smtp.messages.length).toBe(before);
        await servers.dovecot.restart();
      },
    });
    expect(waited).toMatchObject({ state: 'checking', attempts: 1, problem: { code: 'offline' } });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('offline: waits queued with "offline", sends once when the sync reports connected', async () => {
    let offline = true;
    const before = servers.smtp.messages.length;
    let waiting: OutboxItemView | undefined;
    const { row, item } = await run('offline then online', {
      isOffline: () => offline,
      // A minute of backoff: only the sync's "connected" can wake the item within the wait.
      retryPolicy: { baseMs: 60_000, capMs: 60_000, jitter: 0 },
      during: async (t, id) => {
        waiting = await waitForItem(t.outbox, id, (i) => i?.problem?.code === 'offline');
        expect(servers.smtp.messages.length).toBe(before);
        offline = false;
        const status = { lastSyncedAt: null, error: null, progress: null };
        t.bus.emit('sync:status-changed', { ...status, state: 'offline' });
        t.bus.emit('sync:status-changed', { ...status, state: 'connected' });
      },
    });
    expect(waiting).toMatchObject({ state: 'queued', attempts: 0 });
    expect(item).toMatchObject({ state: 'sent', attempts: 1 });
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('collision hold: held without sending; send-anyway skips the check and sends once', async () => {
    const calls: string[] = [];
    const beforeSend: CollisionHook = async (item) => {
      calls.push(item.id);
      return { hold: true, code: 'answered-elsewhere', messageIds: ['other-reply'] };
    };
    const before = servers.smtp.messages.length;
    const { row } = await run('collision hold', {
      beforeSend,
      during: async (t, id) => {
        const held = await waitForItem(t.outbox, id, (i) => i?.state === 'held');
        expect(held).toMatchObject({
          state: 'held',
          attempts: 0,
          problem: { code: 'answered-elsewhere', messageIds: ['other-reply'] },
        });
        expect(servers.smtp.messages.length).toBe(before);
        await t.outbox.sendAnyway(id);
      },
    });
    expect(calls).toHaveLength(1);
    expect(row).toMatchObject({ toBuyer: 1, inSent: 1, lost: 0 });
  });

  it('an untrusted SMTP certificate: failed, nothing sent, the reply kept', async () => {
    const original = await seedOriginal(servers.dovecot, 'untrusted-cert');
    const t = await openTestOutbox(servers, { smtpCaPem: null });
    const reply = buildReply('untrusted-cert', original);
    const queued = await t.outbox.enqueue(reply);
    const item = await waitForItem(t.outbox, queued.id, (i) => i?.state === 'failed');
    await t.outbox.close();
    const row = await countDelivery(servers, 'untrusted certificate (kept, not sent)', reply.messageId, true);
    ledger.push(row);
    expect(item).toMatchObject({ state: 'failed', problem: { code: 'unknown' } });
    expect(item?.problem?.detail).toMatch(/certificate/i);
    expect(row).toMatchObject({ toBuyer: 0, inSent: 0, lost: 0 });
  });
});

import { connect } from 'node:net';
import { ImapFlow } from 'imapflow';
import type { ImapFlowOptions } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, withImapClient } from '../support/dovecot.js';
import type { DovecotInstance, SeedMessage } from '../support/dovecot.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import type { FaultProxy } from '../support/fault-proxy.js';
import { waitUntil } from '../support/net-wait.js';
import { startSmtp } from '../support/smtp-server.js';
import type { TestSmtpServer } from '../support/smtp-server.js';

// Proves the harness itself: if these fail, every real-server test after them is meaningless.

const USERS = [
  { user: 'seller', password: 'seller-pass' },
  { user: 'buyer', password: 'buyer-pass' },
];

const mail = (subject: string, body = 'Hello.'): Buffer =>
  Buffer.from(`From: buyer@example.com\nTo: seller@example.com\nSubject: ${subject}\n\n${body}\n`);

const SEEDED: ReadonlyArray<SeedMessage & { subject: string; expectedFlags: string[] }> = [
  // Dates run backwards on purpose: UIDs must follow seed order, not dates.
  { subject: 'one', raw: mail('one'), internalDate: new Date('2024-03-03T10:00:00Z'), expectedFlags: [] },
  {
    subject: 'two',
    raw: mail('two'),
    flags: '\\Seen $Important',
    internalDate: new Date('2024-02-02T09:30:00Z'),
    expectedFlags: ['$Important', '\\Seen'],
  },
  {
    subject: 'three',
    raw: mail('three'),
    flags: 'FRS',
    internalDate: new Date('2023-12-31T23:59:59Z'),
    expectedFlags: ['\\Answered', '\\Flagged', '\\Seen'],
  },
];

describe('real-server test harness', () => {
  let dovecot: DovecotInstance;

  beforeAll(async () => {
    dovecot = await startDovecot({ users: USERS, lmtp: true });
    await dovecot.seedMaildir('seller', 'INBOX', SEEDED);
    await dovecot.seedMaildir('seller', 'Big', [{ raw: mail('big', 'x'.repeat(200 * 1024)) }]);
  });
  afterAll(async () => {
    await dovecot?.stop();
  });

  it.each([
    { mode: 'starttls' as const, why: 'plain port upgraded with STARTTLS, certificate verified' },
    { mode: 'tls' as const, why: 'implicit TLS port, certificate verified' },
  ])('logs in over $mode ($why)', async ({ mode }) => {
    const result = await withImapClient(dovecot.imapOptions('seller', mode), async (client) => ({
      authenticated: Boolean(client.authenticated),
      secure: client.secureConnection,
    }));
    expect(result).toEqual({ authenticated: true, secure: true });
  });

  it.each([
    {
      name: 'a wrong password',
      options: (d: DovecotInstance) => ({
        ...d.imapOptions('seller'),
        auth: { user: 'seller', pass: 'nope' },
      }),
      expected: { authenticationFailed: true },
    },
    {
      name: 'an unknown user',
      options: (d: DovecotInstance) => ({ ...d.imapOptions('seller'), auth: { user: 'ghost', pass: 'x' } }),
      expected: { authenticationFailed: true },
    },
    {
      name: 'an untrusted certificate over STARTTLS',
      options: (d: DovecotInstance) => ({ ...d.imapOptions('seller', 'starttls'), tls: {} }),
      expected: { code: expect.stringMatching(/SELF_SIGNED/) },
    },
    {
      name: 'an untrusted certificate over implicit TLS',
      options: (d: DovecotInstance) => ({ ...d.imapOptions('seller', 'tls'), tls: {} }),
      expected: { code: expect.stringMatching(/SELF_SIGNED/) },
    },
  ])('rejects $name', async ({ options, expected }) => {
    const client = new ImapFlow(options(dovecot));
    client.on('error', () => undefined);
    await expect(client.connect()).rejects.toMatchObject(expected);
    client.close();
  });

  it('shows seeded messages in seed order with their internal dates and flags', async () => {
    const rows = await withImapClient(dovecot.imapOptions('seller'), async (client) => {
      const box = await client.mailboxOpen('INBOX');
      const fetched = [];
      for await (const m of client.fetch('1:*', {
        uid: true,
        envelope: true,
        internalDate: true,
        flags: true,
      })) {
        fetched.push({
          subject: m.envelope?.subject,
          internalDate: m.internalDate instanceof Date ? m.internalDate.toISOString() : m.internalDate,
          flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort(),
        });
      }
      return { exists: box.exists, fetched };
    });
    expect(rows).toEqual({
      exists: SEEDED.length,
      fetched: SEEDED.map((s) => ({
        subject: s.subject,
        internalDate: s.internalDate?.toISOString(),
        flags: s.expectedFlags,
      })),
    });
  });

  it('advertises the mailboxes and capabilities the sync engine relies on; append() fills Sent', async () => {
    await dovecot.append('seller', 'Sent', mail('sent copy'), ['\\Seen']);
    const seen = await withImapClient(dovecot.imapOptions('seller'), async (client) => ({
      sent: await client.status('Sent', { messages: true }).then((s) => s && s.messages),
      boxes: Object.fromEntries((await client.list()).map((b) => [b.path, b.specialUse ?? null])),
      caps: ['CONDSTORE', 'QRESYNC', 'IDLE', 'UIDPLUS'].filter((c) => client.capabilities.has(c)),
    }));
    expect(seen).toEqual({
      sent: 1,
      boxes: {
        INBOX: '\\Inbox',
        Sent: '\\Sent',
        Drafts: '\\Drafts',
        Trash: '\\Trash',
        Junk: '\\Junk',
        Big: null,
      },
      caps: ['CONDSTORE', 'QRESYNC', 'IDLE', 'UIDPLUS'],
    });
  });

  describe('fault proxy', () => {
    let proxy: FaultProxy;
    const viaProxy = (): ImapFlowOptions => ({ ...dovecot.imapOptions('seller', 'tls'), port: proxy.port });
    const fetchBig = (client: ImapFlow): Promise<number> =>
      client.mailboxOpen('Big').then(async () => {
        const m = await client.fetchOne('1', { source: true });
        return m ? (m.source?.length ?? 0) : 0;
      });

    beforeAll(async () => {
      proxy = await startFaultProxy(dovecot.imapsPort);
    });
    afterAll(async () => {
      await proxy?.close();
    });

    it('forwards TLS transparently (the certificate names 127.0.0.1), also with latency', async () => {
      proxy.addLatency(20);
      const size = await withImapClient(viaProxy(), fetchBig);
      proxy.heal();
      expect(size).toBeGreaterThan(200 * 1024);
    });

    // A lower bound only: a paced link can never deliver sooner, however fast the machine.
    it.each([
      { bytesPerSecond: 800 * 1024, latency: 0 },
      { bytesPerSecond: 2 * 1024 * 1024, latency: 50 },
    ])(
      'paces a fetch to limitRate($bytesPerSecond) with latency $latency ms, bytes intact',
      async ({ bytesPerSecond, latency }) => {
        proxy.limitRate(bytesPerSecond);
        proxy.addLatency(latency);
        const { size, ms } = await withImapClient(viaProxy(), async (client) => {
          await client.mailboxOpen('Big');
          const started = performance.now();
          const m = await client.fetchOne('1', { source: true });
          return { size: m ? (m.source?.length ?? 0) : 0, ms: performance.now() - started };
        });
        proxy.heal();
        expect(size).toBeGreaterThan(200 * 1024);
        expect(ms).toBeGreaterThanOrEqual((size * 1000) / bytesPerSecond + latency);
      },
    );

    it.each([
      { fault: 'cutAfterBytes(2000)', inject: (p: FaultProxy) => p.cutAfterBytes(2000) },
      { fault: 'dropAll()', inject: (p: FaultProxy) => p.dropAll() },
    ])('makes a fetch on an open session fail after $fault', async ({ inject }) => {
      const client = new ImapFlow(viaProxy());
      client.on('error', () => undefined);
      await client.connect();
      inject(proxy);
      await expect(fetchBig(client)).rejects.toThrow();
      proxy.heal();
      client.close();
      expect(await withImapClient(viaProxy(), fetchBig)).toBeGreaterThan(200 * 1024);
    });

    it('refuses new connections after refuse() and accepts them again after heal()', async () => {
      const before = proxy.totalConnections;
      proxy.refuse();
      const client = new ImapFlow(viaProxy());
      client.on('error', () => undefined);
      await expect(client.connect()).rejects.toThrow();
      proxy.heal();
      await withImapClient(viaProxy(), async () => undefined);
      expect(proxy.totalConnections - before).toBe(1);
    });

    it('holds traffic silently while hung and delivers it after heal()', async () => {
      const plain = await startFaultProxy(dovecot.imapPort);
      const socket = connect(plain.port, '127.0.0.1');
      let received = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
      await waitUntil(() => received.includes('\r\n'));
      plain.hang();
      socket.write('a1 NOOP\r\n');
      await waitUntil(() => plain.heldBytes > 0 && !received.includes('a1 '));
      const whileHung = { held: plain.heldBytes > 0, answered: received.includes('a1 OK') };
      plain.heal();
      await waitUntil(() => received.includes('a1 OK'));
      socket.destroy();
      await plain.close();
      expect({ whileHung, afterHeal: received.includes('a1 OK') }).toEqual({
        whileHung: { held: true, answered: false },
        afterHeal: true,
      });
    });
  });

  describe('SMTP submission with LMTP delivery', () => {
    let smtp: TestSmtpServer;
    beforeAll(async () => {
      smtp = await startSmtp({ users: USERS, lmtp: { host: dovecot.host, port: dovecot.lmtpPort ?? 0 } });
    });
    afterAll(async () => {
      await smtp?.stop();
    });
    const send = (subject: string, pass = 'seller-pass') =>
      nodemailer
        .createTransport({
          host: '127.0.0.1',
          port: smtp.port,
          requireTLS: true,
          auth: { user: 'seller', pass },
          tls: { ca: [dovecot.caPem] },
        })
        .sendMail({ from: 'seller@example.com', to: 'buyer@example.com', subject, text: 'Thanks!' });

    it.each([
      { name: 'wrong password', arrange: () => undefined, pass: 'nope', expected: { responseCode: 535 } },
      {
        name: 'temporary failure',
        arrange: () => smtp.failNext(1, 451),
        pass: undefined,
        expected: { responseCode: 451 },
      },
      {
        name: 'permanent failure',
        arrange: () => smtp.failNext(1, 554),
        pass: undefined,
        expected: { responseCode: 554 },
      },
      {
        name: 'cut during DATA',
        arrange: () => smtp.cutNext(),
        pass: undefined,
        expected: { code: 'ECONNECTION' },
      },
    ])('reports $name to the client and keeps nothing', async ({ arrange, pass, expected }) => {
      const before = smtp.messages.length;
      arrange();
      await expect(send('rejected', pass)).rejects.toMatchObject(expected);
      expect(smtp.messages.length).toBe(before);
    });

    it('accepts authenticated mail and delivers it into the recipient INBOX over LMTP', async () => {
      await send('Your order 503-1234567-1234567');
      const subjects = await withImapClient(dovecot.imapOptions('buyer'), async (client) => {
        await client.mailboxOpen('INBOX');
        const list: string[] = [];
        for await (const m of client.fetch('1:*', { envelope: true })) list.push(m.envelope?.subject ?? '');
        return list;
      });
      expect({
        subjects,
        recorded: smtp.messages.at(-1)?.deliveredTo,
        user: smtp.messages.at(-1)?.user,
      }).toEqual({
        subjects: ['Your order 503-1234567-1234567'],
        recorded: ['buyer@example.com'],
        user: 'seller',
      });
    });
  });

  it('comes back on the same port with the same mail after kill() and restart()', async () => {
    const count = (): Promise<number> =>
      withImapClient(
        dovecot.imapOptions('seller'),
        async (client) => (await client.mailboxOpen('INBOX')).exists,
      );
    const before = await count();
    await dovecot.kill();
    const down = await count().then(
      () => 'up',
      () => 'down',
    );
    await dovecot.restart();
    expect({ down, after: await count(), running: dovecot.running }).toEqual({
      down: 'down',
      after: before,
      running: true,
    });
  });
});

import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store/index.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { ORDER_ID, bWord } from '../support/mime-fixtures.js';
import { freePorts } from '../support/net-wait.js';
import {
  PASSWORD_VAR,
  cliSyncArgs,
  jsonLines,
  runCliCaptured,
  runCliProcess,
  tempDataDir,
  type CliRun,
} from '../support/sync-harness.js';

/*
 * The CLI is an interface scripts rely on (issue 2, item 8): one JSON line on stdout for sync,
 * one JSON object per message for `messages`, clear words on stderr, stable exit statuses.
 */

const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.com';
const crlf = (lines: string[]): Buffer => Buffer.from(`${lines.join('\r\n')}\r\n`);

const buyerMail = crlf([
  `From: ${bWord('山田 太郎', 'utf-8')} <${BUYER}>`,
  'To: Shop <shop@example.com>',
  `Subject: ${bWord('返品について', 'utf-8')}`,
  'Message-ID: <cli-1@marketplace.amazon.com>',
  'Date: Tue, 02 Jan 2024 10:00:00 +0900',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from(`注文番号 ${ORDER_ID} を返品したいです。`).toString('base64'),
  '--b',
  'Content-Type: application/pdf; name="receipt.pdf"',
  'Content-Disposition: attachment; filename="receipt.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.alloc(300, 0x25).toString('base64'),
  '--b--',
]);
const noticeMail = crlf([
  'From: Amazon.co.jp <auto-confirm@amazon.co.jp>',
  'To: shop@example.com',
  'Subject: Your Amazon.co.jp order confirmation',
  'Message-ID: <cli-2@amazon.co.jp>',
  'Date: Tue, 02 Jan 2024 11:00:00 +0900',
  '',
  `Order ${ORDER_ID} confirmed.`,
]);
const sentMail = crlf([
  'From: Shop <shop@example.com>',
  `To: <${BUYER}>`,
  `Subject: ${bWord('Re: 返品について', 'utf-8')}`,
  'Message-ID: <cli-3@shop.example>',
  'In-Reply-To: <cli-1@marketplace.amazon.com>',
  'Date: Tue, 02 Jan 2024 12:00:00 +0900',
  '',
  'Return accepted.',
]);

const env = (d: DovecotInstance, user = 'seller') => ({ [PASSWORD_VAR]: d.user(user).password });

describe('cli sync and messages against a real Dovecot', () => {
  let dovecot: DovecotInstance;
  const dirs: string[] = [];
  const freshDir = async (): Promise<string> => {
    const dir = await tempDataDir();
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir('seller', 'INBOX', [
      { raw: buyerMail, flags: '\\Seen \\Flagged' },
      { raw: noticeMail },
    ]);
    await dovecot.seedMaildir('seller', 'Sent', [{ raw: sentMail, flags: '\\Seen' }]);
  });
  afterAll(async () => {
    try {
      await dovecot?.stop();
    } finally {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    }
  });

  describe('sync succeeds', () => {
    let dir = '';
    let first: CliRun;
    beforeAll(async () => {
      dir = await freshDir();
      first = await runCliCaptured(cliSyncArgs(dovecot, 'seller', dir), env(dovecot));
    });

    it('prints exactly one JSON summary line with ok and counts; progress goes to stderr', () => {
      expect(first.code).toBe(0);
      expect(first.stdout).toHaveLength(1);
      expect(jsonLines(first)[0]).toMatchObject({
        ok: true,
        inbox: { role: 'inbox', plan: 'initial', fetched: 2, updated: 0, expunged: 0 },
        sent: { role: 'sent', plan: 'initial', fetched: 1, updated: 0, expunged: 0 },
        messages: 3,
        durationMs: expect.any(Number),
      });
      expect(first.stderr).toEqual(expect.arrayContaining(['inbox: 2/2', 'sent: 1/1']));
    });

    it('a second sync fetches nothing and says so', async () => {
      const again = await runCliCaptured(cliSyncArgs(dovecot, 'seller', dir), env(dovecot));
      expect(again.code).toBe(0);
      expect(jsonLines(again)).toEqual([
        expect.objectContaining({
          ok: true,
          inbox: expect.objectContaining({ plan: 'up-to-date', fetched: 0 }),
          sent: expect.objectContaining({ plan: 'up-to-date', fetched: 0 }),
          messages: 3,
        }),
      ]);
    });

    it('messages prints one JSON object per message with the documented fields', async () => {
      const run = await runCliCaptured(['messages', '--data-dir', dir]);
      expect(run.code).toBe(0);
      const lines = jsonLines(run);
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        for (const field of [
          'id',
          'mailbox',
          'uid',
          'messageId',
          'date',
          'from',
          'to',
          'subject',
          'text',
          'language',
          'orderIds',
          'buyer',
          'isAutomated',
          'attachments',
          'flags',
        ])
          expect(line, `${String(line.id)} lacks ${field}`).toHaveProperty(field);
      }
      const [buyer, notice, sent] = lines;
      expect(buyer).toMatchObject({
        id: expect.stringMatching(/^inbox:\d+:1$/),
        mailbox: 'inbox',
        uid: 1,
        messageId: 'cli-1@marketplace.amazon.com',
        date: '2024-01-02T01:00:00.000Z',
        from: { name: '山田 太郎', address: BUYER },
        to: [{ name: 'Shop', address: 'shop@example.com' }],
        subject: '返品について',
        text: expect.stringContaining(`注文番号 ${ORDER_ID} を返品したいです。`),
        language: 'ja',
        orderIds: [ORDER_ID],
        buyer: { address: BUYER, name: '山田 太郎' },
        isAutomated: false,
        attachments: [{ filename: 'receipt.pdf', contentType: 'application/pdf', size: 300 }],
        flags: ['\\Flagged', '\\Seen'],
      });
      expect(notice).toMatchObject({ mailbox: 'inbox', uid: 2, isAutomated: true, buyer: null, flags: [] });
      expect(sent).toMatchObject({
        mailbox: 'sent',
        uid: 1,
        subject: 'Re: 返品について',
        buyer: { address: BUYER },
        threadId: buyer?.threadId,
      });
    });
  });

  it('runs as the npm script does: `tsx electron/cli/index.ts` in a child process (implicit TLS)', async () => {
    const dir = await freshDir();
    const run = await runCliProcess(cliSyncArgs(dovecot, 'seller', dir, { tls: 'implicit' }), env(dovecot));
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(1);
    expect(jsonLines(run)[0]).toMatchObject({ ok: true, messages: 3 });
  });

  it('--tls none works to 127.0.0.1 on the plain port (Dovecot allows plaintext on loopback)', async () => {
    const dir = await freshDir();
    const run = await runCliCaptured(
      cliSyncArgs(dovecot, 'seller', dir, { tls: 'none', ca: false }),
      env(dovecot),
    );
    expect(run.code).toBe(0);
    expect(jsonLines(run)[0]).toMatchObject({ ok: true, messages: 3 });
  });

  interface Failure {
    name: string;
    argv: (d: DovecotInstance, dir: string, closedPort: number) => string[];
    env?: (d: DovecotInstance) => NodeJS.ProcessEnv;
    exit: number;
    /** The error code in the JSON line; null: a usage error prints nothing on stdout. */
    code: string | null;
    stderr: RegExp;
  }

  const failures: Failure[] = [
    {
      name: 'wrong password',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir),
      env: () => ({ [PASSWORD_VAR]: 'not-the-password' }),
      exit: 1,
      code: 'auth-failed',
      stderr: /login failed.*password/i,
    },
    {
      name: 'self-signed certificate without --ca (STARTTLS)',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir, { ca: false }),
      exit: 1,
      code: 'tls-certificate',
      stderr: /certificate is not trusted/i,
    },
    {
      name: 'self-signed certificate without --ca (implicit TLS)',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir, { tls: 'implicit', ca: false }),
      exit: 1,
      code: 'tls-certificate',
      stderr: /certificate is not trusted/i,
    },
    {
      name: 'nothing listening on the port',
      argv: (d, dir, closedPort) => cliSyncArgs(d, 'seller', dir, { port: closedPort }),
      exit: 1,
      code: 'connection-refused',
      stderr: /ECONNREFUSED/,
    },
    {
      name: '--tls none to a host that is not loopback (refused before any connection)',
      argv: (_d, dir) => [
        'sync',
        '--data-dir',
        dir,
        '--imap',
        'imap://seller@mail.example.com:143',
        '--tls',
        'none',
        '--password-env',
        PASSWORD_VAR,
      ],
      exit: 1,
      code: 'invalid-request',
      stderr: /plaintext-off-loopback/,
    },
    {
      name: 'missing --password-env',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir).slice(0, -2),
      exit: 64,
      code: null,
      stderr: /--password-env VAR/,
    },
    {
      name: 'password variable not set',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir),
      env: () => ({}),
      exit: 64,
      code: null,
      stderr: new RegExp(`${PASSWORD_VAR} is empty or not set`),
    },
    {
      name: 'bad --imap URL',
      argv: (_d, dir) => ['sync', '--data-dir', dir, '--imap', 'http://nope', '--password-env', PASSWORD_VAR],
      exit: 64,
      code: null,
      stderr: /--imap must look like imap:\/\/USER@HOST:PORT/,
    },
    {
      name: 'bad --tls mode',
      argv: (d, dir) => cliSyncArgs(d, 'seller', dir).map((a) => (a === 'starttls' ? 'ssl' : a)),
      exit: 64,
      code: null,
      stderr: /--tls must be one of/,
    },
    {
      name: 'missing --data-dir',
      argv: (d, dir) => ['sync', ...cliSyncArgs(d, 'seller', dir).slice(3)],
      exit: 64,
      code: null,
      stderr: /--data-dir DIR is required/,
    },
    {
      name: 'unknown option',
      argv: (d, dir) => [...cliSyncArgs(d, 'seller', dir), '--pasword', 'x'],
      exit: 64,
      code: null,
      stderr: /usage:/,
    },
  ];

  it.each(failures)('$name → exit $exit, code $code', async (failure) => {
    const dir = await freshDir();
    const [closedPort = 1] = await freePorts(1);
    const run = await runCliCaptured(
      failure.argv(dovecot, dir, closedPort),
      failure.env ? failure.env(dovecot) : env(dovecot),
    );
    expect(run.code).toBe(failure.exit);
    expect(run.stderr.join('\n')).toMatch(failure.stderr);
    if (failure.code === null) {
      expect(run.stdout).toEqual([]);
    } else {
      expect(jsonLines(run)).toEqual([
        { ok: false, error: { code: failure.code, message: expect.any(String) } },
      ]);
      // A failed sync must release the data dir: the store opens again in this same process.
      const { store } = await openStore(dir);
      await store.close();
    }
  });
});

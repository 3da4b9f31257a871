import { randomBytes } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailboxSyncResult } from '../../electron/core/mail/mailbox-sync.js';
import type { SyncSummary } from '../../electron/core/mail/sync-service.js';
import { startDovecot, withImapClient, type DovecotInstance } from '../support/dovecot.js';
import {
  doveadm,
  serverFlags,
  serverMailbox,
  storedMessages,
  withSyncHarness,
  type SyncHarness,
} from '../support/sync-harness.js';

/*
 * Incremental sync against a real Dovecot, one scenario per fresh mailbox user: seed, sync,
 * change the server behind the app's back, sync again, and compare the store with the server.
 */

const crlf = (lines: string[]): Buffer => Buffer.from(`${lines.join('\r\n')}\r\n`);

function mail(n: number, extra: string[] = [], messageId: string | null = `m${n}@buyer.example`): Buffer {
  return crlf([
    'From: Buyer <t969vz2jn3bdsy7@marketplace.amazon.com>',
    'To: shop@example.com',
    `Subject: message ${n}`,
    ...(messageId === null ? [] : [`Message-ID: <${messageId}>`]),
    `Date: Tue, 02 Jan 2024 10:0${n % 10}:00 +0900`,
    ...extra,
    '',
    `Body of message ${n}.`,
  ]);
}

const sent = (n: number): Buffer =>
  crlf([
    'From: Shop <shop@example.com>',
    `To: <a${n}bcdefghijklmn@marketplace.amazon.com>`,
    `Subject: Re: message ${n}`,
    `Message-ID: <s${n}@shop.example>`,
    'Date: Wed, 03 Jan 2024 09:00:00 +0900',
    '',
    `Reply ${n}.`,
  ]);

/** Header bytes no RFC allows: 8-bit junk, a lone ESC, a line with no colon, a broken encoded word. */
const garbage = Buffer.concat([
  Buffer.from('From: "'),
  Buffer.from([0xa4, 0xa2, 0xff, 0xfe]),
  Buffer.from('" <buyer@example.com>\r\nSubject: broken =?utf-8?B?!!!?= '),
  Buffer.from([0x80, 0x81, 0x1b, 0x24, 0x42, 0xff]),
  Buffer.from('\r\nThis header line has no colon at all\r\nX-Junk: '),
  Buffer.from([0x01, 0x02, 0x7f, 0xc3, 0x28]),
  Buffer.from('\r\nMessage-ID: <garbage@x>\r\n\r\nReadable body after garbage.\r\n'),
]);

const BIG_ATTACHMENT_BYTES = 22 * 1024 * 1024; // ~30 MB once base64-encoded
function bigMail(): Buffer {
  const payload = randomBytes(BIG_ATTACHMENT_BYTES).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.concat([
    crlf([
      'From: t969vz2jn3bdsy7@marketplace.amazon.com',
      'Subject: big video of the damage',
      'Message-ID: <big@buyer.example>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'See the attached video.',
      '--b',
      'Content-Type: video/mp4; name="damage.mp4"',
      'Content-Disposition: attachment; filename="damage.mp4"',
      'Content-Transfer-Encoding: base64',
      '',
    ]),
    Buffer.from(payload),
    Buffer.from('\r\n--b--\r\n'),
  ]);
}

interface Ctx {
  dovecot: DovecotInstance;
  user: string;
  h: SyncHarness;
  first: SyncSummary;
  second: SyncSummary;
}

interface Scenario {
  name: string;
  why: string;
  seed: (d: DovecotInstance, user: string) => Promise<void>;
  /** What happens on the server between the two syncs. */
  change?: (d: DovecotInstance, user: string) => Promise<void>;
  check: (ctx: Ctx) => Promise<void>;
}

const inboxOf = (s: SyncSummary): MailboxSyncResult => {
  if (!s.inbox) throw new Error('INBOX was not synced');
  return s.inbox;
};
const counts = (r: MailboxSyncResult | null) =>
  r && { plan: r.plan, fetched: r.fetched, updated: r.updated, expunged: r.expunged };

const seedInbox = (n: number) => (d: DovecotInstance, user: string) =>
  d.seedMaildir(
    user,
    'INBOX',
    Array.from({ length: n }, (_, i) => ({ raw: mail(i + 1) })),
  );

/** Acts on a folder as another client (a colleague, the marketplace) would. */
async function onServer(
  d: DovecotInstance,
  user: string,
  folder: string,
  act: (c: ImapFlow) => Promise<unknown>,
): Promise<void> {
  await withImapClient(d.imapOptions(user), async (client) => {
    const lock = await client.getMailboxLock(folder);
    try {
      await act(client);
    } finally {
      lock.release();
    }
  });
}

const scenarios: Scenario[] = [
  {
    name: 'initial sync',
    why: 'every message of INBOX and Sent arrives once, with progress up to the total',
    seed: async (d, user) => {
      await seedInbox(5)(d, user);
      await d.seedMaildir(user, 'Sent', [{ raw: sent(1) }, { raw: sent(2) }]);
    },
    check: async ({ h, first }) => {
      expect(counts(first.inbox)).toEqual({ plan: 'initial', fetched: 5, updated: 0, expunged: 0 });
      expect(counts(first.sent)).toEqual({ plan: 'initial', fetched: 2, updated: 0, expunged: 0 });
      expect(storedMessages(h.store, 'inbox').map((m) => m.subject)).toEqual(
        [1, 2, 3, 4, 5].map((n) => `message ${n}`),
      );
      expect(h.progress.filter((p) => p.mailbox === 'inbox').at(-1)).toEqual({
        mailbox: 'inbox',
        done: 5,
        total: 5,
      });
    },
  },
  {
    name: 'no-change resync',
    why: 'nothing changed on the server: nothing is fetched, the cheap path is taken',
    seed: seedInbox(3),
    check: async ({ h, second }) => {
      expect(counts(second.inbox)).toEqual({ plan: 'up-to-date', fetched: 0, updated: 0, expunged: 0 });
      expect(second.sent?.fetched).toBe(0);
      expect(h.store.messageCount).toBe(3);
    },
  },
  {
    name: 'new message appended',
    why: 'a new mail is fetched exactly once, then the mailbox is up to date again',
    seed: seedInbox(2),
    change: (d, user) => d.append(user, 'INBOX', mail(3)),
    check: async ({ h, second }) => {
      expect(counts(second.inbox)).toEqual({ plan: 'qresync', fetched: 1, updated: 0, expunged: 0 });
      const third = await h.syncNow();
      expect(counts(third.inbox)).toEqual({ plan: 'up-to-date', fetched: 0, updated: 0, expunged: 0 });
      expect(storedMessages(h.store, 'inbox').map((m) => m.uid)).toEqual([1, 2, 3]);
    },
  },
  {
    name: 'flag and keyword changed on the server',
    why: 'a colleague flags a mail: \\Flagged and $Important are mirrored via QRESYNC',
    seed: seedInbox(3),
    change: (d, user) =>
      onServer(d, user, 'INBOX', (c) => c.messageFlagsAdd('2', ['\\Flagged', '$Important'], { uid: true })),
    check: async ({ h, second }) => {
      expect(counts(second.inbox)).toEqual({ plan: 'qresync', fetched: 0, updated: 1, expunged: 0 });
      expect(storedMessages(h.store, 'inbox').map((m) => [m.uid, m.flags])).toEqual([
        [1, []],
        [2, ['$Important', '\\Flagged']],
        [3, []],
      ]);
    },
  },
  {
    name: 'expunged on the server',
    why: 'history matters in disputes: the local copy stays, marked expunged',
    seed: seedInbox(3),
    change: (d, user) => onServer(d, user, 'INBOX', (c) => c.messageDelete('2', { uid: true })),
    check: async ({ h, second }) => {
      expect(counts(second.inbox)).toEqual({ plan: 'qresync', fetched: 0, updated: 0, expunged: 1 });
      const all = storedMessages(h.store, 'inbox');
      expect(all.map((m) => [m.uid, m.expungedAt !== null])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
      expect(storedMessages(h.store, 'inbox', false).map((m) => m.uid)).toEqual([1, 3]);
      const body = await h.store.readBody(all[1]?.id ?? '');
      expect(body.text).toContain('Body of message 2.');
    },
  },
  {
    // doveadm sets a new UIDVALIDITY on the live mailbox (UIDs stay): the cleanest way to make
    // Dovecot announce one. Message 2 is expunged and message 4 added in the same "outage".
    name: 'UIDVALIDITY change on INBOX (doveadm mailbox update --uid-validity)',
    why: 'RFC 3501 2.3.1.1: all UIDs are void; re-seed by content, never duplicate',
    seed: seedInbox(3),
    change: async (d, user) => {
      await onServer(d, user, 'INBOX', (c) => c.messageDelete('2', { uid: true }));
      const before = await serverMailbox(d, user);
      await doveadm(d, [
        'mailbox',
        'update',
        '-u',
        user,
        '--uid-validity',
        String(Number(before.uidValidity) + 7),
        'INBOX',
      ]);
      await d.append(user, 'INBOX', mail(4));
    },
    check: async ({ dovecot, user, h, first, second }) => {
      const server = await serverMailbox(dovecot, user);
      const oldValidity = h.store
        .listMessages({ includeExpunged: true })
        .find((m) => m.uid === 2)?.uidValidity;
      expect(server.uidValidity).not.toBe(oldValidity);
      expect(second.inbox?.plan).toBe('reseed');
      expect(first.inbox?.fetched).toBe(3);
      const all = storedMessages(h.store, 'inbox');
      expect(
        all.map((m) => [m.subject, m.uidValidity === server.uidValidity, m.expungedAt !== null]),
      ).toEqual(
        expect.arrayContaining([
          ['message 1', true, false],
          ['message 2', false, true],
          ['message 3', true, false],
          ['message 4', true, false],
        ]),
      );
      expect(all).toHaveLength(4); // no duplicates
      expect(
        all
          .filter((m) => m.expungedAt === null)
          .map((m) => m.id)
          .sort(),
      ).toEqual(server.uids.map((uid) => `inbox:${server.uidValidity}:${uid}`).sort());
      expect(h.store.getSyncState('inbox')?.uidValidity).toBe(server.uidValidity);
      expect(counts((await h.syncNow()).inbox)).toEqual({
        plan: 'up-to-date',
        fetched: 0,
        updated: 0,
        expunged: 0,
      });
    },
  },
  {
    // Deleting and recreating a folder is what a user or an admin tool really does; the new
    // folder gets a new UIDVALIDITY and new UIDs (here in the reverse order, one mail missing).
    name: 'UIDVALIDITY change on Sent (folder deleted and recreated)',
    why: 'the same mails under new UIDs must be moved, not duplicated; the missing one is marked expunged',
    seed: (d, user) => d.seedMaildir(user, 'Sent', [{ raw: sent(1) }, { raw: sent(2) }, { raw: sent(3) }]),
    change: async (d, user) => {
      await withImapClient(d.imapOptions(user), async (c) => {
        await c.mailboxDelete('Sent');
        await c.mailboxCreate('Sent');
        await c.append('Sent', sent(3));
        await c.append('Sent', sent(1));
      });
    },
    check: async ({ dovecot, user, h, second }) => {
      const server = await serverMailbox(dovecot, user, 'Sent');
      expect(second.sent?.plan).toBe('reseed');
      const all = storedMessages(h.store, 'sent');
      expect(all).toHaveLength(3);
      const live = all.filter((m) => m.expungedAt === null);
      expect(live.map((m) => [m.subject, m.id])).toEqual([
        ['Re: message 3', `sent:${server.uidValidity}:1`],
        ['Re: message 1', `sent:${server.uidValidity}:2`],
      ]);
      expect(all.filter((m) => m.expungedAt !== null).map((m) => m.subject)).toEqual(['Re: message 2']);
    },
  },
  {
    name: '\\Seen is never set by a sync',
    why: 'staff see unread mail as unread: fetching must use EXAMINE and BODY.PEEK',
    seed: (d, user) =>
      d.seedMaildir(user, 'INBOX', [
        { raw: mail(1) },
        { raw: mail(2), flags: '\\Flagged' },
        { raw: mail(3) },
      ]),
    check: async ({ dovecot, user, h }) => {
      const flags = await serverFlags(dovecot, user);
      expect([...flags.entries()]).toEqual([
        [1, []],
        [2, ['\\Flagged']],
        [3, []],
      ]);
      // The bodies were really fetched (a sync that fetched nothing would pass the check above).
      expect(await h.store.readBody(storedMessages(h.store, 'inbox')[0]?.id ?? '')).toMatchObject({
        text: expect.stringContaining('Body of message 1.'),
      });
    },
  },
  {
    name: 'missing and duplicated Message-ID',
    why: 'dedupe is by UID, never by Message-ID: none of these mails may be dropped',
    seed: (d, user) =>
      d.seedMaildir(user, 'INBOX', [
        { raw: mail(1, [], 'same@buyer.example') },
        { raw: mail(2, [], 'same@buyer.example') },
        { raw: mail(3, [], null) },
      ]),
    check: async ({ h, first }) => {
      expect(first.inbox?.fetched).toBe(3);
      expect(storedMessages(h.store, 'inbox').map((m) => [m.uid, m.messageId, m.subject])).toEqual([
        [1, 'same@buyer.example', 'message 1'],
        [2, 'same@buyer.example', 'message 2'],
        [3, null, 'message 3'],
      ]);
    },
  },
  {
    name: 'garbage bytes in headers',
    why: 'a malformed mail is stored with its raw source and readable text, and does not stop the sync',
    seed: (d, user) => d.seedMaildir(user, 'INBOX', [{ raw: garbage }, { raw: mail(2) }]),
    check: async ({ h, first }) => {
      expect(first.inbox?.fetched).toBe(2);
      const [bad, good] = storedMessages(h.store, 'inbox');
      expect((await h.store.readRaw(bad?.id ?? '')).equals(garbage)).toBe(true);
      expect((await h.store.readBody(bad?.id ?? '')).text).toContain('Readable body after garbage.');
      expect(bad?.subject).toMatch(/^broken/);
      expect(bad?.from?.address).toBe('buyer@example.com');
      expect(good?.subject).toBe('message 2');
    },
  },
  {
    name: '30 MB message',
    why: 'a huge attachment is fetched whole and the sync carries on past it',
    seed: (d, user) => d.seedMaildir(user, 'INBOX', [{ raw: mail(1) }, { raw: bigMail() }, { raw: mail(3) }]),
    check: async ({ h, first }) => {
      expect(first.inbox?.fetched).toBe(3);
      const [, big, after] = storedMessages(h.store, 'inbox');
      expect(big?.size).toBeGreaterThan(30 * 1000 * 1000);
      expect(big?.attachments).toEqual([
        { filename: 'damage.mp4', contentType: 'video/mp4', size: BIG_ATTACHMENT_BYTES },
      ]);
      expect((await h.store.readRaw(big?.id ?? '')).byteLength).toBe(big?.size);
      expect(after?.subject).toBe('message 3');
    },
  },
  {
    name: 'Sent folder found by special-use \\Sent',
    why: 'the desk shows our replies too; in Sent the buyer is the recipient',
    seed: (d, user) => d.seedMaildir(user, 'Sent', [{ raw: sent(1) }]),
    check: async ({ h, first }) => {
      expect(counts(first.sent)).toEqual({ plan: 'initial', fetched: 1, updated: 0, expunged: 0 });
      expect(
        storedMessages(h.store, 'sent').map((m) => [m.mailbox, m.mailboxPath, m.subject, m.buyer?.address]),
      ).toEqual([['sent', 'Sent', 'Re: message 1', 'a1bcdefghijklmn@marketplace.amazon.com']]);
      expect(storedMessages(h.store, 'inbox')).toEqual([]);
    },
  },
];

const userOf = (index: number): string => `user${index}`;

describe('incremental sync against a real Dovecot', () => {
  let dovecot: DovecotInstance;

  beforeAll(async () => {
    dovecot = await startDovecot({
      users: scenarios.map((_, i) => ({ user: userOf(i), password: `pass-${i}` })),
    });
  });
  afterAll(async () => {
    await dovecot?.stop();
  });

  it.each(scenarios.map((s, index) => ({ ...s, index })))('$name: $why', async (scenario) => {
    const user = userOf(scenario.index);
    await scenario.seed(dovecot, user);
    await withSyncHarness(dovecot, { user }, async (h) => {
      const first = await h.syncNow();
      await scenario.change?.(dovecot, user);
      const second = await h.syncNow();
      inboxOf(second);
      await scenario.check({ dovecot, user, h, first, second });
    });
  });
});

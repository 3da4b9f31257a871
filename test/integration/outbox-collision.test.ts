import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../../electron/core/event-bus.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import type { SyncService } from '../../electron/core/mail/sync-service.js';
import { ThreadKeeper } from '../../electron/core/mail/thread-keeper.js';
import { createCollisionCheck, type BeforeSend } from '../../electron/core/outbox/collision-check.js';
import { openStore, type Store } from '../../electron/core/store/index.js';
import { createSyncService } from '../../electron/core/sync-factory.js';
import type { ServerSettings } from '../../shared/domain/account.js';
import { startDovecot, withImapClient, type DovecotInstance } from '../support/dovecot.js';
import { buildMessage } from '../support/mime-fixtures.js';
import { freePorts } from '../support/net-wait.js';

/*
 * Issue 5, collision check: two desks (two stores, two syncs) on one Dovecot mailbox. Desk A has
 * a draft open; meanwhile desk B answers, or the buyer writes again. Right before A's reply goes
 * out, A's check syncs and must hold it with the right reason and the messages to show — and
 * must not hold when nothing happened or when the reply in Sent is A's own.
 */

const SHOP = 'shop@example.com';
const buyerOf = (key: string): string => `${key.padEnd(15, 'x')}@marketplace.amazon.co.jp`;
const KEYS = ['quiet', 'followup', 'answered', 'own'] as const;
type Key = (typeof KEYS)[number];

function mail(o: {
  from: string;
  to: string;
  id: string;
  subject: string;
  date: Date;
  inReplyTo?: string;
}): Buffer {
  const thread = o.inReplyTo ? [`In-Reply-To: <${o.inReplyTo}>`, `References: <${o.inReplyTo}>`] : [];
  return buildMessage({
    headers: [
      `From: ${o.from}`,
      `To: ${o.to}`,
      `Message-ID: <${o.id}>`,
      `Date: ${o.date.toUTCString()}`,
      `Subject: ${o.subject}`,
      ...thread,
    ],
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: Buffer.from('Hello, when will my order 503-1234567-1234567 arrive?'),
  });
}

const questionId = (key: Key): string => `q-${key}@marketplace.amazon.co.jp`;

interface Desk {
  store: Store;
  sync: SyncService;
  check: BeforeSend;
}

let dovecot: DovecotInstance;
const dirs: string[] = [];
const desks: Desk[] = [];
let a: Desk;
let b: Desk;

async function openDesk(imap: ServerSettings): Promise<Desk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hd-collision-'));
  dirs.push(dataDir);
  const { store } = await openStore(dataDir);
  const sync = createSyncService({
    store,
    threads: new ThreadKeeper(store),
    clock: { now: () => new Date() },
    bus: new EventBus(),
    connectOptions: () => imapConnectOptions(imap, dovecot.user('seller').password),
  });
  const desk = { store, sync, check: createCollisionCheck({ store, sync }) };
  desks.push(desk);
  return desk;
}

/** The store id of the message with this Message-ID on this desk (the ids differ by desk only in theory). */
function idOf(desk: Desk, messageId: string): string {
  const meta = desk.store.listMessages({ includeExpunged: true }).find((m) => m.messageId === messageId);
  if (!meta) throw new Error(`desk has no ${messageId}`);
  return meta.id;
}

function draftOn(desk: Desk, key: Key, messageId: string): Parameters<BeforeSend>[0] {
  const target = desk.store.getMessage(idOf(desk, questionId(key)));
  if (!target) throw new Error(`no question ${key}`);
  // Started a little in the past: IMAP dates have whole seconds, and the draft is older than the send.
  return {
    threadId: target.threadId,
    inReplyTo: target.id,
    draftStartedAt: new Date(Date.now() - 2000).toISOString(),
    messageId,
  };
}

/** What the outbox does after SMTP accepted a reply: a copy in Sent, \Answered on the question. */
async function sendFromDesk(key: Key, messageId: string): Promise<void> {
  const raw = mail({
    from: SHOP,
    to: buyerOf(key),
    id: messageId,
    subject: `Re: question ${key}`,
    date: new Date(),
    inReplyTo: questionId(key),
  });
  await dovecot.append('seller', 'Sent', raw, ['\\Seen']);
  await withImapClient(dovecot.imapOptions('seller'), async (client) => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      await client.messageFlagsAdd({ header: { 'message-id': questionId(key) } }, ['\\Answered']);
    } finally {
      lock.release();
    }
  });
}

beforeAll(async () => {
  dovecot = await startDovecot();
  const hoursAgo = new Date(Date.now() - 2 * 3600_000);
  await dovecot.seedMaildir(
    'seller',
    'INBOX',
    KEYS.map((key) => ({
      raw: mail({
        from: buyerOf(key),
        to: SHOP,
        id: questionId(key),
        subject: `question ${key}`,
        date: hoursAgo,
      }),
    })),
  );
  const imap: ServerSettings = {
    host: dovecot.host,
    port: dovecot.imapPort,
    tls: 'starttls',
    user: 'seller',
    caFile: dovecot.caFile,
  };
  a = await openDesk(imap);
  b = await openDesk(imap);
  await a.sync.syncNow();
  await b.sync.syncNow();
}, 60_000);

afterAll(async () => {
  for (const desk of desks) {
    await desk.sync.stop();
    await desk.store.close();
  }
  await dovecot?.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('collision check between two desks on one mailbox', () => {
  it('nothing happened since the draft was started: no hold', async () => {
    expect(await a.check(draftOn(a, 'quiet', 'a-quiet@shop.example'))).toEqual({ hold: false });
  });

  it('the buyer wrote again while A drafted: held as newer-message, showing the follow-up', async () => {
    const draft = draftOn(a, 'followup', 'a-followup@shop.example');
    const followUp = 'f-followup@marketplace.amazon.co.jp';
    const now = new Date();
    const raw = mail({
      from: buyerOf('followup'),
      to: SHOP,
      id: followUp,
      subject: 'Re: question followup',
      date: now,
      inReplyTo: questionId('followup'),
    });
    await dovecot.append('seller', 'INBOX', raw, [], now);
    expect(await a.check(draft)).toEqual({
      hold: true,
      code: 'newer-message',
      messageIds: [idOf(a, followUp)],
    });
  });

  it('desk B answered while A drafted: B sends unhindered, A is held as answered-elsewhere', async () => {
    const draftA = draftOn(a, 'answered', 'a-answered@shop.example');
    const draftB = draftOn(b, 'answered', 'b-answered@shop.example');
    expect(await b.check(draftB)).toEqual({ hold: false });
    await sendFromDesk('answered', draftB.messageId);
    const decision = await a.check(draftA);
    expect(decision).toEqual({
      hold: true,
      code: 'answered-elsewhere',
      messageIds: [idOf(a, draftB.messageId)],
    });
    expect(a.store.getMessage(idOf(a, draftB.messageId))?.mailbox).toBe('sent');
  });

  it('A’s own reply already in Sent (a crash after sending) is not a collision', async () => {
    const draft = draftOn(a, 'own', 'a-own@shop.example');
    await sendFromDesk('own', draft.messageId);
    expect(await a.check(draft)).toEqual({ hold: false });
    expect(a.store.getMessage(draft.inReplyTo ?? '')?.flags).toContain('\\Answered'); // the sync did run
  });

  it('the server cannot be reached: the check rejects, so the outbox waits as offline', async () => {
    const [closed = 1] = await freePorts(1);
    const offline = await openDesk({
      host: dovecot.host,
      port: closed,
      tls: 'starttls',
      user: 'seller',
      caFile: dovecot.caFile,
    });
    const draft = {
      threadId: 't',
      inReplyTo: null,
      draftStartedAt: new Date().toISOString(),
      messageId: 'x@y',
    };
    await expect(offline.check(draft)).rejects.toMatchObject({ code: 'connection-refused' });
  });
});

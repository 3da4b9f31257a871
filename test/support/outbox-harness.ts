import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImapFlowOptions } from 'imapflow';
import type { ServerSettings } from '../../shared/domain/account.js';
import type { BackoffPolicy } from '../../shared/domain/backoff.js';
import { EventBus } from '../../electron/core/event-bus.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import { connectImap } from '../../electron/core/mail/imap-client.js';
import { Outbox } from '../../electron/core/outbox/outbox.js';
import type { OutgoingReply } from '../../electron/core/outbox/outbox-port.js';
import type { CollisionHook } from '../../electron/core/outbox/outbox-worker.js';
import { createSentFolder } from '../../electron/core/outbox/sent-folder.js';
import { createSmtpSend } from '../../electron/core/outbox/smtp-transport.js';
import type { OutboxItemView } from '../../shared/api/schemas/outbox.js';
import { startDovecot, withImapClient, type DovecotInstance } from './dovecot.js';
import { startSmtp, type ReceivedMail, type TestSmtpServer } from './smtp-server.js';

/*
 * Real servers for the outbox tests: Dovecot with the shop's mailbox and a buyer's, and an
 * smtp-server (STARTTLS + AUTH) that delivers over LMTP into Dovecot, so a reply the outbox
 * sends really arrives, and a second IMAP client can count what the server holds.
 */

export const SHOP = { user: 'seller', password: 'seller-pass' } as const;
export const BUYER = { user: 'buyer', password: 'buyer-pass' } as const;
export const SHOP_ADDRESS = 'seller@example.com';
export const BUYER_ADDRESS = 'buyer@example.com';

/** Fast retries: the machine's own backoff is tested in the unit tests, not waited for here. */
export const testRetryPolicy = { baseMs: 50, capMs: 400, jitter: 0 };

export interface OutboxServers {
  dovecot: DovecotInstance;
  smtp: TestSmtpServer;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** The SMTP server files a copy in the shop's Sent before answering 250 (like Gmail). */
  savesSent?: boolean;
  onDataReceived?: (mail: ReceivedMail) => void | Promise<void>;
}

export async function startOutboxServers(opts: ServerOptions = {}): Promise<OutboxServers> {
  const dovecot = await startDovecot({ users: [SHOP, BUYER], lmtp: true });
  const smtp = await startSmtp({
    users: [SHOP],
    lmtp: { host: dovecot.host, port: dovecot.lmtpPort ?? 0 },
    savesSent: opts.savesSent ? { imap: () => dovecot.imapOptions(SHOP.user), mailbox: 'Sent' } : undefined,
    onDataReceived: opts.onDataReceived,
  });
  return {
    dovecot,
    smtp,
    stop: async () => {
      await smtp.stop();
      await dovecot.stop();
    },
  };
}

export function smtpSettings(servers: OutboxServers): ServerSettings {
  const { host, port } = servers.smtp;
  return { host, port, tls: 'starttls', user: SHOP.user, caFile: servers.dovecot.caFile };
}

export function imapSettings(dovecot: DovecotInstance): ServerSettings {
  return {
    host: dovecot.host,
    port: dovecot.imapPort,
    tls: 'starttls',
    user: SHOP.user,
    caFile: dovecot.caFile,
  };
}

export interface TestOutboxOptions {
  dataDir?: string;
  smtpPassword?: () => string;
  beforeSend?: CollisionHook;
  isOffline?: () => boolean;
  bus?: EventBus;
  retryPolicy?: BackoffPolicy;
  /** The CA the outbox trusts for SMTP; null: system roots only (the test certificate is then untrusted). */
  smtpCaPem?: string | null;
}

export interface TestOutbox {
  outbox: Outbox;
  dataDir: string;
  bus: EventBus;
  /** Every markAnswered call, in order. */
  answered: string[][];
}

/** The outbox as the app builds it, pointed at the test servers (markAnswered sets \Answered over IMAP). */
export async function openTestOutbox(
  servers: OutboxServers,
  opts: TestOutboxOptions = {},
): Promise<TestOutbox> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'outbox-')));
  const bus = opts.bus ?? new EventBus();
  const answered: string[][] = [];
  const caPem = opts.smtpCaPem === undefined ? servers.dovecot.caPem : opts.smtpCaPem;
  const imap = () =>
    imapConnectOptions(imapSettings(servers.dovecot), SHOP.password, {
      connectMs: 3000,
      greetingMs: 3000,
      socketMs: 5000,
    }).then((o) => connectImap(o));
  const outbox = await Outbox.open({
    dataDir,
    clock: { now: () => new Date() },
    bus,
    send: createSmtpSend(
      async () => ({
        server: smtpSettings(servers),
        password: opts.smtpPassword?.() ?? SHOP.password,
        caPem,
      }),
      { connectMs: 3000, greetingMs: 3000, socketMs: 5000 },
    ),
    sentFolder: createSentFolder(imap),
    markAnswered: async (ids) => {
      answered.push(ids);
      await markAnsweredOnServer(servers.dovecot, ids);
    },
    restoreDraft: () => Promise.resolve(true),
    averageDailyOrders: () => 10,
    beforeSend: opts.beforeSend,
    isOffline: opts.isOffline,
    retryPolicy: opts.retryPolicy ?? testRetryPolicy,
  });
  return { outbox, dataDir, bus, answered };
}

/** Test stand-in for TriageService.act(..., answered): the ids here are the originals' Message-IDs. */
async function markAnsweredOnServer(dovecot: DovecotInstance, messageIds: string[]): Promise<void> {
  await withImapClient(dovecot.imapOptions(SHOP.user), async (client) => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      for (const id of messageIds) {
        const uids = await client.search({ header: { 'message-id': `<${id}>` } }, { uid: true });
        if (Array.isArray(uids) && uids.length > 0)
          await client.messageFlagsAdd(uids, ['\\Answered'], { uid: true });
      }
    } finally {
      lock.release();
    }
  });
}

let seq = 0;

/** The buyer's message the reply answers, seeded into the shop's INBOX. */
export async function seedOriginal(dovecot: DovecotInstance, tag: string): Promise<string> {
  const id = `buyer-${tag}-${process.pid}-${++seq}@example.com`;
  const raw = [
    `From: ${BUYER_ADDRESS}`,
    `To: ${SHOP_ADDRESS}`,
    `Subject: Question ${tag}`,
    `Message-ID: <${id}>`,
    'Date: Sun, 22 Nov 2026 10:00:00 +0000',
    '',
    'Where is my parcel?',
    '',
  ].join('\r\n');
  await dovecot.append(SHOP.user, 'INBOX', Buffer.from(raw));
  return id;
}

export function buildReply(tag: string, inReplyTo: string): OutgoingReply {
  const messageId = `reply-${tag}-${process.pid}-${++seq}@seller.example.com`;
  const raw = [
    `From: ${SHOP_ADDRESS}`,
    `To: ${BUYER_ADDRESS}`,
    `Subject: Re: Question ${tag}`,
    `Message-ID: <${messageId}>`,
    `In-Reply-To: <${inReplyTo}>`,
    'Date: Sun, 22 Nov 2026 11:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Your parcel left today (${tag}).`,
    '',
  ].join('\r\n');
  return {
    kind: 'reply',
    messageId,
    raw: Buffer.from(raw),
    envelope: { from: SHOP_ADDRESS, to: [BUYER_ADDRESS] },
    to: BUYER_ADDRESS,
    subject: `Re: Question ${tag}`,
    snippet: 'Your parcel left today',
    threadId: `thread-${tag}`,
    inReplyTo,
    draftStartedAt: '2026-11-22T10:30:00.000Z',
    draft: { text: `Your parcel left today (${tag}).` },
  };
}

/** How many messages with this Message-ID the user's folder holds (server truth, own session). */
export async function countOnServer(
  options: ImapFlowOptions,
  mailbox: string,
  messageId: string,
): Promise<number> {
  return withImapClient(options, async (client) => {
    const lock = await client.getMailboxLock(mailbox, { readOnly: true });
    try {
      const uids = await client.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
      return Array.isArray(uids) ? uids.length : 0;
    } finally {
      lock.release();
    }
  });
}

export async function flagsOnServer(dovecot: DovecotInstance, messageId: string): Promise<string[]> {
  return withImapClient(dovecot.imapOptions(SHOP.user), async (client) => {
    const lock = await client.getMailboxLock('INBOX', { readOnly: true });
    try {
      const uids = await client.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
      if (!Array.isArray(uids) || uids.length === 0) return [];
      const msg = await client.fetchOne(String(uids[0]), { flags: true }, { uid: true });
      return msg ? [...(msg.flags ?? [])].sort() : [];
    } finally {
      lock.release();
    }
  });
}

/** Polls the outbox (20 ms steps) until `check` holds or `timeoutMs` passes; returns the item. */
export async function waitForItem(
  outbox: Outbox,
  id: string,
  check: (item: OutboxItemView | undefined) => boolean,
  timeoutMs = 20_000,
): Promise<OutboxItemView | undefined> {
  const until = Date.now() + timeoutMs;
  let item = outbox.list(null).find((i) => i.id === id);
  while (!check(item) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    item = outbox.list(null).find((i) => i.id === id);
  }
  return item;
}

/** The exactly-once ledger each test fills and prints: per Message-ID, what the servers hold. */
export interface DeliveryCount {
  test: string;
  messageId: string;
  toBuyer: number;
  inSent: number;
  /** Enqueued, yet neither delivered to the buyer nor still in the outbox. */
  lost: number;
}

export async function countDelivery(
  servers: OutboxServers,
  test: string,
  messageId: string,
  stillInOutbox: boolean,
): Promise<DeliveryCount> {
  const toBuyer = await countOnServer(servers.dovecot.imapOptions(BUYER.user), 'INBOX', messageId);
  const inSent = await countOnServer(servers.dovecot.imapOptions(SHOP.user), 'Sent', messageId);
  return { test, messageId, toBuyer, inSent, lost: toBuyer === 0 && !stillInOutbox ? 1 : 0 };
}

export function printLedger(title: string, rows: readonly DeliveryCount[]): void {
  const dup = rows.filter((r) => r.toBuyer > 1 || r.inSent > 1).length;
  const lost = rows.reduce((n, r) => n + r.lost, 0);
  const lines = rows.map((r) => `  ${r.test}: to buyer ${r.toBuyer}, in Sent ${r.inSent}, lost ${r.lost}`);
  console.log(`${title}\n${lines.join('\n')}\n  => replies ${rows.length}, duplicated ${dup}, lost ${lost}`);
}

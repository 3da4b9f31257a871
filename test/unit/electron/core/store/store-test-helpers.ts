import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailboxRole, MessageMeta } from '../../../../../shared/domain/message.js';
import type { IncomingMessage, OpenOptions } from '../../../../../electron/core/store/index.js';
import { openStore } from '../../../../../electron/core/store/index.js';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'store-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface MessageSpec {
  uid: number;
  mailbox?: MailboxRole;
  uidValidity?: string;
  subject?: string;
  date?: string;
  buyer?: string | null;
  orderIds?: string[];
  flags?: string[];
  raw?: string;
}

export function message(spec: MessageSpec): IncomingMessage {
  const mailbox = spec.mailbox ?? 'inbox';
  const uidValidity = spec.uidValidity ?? '100';
  const raw = Buffer.from(
    spec.raw ?? `Subject: ${spec.subject ?? `m${spec.uid}`}\r\n\r\nbody ${spec.uid} 本文`,
  );
  const buyer = spec.buyer === undefined ? `buyer${spec.uid % 3}@marketplace.amazon.com` : spec.buyer;
  const meta: MessageMeta = {
    id: `${mailbox}:${uidValidity}:${spec.uid}`,
    mailbox,
    mailboxPath: mailbox === 'inbox' ? 'INBOX' : 'Sent',
    uid: spec.uid,
    uidValidity,
    messageId: `${spec.uid}@example.test`,
    inReplyTo: null,
    references: [],
    date: spec.date ?? new Date(Date.UTC(2024, 0, 1, 0, spec.uid)).toISOString(),
    internalDate: new Date(Date.UTC(2024, 0, 1, 0, spec.uid)).toISOString(),
    from: buyer ? { name: '山田', address: buyer } : null,
    to: [],
    subject: spec.subject ?? `件名 ${spec.uid}`,
    snippet: `本文 ${spec.uid}`,
    language: 'ja',
    orderIds: spec.orderIds ?? [],
    buyer: buyer ? { address: buyer, name: '山田' } : null,
    automated: 'none',
    attachments: [],
    hasHtml: false,
    flags: spec.flags ?? [],
    modseq: null,
    size: raw.length,
    threadId: `t${spec.uid}`,
    parseError: null,
    charset: 'utf-8',
    sha256: createHash('sha256').update(raw).digest('hex'),
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
  };
  return {
    meta,
    body: { text: `body ${spec.uid} 本文`, html: spec.uid % 2 ? `<p>${spec.uid}</p>` : null },
    raw,
  };
}

/** Opens a store on `dir`, seeds it, closes it: the state most tests start from. */
export async function seed(dir: string, specs: MessageSpec[], opts: OpenOptions = {}): Promise<void> {
  const { store } = await openStore(dir, opts);
  await store.putMessages(specs.map(message));
  await store.setSyncState('inbox', {
    path: 'INBOX',
    uidValidity: '100',
    lastSeenUid: Math.max(0, ...specs.map((s) => s.uid)),
    highestModseq: '77',
    lastSyncedAt: '2024-02-01T00:00:00.000Z',
  });
  await store.close();
}

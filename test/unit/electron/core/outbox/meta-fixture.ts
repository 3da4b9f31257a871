import { createHash } from 'node:crypto';
import type { IncomingMessage } from '../../../../../electron/core/store/index.js';
import type { MailboxRole, MessageMeta, MessageTriage } from '../../../../../shared/domain/message.js';

export const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.co.jp';
export const OTHER_BUYER = 'a1b2c3d4e5f6g7h@marketplace.amazon.co.jp';

export const JUDGED: MessageTriage = {
  category: 'inquiry',
  confidence: 0.9,
  uncertain: false,
  cues: [],
  signals: [],
};

export interface FixtureSpec extends Partial<MessageMeta> {
  uid: number;
  mailbox?: MailboxRole;
}

/** A stored message as a sync would have written it; ids follow the store's `${role}:${uidValidity}:${uid}`. */
export function incoming({ uid, ...spec }: FixtureSpec): IncomingMessage {
  const mailbox = spec.mailbox ?? 'inbox';
  const raw = Buffer.from(`Subject: fixture ${mailbox} ${uid}\r\n\r\nbody ${uid}`);
  const date = spec.date ?? '2024-05-01T10:00:00.000Z';
  const meta: MessageMeta = {
    id: `${mailbox}:100:${uid}`,
    mailbox,
    mailboxPath: mailbox === 'inbox' ? 'INBOX' : 'Sent',
    uid,
    uidValidity: '100',
    messageId: `${mailbox}-${uid}@fixture.test`,
    inReplyTo: null,
    references: [],
    date,
    internalDate: spec.internalDate ?? date,
    from: { name: '佐藤', address: BUYER },
    to: [],
    subject: `件名 ${uid}`,
    snippet: '',
    language: 'ja',
    orderIds: [],
    buyer: mailbox === 'inbox' ? { address: BUYER, name: '佐藤' } : null,
    automated: 'none',
    attachments: [],
    hasHtml: false,
    flags: [],
    modseq: null,
    size: raw.length,
    threadId: 't1',
    parseError: null,
    charset: 'utf-8',
    sha256: createHash('sha256').update(raw).digest('hex'),
    expungedAt: null,
    triage: mailbox === 'inbox' ? JUDGED : null,
    downloaded: 'whole',
    ...spec,
  };
  return { meta, body: { text: `body ${uid}`, html: null }, raw };
}

import type { MessageMeta } from '../../../../shared/domain/message.js';

/** A well-formed MessageMeta; tests override one field at a time. */
export function sampleMeta(overrides: Partial<MessageMeta> = {}): MessageMeta {
  return {
    id: 'inbox:1700000000:42',
    mailbox: 'inbox',
    mailboxPath: 'INBOX',
    uid: 42,
    uidValidity: '1700000000',
    messageId: 'abc@marketplace.example',
    inReplyTo: null,
    references: [],
    date: '2024-05-01T09:30:00.000Z',
    internalDate: '2024-05-01T09:30:05.000Z',
    from: { name: 'Buyer', address: 't969vz2jn3bdsy7@marketplace.amazon.com' },
    to: [{ name: '', address: 'shop@example.com' }],
    subject: '商品について',
    snippet: '注文番号 503-1234567-1234567 の件で',
    language: 'ja',
    orderIds: ['503-1234567-1234567'],
    buyer: { address: 't969vz2jn3bdsy7@marketplace.amazon.com', name: 'Buyer' },
    automated: 'none',
    attachments: [{ filename: 'photo.jpg', contentType: 'image/jpeg', size: 1024 }],
    hasHtml: false,
    flags: ['\\Seen'],
    modseq: '12345',
    size: 2048,
    threadId: 'abc@marketplace.example',
    parseError: null,
    charset: 'iso-2022-jp',
    sha256: 'a'.repeat(64),
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
    ...overrides,
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageMeta } from '../../shared/domain/message.js';
import { startDovecot, type DovecotInstance } from '../support/dovecot.js';
import { ORDER_ID, bWord } from '../support/mime-fixtures.js';
import { openSyncHarness, storedMessages, type SyncHarness } from '../support/sync-harness.js';

/*
 * The domain facts the desk derives while syncing, checked on mail that went through a real
 * IMAP server: what is automated, who the buyer is, and which mails form one conversation.
 */

const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.com';
const crlf = (lines: string[]): Buffer => Buffer.from(`${lines.join('\r\n')}\r\n`);

function mail(headers: string[], body: string): Buffer {
  return crlf([
    'To: shop@example.com',
    'Date: Tue, 02 Jan 2024 10:00:00 +0900',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    ...headers,
    '',
    body,
  ]);
}

interface Case {
  subject: string;
  raw: Buffer;
  why: string;
  expected: Partial<Pick<MessageMeta, 'automated' | 'buyer' | 'orderIds' | 'language'>>;
}

const inboxCases: Case[] = [
  {
    subject: 'Amazon.co.jp ご注文の確認',
    why: 'the marketplace’s own notices are not buyer messages',
    raw: mail(
      [
        `From: ${bWord('Amazon.co.jp', 'utf-8')} <auto-confirm@amazon.co.jp>`,
        `Subject: ${bWord('Amazon.co.jp ご注文の確認', 'utf-8')}`,
        'Message-ID: <notice-1@amazon.co.jp>',
      ],
      `ご注文ありがとうございます。注文番号: ${ORDER_ID}`,
    ),
    expected: { automated: 'marketplace-notice', buyer: null },
  },
  {
    subject: 'Re: お問い合わせ',
    why: 'RFC 3834 auto-replies never need an answer (and answering them loops)',
    raw: mail(
      [
        'From: Someone <someone@example.net>',
        `Subject: ${bWord('Re: お問い合わせ', 'utf-8')}`,
        'Auto-Submitted: auto-replied',
        'Message-ID: <auto-1@example.net>',
      ],
      '現在不在にしております。',
    ),
    expected: { automated: 'auto-reply', buyer: null },
  },
  {
    subject: '商品の色について',
    why: 'the relay address is the buyer’s stable key; Amazon’s name decoration is stripped',
    raw: mail(
      [
        `From: ${bWord('山田 太郎 - Amazon Marketplace', 'utf-8')} <${BUYER.toUpperCase()}>`,
        `Subject: ${bWord('商品の色について', 'utf-8')}`,
        'Message-ID: <q1@marketplace.amazon.com>',
      ],
      `注文番号 ${ORDER_ID} の商品は赤色もありますか？`,
    ),
    expected: {
      automated: 'none',
      buyer: { address: BUYER, name: '山田 太郎' },
      orderIds: [ORDER_ID],
      language: 'ja',
    },
  },
  {
    subject: '別件です',
    why: 'control: same buyer, no header chain, no order, new subject → its own thread',
    raw: mail(
      [
        `From: ${bWord('山田 太郎', 'utf-8')} <${BUYER}>`,
        `Subject: ${bWord('別件です', 'utf-8')}`,
        'Message-ID: <other-1@marketplace.amazon.com>',
        'Date: Wed, 10 Jan 2024 10:00:00 +0900',
      ],
      '別の商品の在庫はありますか？',
    ),
    expected: { automated: 'none', buyer: { address: BUYER, name: '山田 太郎' }, orderIds: [] },
  },
];

// Our reply in Sent, then the buyer's follow-up to it: no order ID, a new subject, so only the
// header chain (In-Reply-To/References) can put it into the first question's thread.
const reply = crlf([
  'From: Shop <shop@example.com>',
  `To: <${BUYER}>`,
  `Subject: ${bWord('Re: 商品の色について', 'utf-8')}`,
  'Message-ID: <reply-1@shop.example>',
  'In-Reply-To: <q1@marketplace.amazon.com>',
  'References: <q1@marketplace.amazon.com>',
  'Date: Tue, 02 Jan 2024 12:00:00 +0900',
  '',
  'Thank you for asking.',
]);
const followUp = mail(
  [
    `From: ${bWord('山田 太郎', 'utf-8')} <${BUYER}>`,
    `Subject: ${bWord('追加の質問', 'utf-8')}`,
    'Message-ID: <q2@marketplace.amazon.com>',
    'In-Reply-To: <reply-1@shop.example>',
    'References: <q1@marketplace.amazon.com> <reply-1@shop.example>',
    'Date: Thu, 04 Jan 2024 09:00:00 +0900',
  ],
  'サイズも教えてください。',
);

describe('domain facts derived while syncing from a real Dovecot', () => {
  let dovecot: DovecotInstance;
  let h: SyncHarness;
  const bySubject = (subject: string): MessageMeta => {
    const found = h.store.listMessages({ includeExpunged: true }).find((m) => m.subject === subject);
    if (!found) throw new Error(`no stored message "${subject}"`);
    return found;
  };

  beforeAll(async () => {
    dovecot = await startDovecot();
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      inboxCases.map((c) => ({ raw: c.raw })),
    );
    await dovecot.seedMaildir('seller', 'Sent', [{ raw: reply }]);
    h = await openSyncHarness(dovecot, { user: 'seller' });
    await h.syncNow();
    // The follow-up arrives later, in an incremental sync, as it does in real life.
    await dovecot.append('seller', 'INBOX', followUp);
    await h.syncNow();
  });
  afterAll(async () => {
    try {
      await h?.dispose();
    } finally {
      await dovecot?.stop();
    }
  });

  it('stored every message once', () => {
    expect(storedMessages(h.store, 'inbox')).toHaveLength(inboxCases.length + 1);
    expect(storedMessages(h.store, 'sent')).toHaveLength(1);
  });

  it.each(inboxCases)('$subject: $why', ({ subject, expected }) => {
    expect(bySubject(subject)).toMatchObject(expected);
  });

  it('a follow-up whose In-Reply-To names our reply joins the buyer’s first question', () => {
    const question = bySubject('商品の色について');
    expect(bySubject('Re: 商品の色について').threadId).toBe(question.threadId);
    expect(bySubject('追加の質問').threadId).toBe(question.threadId);
    expect(bySubject('追加の質問').buyer?.address).toBe(BUYER);
  });

  it('a mail from the same buyer without a header chain or order ID stays in its own thread', () => {
    expect(bySubject('別件です').threadId).not.toBe(bySubject('商品の色について').threadId);
  });

  it('the buyer history collects the buyer’s mails and our reply under the relay address', () => {
    const buyer = h.store.getBuyer(BUYER);
    expect(buyer?.orderIds).toEqual([ORDER_ID]);
    const expected = ['商品の色について', '別件です', '追加の質問', 'Re: 商品の色について'].map(
      (s) => bySubject(s).id,
    );
    expect([...(buyer?.messageIds ?? [])].sort()).toEqual(expected.sort());
  });
});

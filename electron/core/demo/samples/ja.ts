import type { DemoSample } from '../demo-sample.js';
import { DEMO_SHOP } from '../demo-sample.js';

/* Japanese buyers (amazon.co.jp relay addresses). Written for the demo; names are invented. */

export const shopJa = { name: 'さくら雑貨店', address: DEMO_SHOP.address };
export const sato = { name: '佐藤 美咲', address: 't969vz2jn3bdsy7@marketplace.amazon.co.jp' };
const tanaka = { name: '田中 浩二', address: 'k2m8qw4ntz7hx1c@marketplace.amazon.co.jp' };
export const suzuki = { name: '鈴木 一郎', address: 'p4r7yd0fca9wm3e@marketplace.amazon.co.jp' };
const takahashi = { name: '高橋 由紀', address: 'h6v1ts8bgk2lq5n@marketplace.amazon.co.jp' };
const yamamoto = { name: '山本 健', address: 'w3z9ca5rmy0jd8u@marketplace.amazon.co.jp' };
export const ito = { name: '伊藤 さやか', address: 'n7e2gk4xps1vc6b@marketplace.amazon.co.jp' };
const nakamura = { name: '中村 陽子', address: 'b5c0ne7kt3yx9gm@marketplace.amazon.co.jp' };

export const japaneseSamples: DemoSample[] = [
  {
    key: 'ja-sato-size',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ja',
    ageMinutes: 9 * 24 * 60,
    from: sato,
    to: shopJa,
    subject: '保温ボトルの容量について',
    charset: 'iso-2022-jp',
    flags: ['\\Seen', '\\Answered'],
    text: `さくら雑貨店 ご担当者様

注文番号 249-3816402-5519263 で保温ボトル（350ml）を注文した佐藤です。
通勤用のかばんに入れたいのですが、本体の直径は何センチでしょうか。
また、食洗機で洗っても大丈夫か教えていただけますと助かります。

よろしくお願いいたします。
佐藤`,
  },
  {
    key: 'ja-sato-broken',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'ja',
    ageMinutes: 27 * 60,
    from: sato,
    to: shopJa,
    subject: '商品が破損していました（注文番号 250-7702931-4418806）',
    charset: 'shift_jis',
    flags: ['\\Seen'],
    text: `お世話になっております。佐藤と申します。

本日、注文番号 250-7702931-4418806 の有田焼マグカップ（2個セット）が届きましたが、
箱を開けたところ商品が破損していました。1個は持ち手が取れており、
もう1個も縁が欠けています。外箱には大きなへこみがありました。

新しい商品との交換、または返金をお願いできますでしょうか。
破損した商品はどのようにお送りすればよいかも教えてください。

佐藤 美咲`,
  },
  {
    key: 'ja-sato-broken-followup',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'ja',
    ageMinutes: 3 * 60,
    from: sato,
    to: shopJa,
    subject: 'Re: 商品が破損していました（注文番号 250-7702931-4418806）',
    charset: 'shift_jis',
    replyTo: 'ja-sato-broken',
    text: `度々失礼いたします。佐藤です。

昨日お送りした破損の件、まだご連絡をいただけていないようでしたので再度ご連絡しました。
来週の贈り物に使う予定でしたので、交換が難しい場合は返金でも構いません。
お手数ですが、ご確認のほどよろしくお願いいたします。

> 箱を開けたところ商品が破損していました。`,
  },
  {
    key: 'ja-tanaka-colour',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ja',
    ageMinutes: 2 * 60 + 10,
    from: tanaka,
    to: shopJa,
    subject: '手ぬぐいの色違いの在庫について',
    charset: 'iso-2022-jp',
    text: `はじめまして、田中と申します。

出品されている「注染手ぬぐい 桜柄」を購入したいと考えています。
商品ページには紺と朱の2色が載っていますが、朱色は現在在庫がありますでしょうか。
また、3枚まとめて購入した場合、同じ箱でまとめて発送していただけますか。

お返事お待ちしております。
田中 浩二`,
  },
  {
    key: 'ja-suzuki-delivery',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ja',
    ageMinutes: 2 * 24 * 60,
    from: suzuki,
    to: shopJa,
    subject: 'お届け日の確認',
    charset: 'utf-8',
    flags: ['\\Seen', '\\Answered'],
    text: `お世話になります。鈴木です。

注文番号 503-2294817-6630152 の商品ですが、土曜日に届くでしょうか。
平日は不在にしていることが多いため、確認させてください。`,
  },
  {
    key: 'ja-suzuki-delivery-followup',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ja',
    ageMinutes: 40,
    from: suzuki,
    to: shopJa,
    subject: 'Re: お届け日の確認',
    charset: 'utf-8',
    replyTo: 'ja-suzuki-delivery-reply',
    text: `ご回答ありがとうございます。土曜着とのことで安心しました。

もう一点だけ質問させてください。
置き配（玄関前）を指定することはできますか。

鈴木`,
  },
  {
    key: 'ja-takahashi-thanks',
    mailbox: 'inbox',
    kind: 'thanks',
    language: 'ja',
    ageMinutes: 5 * 60,
    from: takahashi,
    to: shopJa,
    subject: '無事に届きました',
    charset: 'utf-8',
    text: `さくら雑貨店さま

注文番号 249-6650184-2207731 の風呂敷、本日無事に届きました。
丁寧に包装していただき、ありがとうございました。色もとても素敵です。
また利用させていただきます。

高橋`,
  },
  {
    key: 'ja-yamamoto-wrong',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'ja',
    ageMinutes: 6 * 60,
    from: yamamoto,
    to: shopJa,
    subject: '注文と違う色の商品が届きました',
    charset: 'iso-2022-jp',
    text: `山本です。

注文番号 250-1148390-7725514 で「箸置き 5個セット（藍）」を注文しましたが、
届いたのは「朱」のセットでした。納品書には藍と書かれています。

正しい商品を送っていただけますか。間違って届いた商品は返送します。
返送の方法を教えてください。`,
  },
  {
    key: 'ja-ito-receipt',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ja',
    ageMinutes: 20 * 60,
    from: ito,
    to: shopJa,
    subject: '領収書の発行をお願いします',
    charset: 'shift_jis',
    flags: ['\\Seen', '\\Answered'],
    text: `お世話になっております。伊藤と申します。

注文番号 503-8820417-3391046 について、会社の経費で精算したいので
宛名「株式会社ミナト企画」で領収書を発行していただけますでしょうか。

どうぞよろしくお願いいたします。`,
  },
  {
    key: 'ja-nakamura-thanks',
    mailbox: 'inbox',
    kind: 'thanks',
    language: 'ja',
    ageMinutes: 2 * 24 * 60 + 3 * 60,
    from: nakamura,
    to: shopJa,
    subject: 'ありがとうございました',
    charset: 'utf-8',
    flags: ['\\Seen', '$HD_NoReply'],
    text: `先日は迅速に発送していただき、ありがとうございました。
母の誕生日に間に合い、とても喜んでいました。

中村`,
  },
  {
    key: 'ja-spam-review',
    mailbox: 'inbox',
    kind: 'spam',
    language: 'ja',
    ageMinutes: 11 * 60,
    from: { name: 'EC売上アップ事務局', address: 'q8j5uw2hd7nf3ra@marketplace.amazon.co.jp' },
    to: shopJa,
    subject: '【出品者様限定】レビュー件数を1か月で3倍にする方法',
    charset: 'utf-8',
    flags: ['$HD_Spam'],
    text: `出品者様

突然のご連絡失礼いたします。
弊社のレビュー獲得サービスをご利用いただくと、1か月で高評価レビューを大幅に増やせます。
初月は無料でお試しいただけます。詳しくは下記のサイトをご覧ください。

http://review-up-service.example/lp

※本メールは出品者様に一斉送信しております。`,
  },
  {
    key: 'ja-spam-phishing',
    mailbox: 'inbox',
    kind: 'spam',
    language: 'ja',
    ageMinutes: 30 * 60,
    from: { name: 'Amazon出品サービス', address: 'account-check@amaz0n-seller-verify.example' },
    to: shopJa,
    subject: '【重要】出品アカウント停止の予告',
    charset: 'utf-8',
    flags: ['$Junk'],
    text: `出品者様

お客様のアカウントで不審なログインが確認されました。
24時間以内に下記のリンクから本人確認を行わない場合、出品アカウントを停止いたします。

http://amaz0n-seller-verify.example/login

Amazon出品サービス`,
  },
];

import type { DemoSample } from '../demo-sample.js';
import { DEMO_SHOP } from '../demo-sample.js';

/* Chinese buyers: simplified (GB18030 / GBK / GB2312) and traditional (Big5). Invented names. */

const shop = { name: 'Sakura Goods Store', address: DEMO_SHOP.address };
const wang = { name: '王磊', address: 'c8x2mv5qj0tnr7a@marketplace.amazon.com' };
const liu = { name: '刘芳', address: 'f1y6pb3kw9ehz4s@marketplace.amazon.com' };
const chen = { name: '陳怡君', address: 'r5d9nh2ux7gac0v@marketplace.amazon.co.jp' };
const lin = { name: '林志明', address: 'm0s4tq8ek6wbj2y@marketplace.amazon.co.jp' };
const zhao = { name: '赵静', address: 'v2a7kc9fz4lmx1p@marketplace.amazon.com' };

export const chineseSamples: DemoSample[] = [
  {
    key: 'zh-wang-voltage',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'zh',
    ageMinutes: 4 * 60,
    from: wang,
    to: shop,
    subject: '请问这款电热水壶能在中国使用吗？',
    charset: 'gb18030',
    text: `您好，

我在贵店看中了一款电热水壶（订单号 111-4820593-7712046 是我上次买的茶杯）。
想确认一下：这款水壶是100V的吗？在中国220V电压下可以直接使用吗？
如果需要变压器，请推荐一下合适的功率。

谢谢！
王磊`,
  },
  {
    key: 'zh-liu-missing',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'zh',
    ageMinutes: 9 * 60,
    from: liu,
    to: shop,
    subject: '少发了一个配件',
    charset: 'gbk',
    text: `店家你好：

我的订单号是 112-3079184-6620395，今天收到了便当盒套装，
但是包装里少了一个分隔板，说明书上写的是两个，实际只有一个。
麻烦尽快补发一个，或者告诉我怎么处理。

刘芳`,
  },
  {
    key: 'zh-chen-thanks',
    mailbox: 'inbox',
    kind: 'thanks',
    language: 'zh',
    ageMinutes: 20 * 60,
    from: chen,
    to: shop,
    subject: '收到了，謝謝！',
    charset: 'big5',
    text: `您好：

訂單 249-5571038-9904126 的茶杯組今天已經收到了，包裝很仔細，
一個都沒有破，顏色也和照片一樣漂亮。謝謝你們！

陳怡君`,
  },
  {
    key: 'zh-lin-refund',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'zh',
    ageMinutes: 14 * 60,
    from: lin,
    to: shop,
    subject: '申請退貨退款',
    charset: 'big5',
    text: `您好，

我購買的折疊傘（訂單號 250-6603917-1184527）使用第二次傘骨就斷了。
我想申請退貨並退款，請問需要把商品寄到哪裡？運費由誰負擔？

林志明`,
  },
  {
    key: 'zh-spam-cashback',
    mailbox: 'inbox',
    kind: 'spam',
    language: 'zh',
    ageMinutes: 16 * 60,
    from: { name: '店铺运营服务', address: 'g3u8hw1mz5kqd9e@marketplace.amazon.com' },
    to: shop,
    subject: '专业好评返现，快速提升店铺排名',
    charset: 'utf-8',
    flags: ['$HD_Spam'],
    text: `卖家您好：

我们提供真实买家下单留好评服务，好评返现，安全不封号。
一周内让您的商品排名进入前十。有意请加微信咨询，或访问：

http://rank-fast.example/cn

（本邮件为群发，请勿直接回复）`,
  },
  {
    key: 'zh-zhao-size',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'zh',
    ageMinutes: 3 * 24 * 60,
    from: zhao,
    to: shop,
    subject: '关于和服腰带的长度',
    charset: 'gb2312',
    flags: ['\\Seen', '\\Answered'],
    text: `你好，

请问订单 113-9047261-3385710 里的腰带全长是多少厘米？
我腰围大约七十厘米，担心系不上。

赵静`,
  },
];

export const chineseReplies: DemoSample[] = [
  {
    key: 'zh-zhao-size-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'zh',
    ageMinutes: 3 * 24 * 60 - 120,
    from: shop,
    to: zhao,
    subject: 'Re: 关于和服腰带的长度',
    charset: 'utf-8',
    replyTo: 'zh-zhao-size',
    flags: ['\\Seen'],
    text: `赵静 您好，

感谢您的咨询。订单 113-9047261-3385710 中的腰带全长约为 360 厘米，
腰围七十厘米可以绕两圈后打结，长度足够。

Sakura Goods Store`,
  },
];

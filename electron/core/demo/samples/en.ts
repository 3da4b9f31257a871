import type { DemoSample } from '../demo-sample.js';
import { DEMO_SHOP } from '../demo-sample.js';

/* English-speaking buyers (US, UK), one in Latin-1 and one in Windows-1252. Invented names. */

const shop = { name: 'Sakura Goods Store', address: DEMO_SHOP.address };
const miller = { name: 'Emily Miller', address: 'a3k9vt2xq7bn4cw@marketplace.amazon.com' };
const jones = { name: 'Oliver Jones', address: 'z8p1ym6dr3wf5hk@marketplace.amazon.co.uk' };
const garcia = { name: 'Sofia Garcia', address: 's2n7hb4uk9xe1qm@marketplace.amazon.com' };
const brown = { name: 'Daniel Brown', address: 'y5w0cj3ft8gv2lr@marketplace.amazon.com' };
const walker = { name: 'Grace Walker', address: 'i4r6qe9bm1tz7ds@marketplace.amazon.co.uk' };

const newsletterHtml = `<!doctype html>
<html><body style="margin:0;background:#f2f2f2">
<img src="https://mailtrack.growth-rocket.example/open.gif?u=88213" width="1" height="1" alt="">
<table width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td><img src="https://cdn.growth-rocket.example/banner-summer.jpg" width="600" alt="Summer Seller Boost"></td></tr>
<tr><td style="padding:24px">
<h1 style="color:#e4572e">Triple your sales this summer!</h1>
<p>Our AI listing optimiser rewrites your product pages overnight. Sellers like you saw up to 300% more orders.</p>
<p><a href="https://growth-rocket.example/offer?ref=seller" style="background:#e4572e;color:#fff;padding:12px 20px">Claim 50% off today</a></p>
<p><img src="https://cdn.growth-rocket.example/testimonials.png" width="560" alt="What sellers say"></p>
<p style="font-size:11px;color:#999">You receive this because you sell online. <a href="https://growth-rocket.example/unsub">Unsubscribe</a></p>
</td></tr></table>
</body></html>`;

export const englishSamples: DemoSample[] = [
  {
    key: 'en-miller-compat',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'en',
    ageMinutes: 65,
    from: miller,
    to: shop,
    subject: 'Does the tea kettle work on an induction hob?',
    charset: 'utf-8',
    text: `Hi there,

I'm interested in the cast iron tea kettle (the 0.8 L one). Will it work on an induction cooktop,
and does it come with a removable strainer? I'd also like to know if the inside is enamelled.

Thanks,
Emily`,
  },
  {
    key: 'en-jones-late',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'en',
    ageMinutes: 2 * 24 * 60 + 4 * 60,
    from: jones,
    to: shop,
    subject: 'Parcel still not arrived - order 026-3318470-5529163',
    charset: 'iso-8859-1',
    flags: ['\\Seen', '\\Answered'],
    text: `Hello,

I ordered the noren curtain (£34.50) on the 2nd and the estimated delivery date has passed.
The tracking page hasn't updated for five days. Order number 026-3318470-5529163.
Could you tell me where it is, or refund me if it's lost?

Regards,
Oliver Jones`,
  },
  {
    key: 'en-garcia-thanks',
    mailbox: 'inbox',
    kind: 'thanks',
    language: 'en',
    ageMinutes: 8 * 60,
    from: garcia,
    to: shop,
    subject: 'Arrived safely - thank you!',
    charset: 'utf-8',
    text: `Hi,

Just wanted to say the chopstick set (order 113-6672019-4401857) arrived today, beautifully wrapped.
It's a gift for my dad and he's going to love it. Thanks so much!

Sofia`,
  },
  {
    key: 'en-brown-cancel',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'en',
    ageMinutes: 25,
    from: brown,
    to: shop,
    subject: 'Please cancel my order 114-0938216-7750342',
    charset: 'utf-8',
    text: `Hi,

I placed order 114-0938216-7750342 about an hour ago by mistake - I picked the wrong size.
Please cancel it before it ships. I'll reorder the right one.

Thank you,
Daniel Brown`,
  },
  {
    key: 'en-walker-damaged',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'en',
    ageMinutes: 12 * 60,
    from: walker,
    to: shop,
    subject: 'Bowl arrived cracked',
    charset: 'windows-1252',
    text: `Dear seller,

The ramen bowl from order 026-8841502-3367918 arrived with a crack right across the base \u2013 the
box looked fine, so it must have been packed that way. I\u2019ve attached nothing yet, but can send a
photo if you need one. I\u2019d prefer a replacement rather than a refund.

Kind regards,
Grace Walker`,
  },
  {
    key: 'en-spam-newsletter',
    mailbox: 'inbox',
    kind: 'spam',
    language: 'en',
    ageMinutes: 19 * 60,
    from: { name: 'Growth Rocket', address: 'news@growth-rocket.example' },
    to: shop,
    subject: 'Triple your marketplace sales this summer (50% off)',
    charset: 'utf-8',
    flags: ['$Junk'],
    html: newsletterHtml,
    text: `Triple your sales this summer!
Our AI listing optimiser rewrites your product pages overnight.
Claim 50% off today: https://growth-rocket.example/offer?ref=seller
Unsubscribe: https://growth-rocket.example/unsub`,
  },
];

export const englishReplies: DemoSample[] = [
  {
    key: 'en-jones-late-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'en',
    ageMinutes: 2 * 24 * 60 + 60,
    from: shop,
    to: jones,
    subject: 'Re: Parcel still not arrived - order 026-3318470-5529163',
    charset: 'utf-8',
    replyTo: 'en-jones-late',
    flags: ['\\Seen'],
    text: `Dear Oliver,

Thank you for letting us know, and sorry for the wait. We have asked the carrier to trace
order 026-3318470-5529163. If there is no update within two working days, we will send a
replacement or refund you in full, whichever you prefer.

Best regards,
Sakura Goods Store`,
  },
];

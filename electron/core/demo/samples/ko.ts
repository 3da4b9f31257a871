import type { DemoSample } from '../demo-sample.js';
import { DEMO_SHOP } from '../demo-sample.js';

/* Korean buyers, EUC-KR as older Korean webmail still sends, and UTF-8. Invented names. */

const shop = { name: 'Sakura Goods Store', address: DEMO_SHOP.address };
const kim = { name: '김민준', address: 'j7q2fr9ck4vna8t@marketplace.amazon.com' };
const lee = { name: '이서연', address: 'x4h8wd1pe6mzb3k@marketplace.amazon.com' };
const park = { name: '박지훈', address: 'u9b3nz6gt2yrc5f@marketplace.amazon.co.jp' };

export const koreanSamples: DemoSample[] = [
  {
    key: 'ko-kim-shipping',
    mailbox: 'inbox',
    kind: 'inquiry',
    language: 'ko',
    ageMinutes: 2 * 60,
    from: kim,
    to: shop,
    subject: '배송은 언제쯤 도착하나요?',
    charset: 'euc-kr',
    text: `안녕하세요.

주문번호 114-2760348-9051827 로 찻잔 세트를 주문했습니다.
한국으로 배송되는 데 보통 며칠 정도 걸리는지 궁금합니다.
다음 주 금요일까지 받아야 하는데 가능할까요?

김민준 드림`,
  },
  {
    key: 'ko-lee-defect',
    mailbox: 'inbox',
    kind: 'complaint',
    language: 'ko',
    ageMinutes: 7 * 60,
    from: lee,
    to: shop,
    subject: '제품 불량 문의 (전원이 켜지지 않습니다)',
    charset: 'euc-kr',
    text: `판매자님께

주문번호 112-5518039-2674401 의 무선 가습기를 어제 받았는데,
충전을 다 해도 전원이 전혀 켜지지 않습니다. 충전 표시등도 들어오지 않아요.
교환이나 환불을 받고 싶습니다. 어떻게 하면 될까요?

이서연`,
  },
  {
    key: 'ko-park-thanks',
    mailbox: 'inbox',
    kind: 'thanks',
    language: 'ko',
    ageMinutes: 26 * 60,
    from: park,
    to: shop,
    subject: '잘 받았습니다. 감사합니다!',
    charset: 'utf-8',
    flags: ['\\Seen', '\\Answered'],
    text: `안녕하세요.

주문번호 250-4471920-8836015 의 풍경(윈드벨)을 오늘 잘 받았습니다.
포장도 꼼꼼하고 소리도 정말 맑네요. 감사합니다!

박지훈`,
  },
  {
    key: 'ko-spam-ads',
    mailbox: 'inbox',
    kind: 'spam',
    language: 'ko',
    ageMinutes: 13 * 60,
    from: { name: '마케팅 대행', address: 'e6t1ky8ws3pnh0d@marketplace.amazon.com' },
    to: shop,
    subject: '아마존 판매자님, 광고 대행 무료 상담 안내',
    charset: 'utf-8',
    flags: ['$HD_Spam'],
    text: `판매자님 안녕하세요.

저희 광고 대행사는 한 달 만에 매출을 두 배로 올려 드립니다.
지금 상담을 신청하시면 첫 달 수수료를 받지 않습니다.

http://ads-partner.example/kr

수신을 원하지 않으시면 이 메일을 무시해 주세요.`,
  },
];

export const koreanReplies: DemoSample[] = [
  {
    key: 'ko-park-thanks-reply',
    mailbox: 'sent',
    kind: 'reply',
    language: 'ko',
    ageMinutes: 24 * 60,
    from: shop,
    to: park,
    subject: 'Re: 잘 받았습니다. 감사합니다!',
    charset: 'utf-8',
    replyTo: 'ko-park-thanks',
    flags: ['\\Seen'],
    text: `박지훈 님, 안녕하세요.

상품을 잘 받으셨다니 다행입니다. 따뜻한 말씀 감사합니다.
(주문번호 250-4471920-8836015)

Sakura Goods Store 드림`,
  },
];

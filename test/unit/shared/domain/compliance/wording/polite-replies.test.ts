import { describe, expect, it } from 'vitest';
import { findings } from './wording-cases.js';

const ID = '503-1234567-1234567';

// Realistic replies staff send every day: none of the phrase rules may fire on them.
const replies: Array<[lang: string, subject: string, body: string, why: string]> = [
  [
    'en',
    `Re: Order ${ID}`,
    `Dear Ms. Smith,\n\nThank you for contacting us about order ${ID}, and I am sorry your parcel is late. The carrier reports a delay caused by the storm; it should now arrive by Friday. If it has not arrived by Monday, please reply here and we will send a replacement or a full refund, whichever you prefer.\n\nBest regards,\nSunrise Shop`,
    'apologising for a delay',
  ],
  [
    'en',
    'Return instructions',
    `Hello,\n\nWe are sorry the kettle arrived damaged. You can return it free of charge: open Your Orders, choose "Return or replace items" for order ${ID}, and print the label. We will refund you as soon as it is scanned by the carrier.\n\nKind regards,\nSunrise Shop`,
    'explaining a return',
  ],
  [
    'ja',
    `ご注文（${ID}）の領収書について`,
    `田中様\n\nお世話になっております。さくら商店でございます。\nご依頼いただきました領収書をPDFにて添付いたしましたので、ご確認くださいませ。\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n今後ともよろしくお願いいたします。`,
    'sending an invoice (keigo)',
  ],
  [
    'ja',
    'お届けの遅延について',
    `佐藤様\n\nこの度はご迷惑をおかけしており、誠に申し訳ございません。配送業者に確認いたしましたところ、台風の影響により配達が遅れているとのことです。${ID}の商品は明後日の到着見込みです。\n返品をご希望の場合は、注文履歴から返品手続きをお願いいたします。`,
    'apologising for a delay, explaining a return',
  ],
  [
    'zh',
    '关于您的订单',
    `尊敬的客户您好，\n\n非常抱歉给您带来不便。关于订单${ID}，我们已与物流公司核实，由于天气原因包裹延误，预计周五送达。如需退货，请在订单页面申请，我们收到商品后会尽快为您办理退款。\n\n祝您生活愉快！`,
    '客服: delay and return',
  ],
  [
    'zh',
    '发票',
    `您好，\n\n您需要的发票已作为附件发送，请查收。如有任何问题，欢迎随时联系我们。`,
    '客服: invoice',
  ],
  [
    'ko',
    '배송 지연 안내',
    `고객님, 안녕하세요.\n\n주문번호 ${ID} 관련 문의 주셔서 감사합니다. 택배사에 확인한 결과 태풍으로 인해 배송이 지연되고 있습니다. 금요일까지 도착할 예정이며, 불편을 드려 정말 죄송합니다.\n반품을 원하시면 주문 내역에서 반품 신청을 해 주시면 환불해 드리겠습니다.\n\n감사합니다.`,
    '존댓말: delay and return',
  ],
  [
    'ko',
    '세금계산서 송부',
    `안녕하세요, 고객님.\n\n요청하신 세금계산서를 첨부해 드렸습니다. 확인 부탁드립니다.`,
    '존댓말: invoice',
  ],
];

describe('wording rules on polite everyday replies', () => {
  it.each(replies)('%s: %s (%s)', (_lang, subject, body) => {
    expect(findings(body, { bannedWords: ['lemon'] }, subject).map((f) => `${f.rule}: ${f.excerpt}`)).toEqual(
      [],
    );
  });
});

import { defineStarter, lines } from './define.js';

// The seller's mistake, said plainly: the buyer should not pay anything to have it corrected.
export const wrongItem = defineStarter({
  slug: 'wrong-item',
  name: 'Wrong item sent',
  tags: ['wrong item', 'mistake', '誤発送', '違う商品', '发错', '错发', '오배송', '잘못 배송'],
  kinds: ['complaint'],
  variants: {
    ja: {
      subject: 'ご注文（{{orderId}}）の誤発送についてのお詫び',
      body: lines(
        '{{buyerName}} 様',
        '',
        'この度は{{shopName}}をご利用いただき、誠にありがとうございます。',
        '「{{concern}}」とのご連絡を受けて確認いたしましたところ、ご注文番号{{orderId}}にて{{item}}とは異なる商品をお送りしておりました。',
        '当店の確認不足により、ご迷惑をおかけしましたことを心よりお詫び申し上げます。',
        'ご注文の{{item}}を至急お送りするか、ご注文代金を全額ご返金するか、ご希望を本メッセージへのご返信にてお知らせください。',
        '誤ってお届けした商品の返送方法は、追って当店よりご案内いたします。返送料をご負担いただく必要はございません。',
        '',
        '重ねてお詫び申し上げます。何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'The wrong item was sent for your order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for telling us about "{{concern}}". We have checked your order {{orderId}}, and you are right: we sent you a different item instead of {{item}}.',
        'The mistake was ours, and we apologise for the trouble it has caused.',
        'We can send {{item}} to you right away at no cost to you, or refund the order in full if you prefer. Please reply to this message with your choice.',
        'You will not have to pay anything to return the wrong item: we will explain how to send it back.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '订单{{orderId}}错发商品处理',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '收到您关于“{{concern}}”的反馈，经核实，订单{{orderId}}确实错发了商品，您收到的并不是您订购的{{item}}。',
        '这是我们的失误，给您添麻烦了，非常抱歉。',
        '我们可以立即为您寄出正确的{{item}}，也可以为您全额退款，请回复此消息告诉我们您的选择。',
        '错发商品的退回方式我们会另行告知，退回运费由我们承担，无需您支付。',
        '',
        '再次向您表示歉意，感谢您的理解。',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 오배송 관련 안내',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '"{{concern}}" 관련 연락 주셔서 감사합니다. 확인 결과 주문번호 {{orderId}}로 주문하신 {{item}} 대신 다른 상품이 잘못 발송되었습니다.',
        '저희 측 실수로 불편을 드려 진심으로 사과드립니다.',
        '주문하신 {{item}} 상품을 즉시 다시 보내 드리거나 주문 금액 전액을 환불해 드릴 수 있으니, 원하시는 방법을 이 메시지에 회신해 주시기 바랍니다.',
        '잘못 배송된 상품의 반송 방법은 별도로 안내해 드리며, 반송 비용은 저희가 부담합니다.',
        '',
        '다시 한번 깊이 사과드립니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

import { defineStarter, lines } from './define.js';

// For a fault within the warranty period. No period length is stated: it differs per shop and
// product, and a wrong number in a starter would be a promise the seller never made.
export const warranty = defineStarter({
  slug: 'warranty',
  name: 'Warranty claim',
  tags: ['warranty', 'fault', 'not working', '保証', '故障', '保修', '质量问题', '보증', '고장', 'A/S'],
  kinds: ['complaint', 'inquiry'],
  variants: {
    ja: {
      subject: 'ご注文（{{orderId}}）の保証対応について',
      body: lines(
        '{{buyerName}} 様',
        '',
        'いつも{{shopName}}をご利用いただき、誠にありがとうございます。',
        '「{{concern}}」とのご連絡をいただき、ご注文番号{{orderId}}の{{item}}が正常に動作しないとのこと、ご不便をおかけし大変申し訳ございません。',
        '{{item}}は現在保証期間内のため、保証の対象として対応させていただきます。',
        'お手数ですが、症状の詳細と、可能であれば症状が分かる写真または動画を、本メッセージへのご返信にてお送りください。',
        '内容を確認のうえ、交換または返金のうちご希望の方法にて対応いたします。',
        'なお、保証規定は商品に同梱の保証書にも記載しております。',
        '',
        '何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'Warranty support for your order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for contacting us about "{{concern}}". We are sorry that {{item}} from your order {{orderId}} is not working as it should.',
        'Your {{item}} is still within its warranty period, so we will take care of this under the warranty.',
        'To help us resolve it quickly, please reply to this message with a short description of the problem and, if possible, a photo or a short video.',
        'Once we have checked the details, we will replace the item or refund it, whichever you prefer, and explain the next steps.',
        'The warranty terms are also printed in the documents that came with the product.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '订单{{orderId}}保修服务说明',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '收到您关于“{{concern}}”的反馈，得知订单{{orderId}}中的{{item}}无法正常使用，给您带来不便，我们深表歉意。',
        '您的{{item}}目前仍在保修期内，我们将按照保修政策为您处理。',
        '为了尽快解决问题，请直接回复此消息，简要描述故障情况，如方便请附上照片或短视频。',
        '我们核实后，将根据您的意愿为您更换或退款，并告知后续步骤。',
        '保修条款也可以在随商品附带的保修卡中查看。',
        '',
        '感谢您的耐心与理解。',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 보증 서비스 안내',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '"{{concern}}" 관련 연락 주셔서 감사합니다. 주문번호 {{orderId}}의 {{item}} 상품이 정상적으로 작동하지 않아 불편을 드려 죄송합니다.',
        '해당 상품은 현재 보증 기간 내에 있으므로 보증 서비스로 처리해 드리겠습니다.',
        '빠른 처리를 위해 이 메시지에 회신하여 증상을 간단히 설명해 주시고, 가능하시면 사진이나 짧은 동영상을 함께 보내 주시기 바랍니다.',
        '확인 후 원하시는 대로 교환 또는 환불로 처리해 드리고, 이후 절차를 안내해 드리겠습니다.',
        '보증 조건은 상품에 동봉된 보증서에서도 확인하실 수 있습니다.',
        '',
        '감사합니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

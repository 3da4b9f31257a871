import { defineStarter, lines } from './define.js';

// A frame, complete as it stands: it restates the question and points to where the product
// facts are listed; staff add the specific answer after the restatement. It deliberately has
// no fill-in marker (○○, [answer]): the gate would block it, and starters must pass clean.
export const productQuestion = defineStarter({
  slug: 'product-question',
  name: 'Product question: answer frame',
  tags: [
    'product question',
    'specifications',
    'compatibility',
    '商品について',
    '仕様',
    '商品咨询',
    '规格',
    '상품 문의',
    '사양',
  ],
  kinds: ['inquiry'],
  variants: {
    ja: {
      subject: '{{item}}に関するご質問について（ご注文番号{{orderId}}）',
      body: lines(
        '{{buyerName}} 様',
        '',
        'この度は{{shopName}}の商品にご関心をお寄せいただき、誠にありがとうございます。',
        'ご注文番号{{orderId}}（{{item}}）に関する「{{concern}}」とのご質問につきまして、ご回答いたします。',
        '{{item}}のサイズ・素材・対応機種などの仕様と同梱物は、商品詳細ページの「商品の情報」欄に記載しております。',
        '記載のない点や、ご使用前に確認されたい点がございましたら、本メッセージにご返信ください。確認のうえ、速やかにご回答いたします。',
        '',
        '今後とも何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'Your question about {{item}} (order {{orderId}})',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for your question about {{item}} (order {{orderId}}): "{{concern}}".',
        'We have checked the product details for you.',
        'The size, materials and compatibility of {{item}}, as well as the contents of the package, are listed on the product detail page under "Product information".',
        'If your question is not answered there, or if you would like us to check anything else before you use the product, please reply to this message and we will answer promptly.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '关于{{item}}的咨询回复（订单{{orderId}}）',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '感谢您对{{shopName}}商品的关注。关于订单{{orderId}}（{{item}}）的“{{concern}}”问题，现为您解答如下。',
        '{{item}}的尺寸、材质、适用型号等规格信息以及包装内含物品，均已在商品详情页的“商品信息”栏中列明。',
        '若您在详情页中未能找到答案，或在使用前还有其他需要确认的地方，请直接回复此消息，我们会尽快为您解答。',
        '',
        '祝您生活愉快！',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '{{item}} 관련 문의 답변 (주문번호 {{orderId}})',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '주문번호 {{orderId}}({{item}}) 관련 "{{concern}}" 문의를 남겨 주셔서 감사합니다.',
        "{{item}} 상품의 크기, 소재, 호환 모델 등 상세 사양과 구성품은 상품 상세 페이지의 '상품 정보' 항목에서 확인하실 수 있습니다.",
        '상세 페이지에서 답을 찾지 못하셨거나 사용 전에 확인하고 싶으신 점이 있으시면 이 메시지에 회신해 주시기 바랍니다. 확인 후 신속하게 답변드리겠습니다.',
        '',
        '감사합니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

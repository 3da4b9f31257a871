import { defineStarter, lines } from './define.js';

// Sending an invoice is a permitted proactive message, so no {{concern}}: the template works
// whether or not the buyer asked. The PDF itself is attached in the composer (purpose: invoice).
export const invoice = defineStarter({
  slug: 'invoice',
  name: 'Invoice',
  tags: ['invoice', 'receipt', '請求書', '領収書', '发票', '收据', '청구서', '영수증'],
  kinds: ['inquiry'],
  variants: {
    ja: {
      subject: 'ご注文（{{orderId}}）の請求書送付について',
      body: lines(
        '{{buyerName}} 様',
        '',
        'いつも{{shopName}}をご利用いただき、誠にありがとうございます。',
        'ご注文番号{{orderId}}（{{item}}）の請求書をPDFファイルにて添付いたしましたので、ご査収くださいますようお願い申し上げます。',
        '請求書には、ご注文日、お支払い金額（税込）、発行者である当店の情報を記載しております。',
        '宛名を会社名にするなど記載内容の変更をご希望の場合は、本メッセージにご返信ください。修正したものを改めてお送りいたします。',
        '',
        '何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'Invoice for your order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Please find attached the invoice for your order {{orderId}} ({{item}}) as a PDF file.',
        'It shows the order date, the amount paid including tax, and our shop details as the issuer.',
        'If you need the invoice made out to a company or any other detail changed, please reply to this message and we will send you a corrected copy.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '订单{{orderId}}发票',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '您的订单{{orderId}}（{{item}}）的发票已作为PDF文件附在本消息中，请查收。',
        '发票上列明了下单日期、含税实付金额以及作为开票方的本店信息。',
        '如需将抬头改为公司名称或修改其他信息，请直接回复此消息，我们会为您重新开具。',
        '',
        '感谢您的支持，祝您生活愉快！',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 청구서 송부',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '주문번호 {{orderId}}({{item}})의 청구서를 PDF 파일로 첨부하여 보내 드리오니 확인 부탁드립니다.',
        '청구서에는 주문일, 부가세 포함 결제 금액, 발행자인 저희 상점 정보가 기재되어 있습니다.',
        '청구서의 수신인을 회사명으로 변경하는 등 기재 내용의 수정이 필요하시면 이 메시지에 회신해 주시기 바랍니다. 수정한 청구서를 다시 보내 드리겠습니다.',
        '',
        '감사합니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

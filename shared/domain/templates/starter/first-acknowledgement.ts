import { defineStarter, lines } from './define.js';

// The first reply when a full answer takes time (domain.md): it stops the 24-hour clock and
// says when the full answer comes. A fixed "within 24 hours" keeps it free of extra fields.
export const firstAcknowledgement = defineStarter({
  slug: 'first-acknowledgement',
  name: 'First acknowledgement',
  tags: ['acknowledgement', 'received', 'お問い合わせ受付', '受付', '已收到', '咨询', '문의 접수', '접수'],
  kinds: ['inquiry', 'complaint'],
  variants: {
    ja: {
      subject: 'お問い合わせ受付のご連絡（ご注文番号{{orderId}}）',
      body: lines(
        '{{buyerName}} 様',
        '',
        'この度は{{shopName}}にお問い合わせいただき、誠にありがとうございます。',
        'ご注文番号{{orderId}}に関する「{{concern}}」の件、確かに承りました。',
        '現在、詳細を確認しております。24時間以内に改めて詳しくご回答いたしますので、今しばらくお待ちくださいますようお願い申し上げます。',
        'その間に補足事項や写真などがございましたら、本メッセージにご返信ください。',
        '',
        '何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'We have received your message about order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for your message regarding "{{concern}}" (order {{orderId}}).',
        'We have received it and are now looking into the details.',
        'We will send you a full answer within 24 hours.',
        'If you would like to add anything in the meantime, such as photos, simply reply to this message.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '已收到您关于订单{{orderId}}的咨询',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '感谢您的来信。关于订单{{orderId}}的“{{concern}}”，我们已经收到，目前正在核实具体情况。',
        '我们将在24小时内给您完整的答复，请您耐心等待。',
        '在此期间如需补充信息或照片，请直接回复此消息即可。',
        '',
        '感谢您的理解与支持。',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 문의 접수 안내',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '주문번호 {{orderId}} 관련 "{{concern}}" 문의를 잘 접수하였습니다.',
        '현재 자세한 내용을 확인하고 있으며, 24시간 이내에 정확한 답변을 드리겠습니다.',
        '그동안 추가로 알려 주실 내용이나 사진이 있으시면 이 메시지에 회신해 주시기 바랍니다.',
        '',
        '조금만 기다려 주시면 감사하겠습니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

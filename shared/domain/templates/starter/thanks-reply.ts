import { defineStarter, lines } from './define.js';

// A reply to a buyer's thanks. It must say something beyond "thank you" (a bare thank-you is
// a notice the marketplace already sends), and it must never ask for a review.
export const thanksReply = defineStarter({
  slug: 'thanks-reply',
  name: 'Reply to thanks',
  tags: ['thanks', 'arrived safely', 'お礼', '感謝', '感谢', '谢谢', '감사', '잘 받았'],
  kinds: ['thanks'],
  variants: {
    ja: {
      subject: 'ご注文（{{orderId}}）についてのお礼',
      body: lines(
        '{{buyerName}} 様',
        '',
        'この度は{{shopName}}をご利用いただき、誠にありがとうございます。',
        'ご注文番号{{orderId}}の{{item}}について、ご丁寧なメッセージをいただき、スタッフ一同大変うれしく拝読いたしました。',
        '商品が無事にお手元に届き、お喜びいただけたとのこと、大変光栄に存じます。',
        'ご使用にあたりご不明な点がございましたら、いつでも本メッセージにご返信ください。',
        '',
        '今後とも何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'Thank you for your message about order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for your kind message about your order {{orderId}}.',
        'We are very glad to hear that {{item}} arrived safely and that you are happy with it.',
        'If you ever have a question about using it, simply reply to this message and we will be glad to help.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '感谢您关于订单{{orderId}}的留言',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '非常感谢您就订单{{orderId}}给我们留言。',
        '得知{{item}}已经顺利送达，并且您对商品感到满意，我们全体同事都非常高兴。',
        '今后在使用过程中如有任何疑问，欢迎随时回复此消息，我们很乐意为您提供帮助。',
        '',
        '祝您生活愉快！',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 관련 메시지에 감사드립니다',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '주문번호 {{orderId}} 건과 관련하여 따뜻한 메시지를 보내 주셔서 진심으로 감사드립니다.',
        '{{item}} 상품이 무사히 도착하고 마음에 드셨다니 저희 모두 정말 기쁩니다.',
        '사용하시면서 궁금하신 점이 생기면 언제든지 이 메시지에 회신해 주십시오. 기꺼이 도와드리겠습니다.',
        '',
        '감사합니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

import { defineStarter, lines } from './define.js';

// No tracking-number placeholder exists: the buyer is pointed to the order history, where the
// marketplace shows the carrier and number, instead of a carrier URL (links need confirmation).
export const orderStatus = defineStarter({
  slug: 'order-status',
  name: 'Order status and tracking',
  tags: ['order status', 'tracking', '配送状況', '追跡', '物流', '查询', '배송 조회', '배송 현황'],
  kinds: ['inquiry'],
  variants: {
    ja: {
      subject: 'ご注文（{{orderId}}）の配送状況について',
      body: lines(
        '{{buyerName}} 様',
        '',
        'いつも{{shopName}}をご利用いただき、誠にありがとうございます。',
        '「{{concern}}」の件につきまして、ご注文番号{{orderId}}（{{item}}）の配送状況をお調べいたしました。',
        '商品はすでに発送済みで、{{deliveryDate}}頃のお届けを予定しております。',
        '配送状況とお問い合わせ伝票番号は、ご注文履歴の「配送状況を確認」からいつでもご確認いただけます。',
        '万が一{{deliveryDate}}を過ぎてもお届けがない場合は、お手数ですが本メッセージにご返信ください。配送業者へ至急確認いたします。',
        '',
        '何卒よろしくお願い申し上げます。',
        '',
        '{{shopName}}',
        '担当：{{staffName}}',
      ),
    },
    en: {
      subject: 'Delivery status of your order {{orderId}}',
      body: lines(
        'Dear {{buyerName}},',
        '',
        'Thank you for contacting us regarding "{{concern}}".',
        'We have checked your order {{orderId}} ({{item}}): it has left our warehouse and is expected to arrive by {{deliveryDate}}.',
        'You can follow the parcel at any time under "Your Orders" > "Track package" in your account, where the tracking number is shown as well.',
        'If the parcel has not arrived by {{deliveryDate}}, please reply to this message and we will contact the carrier for you right away.',
        '',
        'Kind regards,',
        '{{staffName}}',
        '{{shopName}}',
      ),
    },
    zh: {
      subject: '关于订单{{orderId}}的物流状态',
      body: lines(
        '尊敬的{{buyerName}}，您好！',
        '',
        '感谢您选购{{shopName}}的商品。关于您咨询的“{{concern}}”，我们已为您查询了订单{{orderId}}（{{item}}）的物流情况。',
        '您的商品已从我们的仓库发出，预计将于{{deliveryDate}}前送达。',
        '您可以在账户的“我的订单”中点击“追踪包裹”，随时查看物流进度及运单号。',
        '如果到{{deliveryDate}}仍未收到商品，请直接回复此消息，我们会第一时间联系承运商为您跟进。',
        '',
        '祝您生活愉快！',
        '',
        '{{shopName}} 客服 {{staffName}}',
      ),
    },
    ko: {
      subject: '주문번호 {{orderId}} 배송 현황 안내',
      body: lines(
        '{{buyerName}} 고객님, 안녕하세요.',
        '{{shopName}} 고객지원팀입니다.',
        '',
        '문의하신 "{{concern}}" 건과 관련하여 주문번호 {{orderId}}({{item}})의 배송 현황을 확인해 드렸습니다.',
        '상품은 이미 출고되었으며, {{deliveryDate}}까지 도착할 예정입니다.',
        "배송 현황과 운송장 번호는 계정의 '주문 내역'에서 '배송 조회'를 누르시면 언제든지 확인하실 수 있습니다.",
        '{{deliveryDate}}까지 상품을 받지 못하신 경우 이 메시지에 회신해 주시기 바랍니다. 즉시 택배사에 확인해 드리겠습니다.',
        '',
        '감사합니다.',
        '',
        '{{shopName}} {{staffName}} 드림',
      ),
    },
  },
});

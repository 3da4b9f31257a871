import type { Template, TemplateSettings } from '../../../shared/domain/templates/types.js';

/**
 * Sample templates for the design preview: every language where it makes sense, one without a
 * Korean variant (the "no Korean version" marker) and one that breaks the sending rules (an
 * e-mail address and a coupon), so the picker's blocked row can be seen. Dev only.
 */
const at = '2026-01-01T00:00:00.000Z';
const base = { createdAt: at, updatedAt: at, reviewedAt: at, lastUsedAt: null, useCount: 0, starter: false };

export const FAKE_TEMPLATES: Template[] = [
  {
    ...base,
    id: 'fake-delay',
    name: '配送遅延のお詫び',
    tags: ['配送', '遅延'],
    kinds: ['complaint', 'inquiry'],
    defaultLanguage: 'ja',
    lastUsedAt: '2026-01-05T09:00:00.000Z',
    useCount: 4,
    variants: {
      ja: {
        subject: '配送遅延のお詫び（注文番号 {{orderId}}）',
        body: '{{buyerName}} 様\n\n{{shopName}}の{{staffName}}です。このたびは「{{concern}}」の件でご迷惑をおかけし、申し訳ございません。\nご注文（注文番号 {{orderId}}）は {{deliveryDate}} にお届けの予定です。\n\n引き続きよろしくお願いいたします。',
      },
      en: {
        subject: 'About the delay of order {{orderId}}',
        body: 'Dear {{buyerName}},\n\nThis is {{staffName}} from {{shopName}}. We are sorry about "{{concern}}".\nYour order {{orderId}} is now expected to arrive on {{deliveryDate}}.\n\nKind regards,\n{{staffName}}',
      },
      zh: {
        subject: '关于订单 {{orderId}} 的延迟',
        body: '{{buyerName}} 您好：\n\n我是{{shopName}}的{{staffName}}。关于“{{concern}}”，给您添麻烦了，非常抱歉。\n您的订单 {{orderId}} 预计于 {{deliveryDate}} 送达。\n\n谢谢！',
      },
      ko: {
        subject: '주문 {{orderId}} 배송 지연 안내',
        body: '{{buyerName}}님, 안녕하세요.\n\n{{shopName}}의 {{staffName}}입니다. "{{concern}}" 건으로 불편을 드려 죄송합니다.\n주문 {{orderId}}은(는) {{deliveryDate}}에 도착할 예정입니다.\n\n감사합니다.',
      },
    },
  },
  {
    ...base,
    id: 'fake-return',
    name: '返品・交換のご案内',
    tags: ['返品', '交換'],
    kinds: ['complaint'],
    defaultLanguage: 'ja',
    variants: {
      ja: {
        subject: '返品・交換のご案内',
        body: '{{buyerName}} 様\n\n「{{item}}」の件、ご不便をおかけして申し訳ございません。\nお手数ですが、商品を下記までご返送ください。\n{{custom.returnAddress}}\n\n注文番号：{{orderId}}\n{{shopName}} {{staffName}}',
      },
      en: {
        subject: 'How to return or exchange your item',
        body: 'Dear {{buyerName}},\n\nWe are sorry that "{{item}}" did not meet your expectations.\nPlease send the item back to:\n{{custom.returnAddress}}\n\nOrder ID: {{orderId}}\n{{staffName}}, {{shopName}}',
      },
      zh: {
        subject: '退货和换货说明',
        body: '{{buyerName}} 您好：\n\n关于“{{item}}”，给您带来不便，非常抱歉。\n请将商品寄回以下地址：\n{{custom.returnAddress}}\n\n订单号：{{orderId}}\n{{shopName}} {{staffName}}',
      },
    },
  },
  {
    ...base,
    id: 'fake-thanks',
    name: 'お礼（到着のご連絡へ）',
    tags: ['お礼'],
    kinds: ['thanks'],
    defaultLanguage: 'ja',
    variants: {
      ja: {
        subject: 'ご連絡ありがとうございます',
        body: '{{buyerName}} 様\n\n無事に届いたとのご連絡、ありがとうございます。またのご利用をお待ちしております。\n\n{{shopName}} {{staffName}}',
      },
      en: {
        subject: 'Thank you for letting us know',
        body: 'Dear {{buyerName}},\n\nThank you for letting us know your order arrived safely.\n\n{{staffName}}, {{shopName}}',
      },
      zh: {
        subject: '感谢您的来信',
        body: '{{buyerName}} 您好：\n\n感谢您告知商品已安全送达。\n\n{{shopName}} {{staffName}}',
      },
      ko: {
        subject: '연락 주셔서 감사합니다',
        body: '{{buyerName}}님, 안녕하세요.\n\n상품이 잘 도착했다는 소식 감사합니다.\n\n{{shopName}} {{staffName}}',
      },
    },
  },
  {
    ...base,
    id: 'fake-stock',
    name: '在庫・入荷のお問い合わせへの回答',
    tags: ['在庫'],
    kinds: ['inquiry'],
    defaultLanguage: 'en',
    variants: {
      en: {
        subject: 'About the stock of {{item}}',
        body: 'Dear {{buyerName}},\n\nAs of {{today}}, "{{item}}" is in stock and ships within two business days.\n\n{{staffName}}, {{shopName}}',
      },
      ja: {
        subject: '{{item}}の在庫について',
        body: '{{buyerName}} 様\n\n{{today}}現在、「{{item}}」は在庫がございます。2営業日以内に発送いたします。\n\n{{shopName}} {{staffName}}',
      },
    },
  },
  {
    ...base,
    id: 'fake-coupon',
    name: '次回クーポンのご案内（要修正）',
    tags: ['販促'],
    kinds: ['thanks'],
    defaultLanguage: 'ja',
    variants: {
      ja: {
        subject: '次回使えるクーポンのご案内',
        body: '{{buyerName}} 様\n\n次回使える10%オフのクーポンをお送りします。ご質問は support@shop.example までどうぞ。\n\n{{shopName}}',
      },
      en: {
        subject: 'A coupon for your next order',
        body: 'Dear {{buyerName}},\n\nHere is a 10% off coupon for your next order. Questions: support@shop.example\n\n{{shopName}}',
      },
    },
  },
];

export const FAKE_TEMPLATE_SETTINGS: TemplateSettings = {
  shopName: 'さくら雑貨店',
  // Empty on purpose: the return template then shows a missing custom field.
  customFields: [{ key: 'returnAddress', label: '返品先住所', value: '' }],
  reviewAfterDays: 90,
};

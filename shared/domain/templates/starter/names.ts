import type { TemplateLanguage } from '../types.js';

/**
 * The starters' names in each UI language. A template has one name (the seller's own label), and
 * the shipped one is English; until the seller renames a starter, the window shows it in the UI
 * language, so a seller in Tokyo browses 「破損のお詫びと対応」, not "Damaged item".
 */
const NAMES: Readonly<Record<string, Readonly<Record<TemplateLanguage, string>>>> = {
  'starter-order-status': {
    en: 'Order status and tracking',
    ja: '配送状況・追跡のご案内',
    zh: '订单状态与物流查询',
    ko: '주문 상태 및 배송 조회 안내',
  },
  'starter-delivery-delay': {
    en: 'Delivery delay with expected date',
    ja: 'お届け遅延のお詫び（お届け予定日つき）',
    zh: '配送延迟说明（含预计送达日期）',
    ko: '배송 지연 안내(도착 예정일 포함)',
  },
  'starter-return-instructions': {
    en: 'Return instructions',
    ja: '返品手続きのご案内',
    zh: '退货办理说明',
    ko: '반품 절차 안내',
  },
  'starter-damaged-item': {
    en: 'Damaged item: apology and options',
    ja: '商品破損のお詫びと対応のご提案',
    zh: '商品破损：致歉与处理方案',
    ko: '상품 파손 사과 및 처리 방법 안내',
  },
  'starter-wrong-item': {
    en: 'Wrong item sent',
    ja: '誤発送のお詫び',
    zh: '错发商品致歉',
    ko: '오배송 사과 안내',
  },
  'starter-cancellation': {
    en: 'Cancellation confirmation',
    ja: 'キャンセル完了のお知らせ',
    zh: '取消确认',
    ko: '취소 완료 안내',
  },
  'starter-product-question': {
    en: 'Product question: answer frame',
    ja: '商品に関するご質問への回答（ひな形）',
    zh: '商品咨询回复（框架）',
    ko: '상품 문의 답변(기본 틀)',
  },
  'starter-warranty': {
    en: 'Warranty claim',
    ja: '保証対応のご案内',
    zh: '保修服务说明',
    ko: '보증 서비스 안내',
  },
  'starter-thanks-reply': {
    en: 'Reply to thanks',
    ja: 'お礼へのご返信',
    zh: '感谢留言的回复',
    ko: '감사 메시지에 대한 답장',
  },
  'starter-invoice': {
    en: 'Invoice',
    ja: '請求書の送付',
    zh: '发票发送',
    ko: '청구서 송부',
  },
  'starter-first-acknowledgement': {
    en: 'First acknowledgement',
    ja: 'お問い合わせ受付のご連絡',
    zh: '咨询受理通知',
    ko: '문의 접수 안내',
  },
};

/** The name to show: a starter still under its shipped name appears in the UI language. */
export function templateDisplayName(id: string, name: string, uiLanguage: string): string {
  const names = NAMES[id];
  if (names === undefined || names.en !== name) return name;
  const lang = uiLanguage.slice(0, 2);
  return lang === 'ja' || lang === 'zh' || lang === 'ko' || lang === 'en' ? names[lang] : name;
}

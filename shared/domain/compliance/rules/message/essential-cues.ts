import { escapeRegex } from '../wording/phrase.js';

/**
 * Cues that a message is about something essential to completing the order, the only use
 * the marketplace allows for the `[Important]` tag (domain.md: it reaches buyers who opted
 * out). Curated per topic in the four languages; a cue anywhere in subject or body is enough.
 * English cues are whole words; CJK cues are substrings (no spaces between words).
 */
const TOPICS: Record<string, { en: readonly string[]; cjk: readonly string[] }> = {
  address: {
    en: ['address', 'addresses', 'postcode', 'zip code', 'postal code'],
    cjk: [
      '住所',
      'お届け先',
      '配送先',
      '送付先',
      '郵便番号',
      '地址',
      '收货人',
      '收件人',
      '收貨人',
      '주소',
      '배송지',
      '우편번호',
    ],
  },
  customisation: {
    en: [
      'customise',
      'customize',
      'customisation',
      'customization',
      'personalise',
      'personalize',
      'personalisation',
      'personalization',
      'engraving',
      'please choose',
      'please select',
    ],
    cjk: [
      'カスタマイズ',
      '名入れ',
      '刻印',
      'オーダーメイド',
      'お選びください',
      'ご指定ください',
      '定制',
      '定做',
      '刻字',
      '请选择',
      '請選擇',
      '맞춤',
      '주문제작',
      '각인',
      '선택해',
    ],
  },
  payment: {
    en: ['invoice', 'invoices', 'payment', 'receipt'],
    cjk: [
      '請求書',
      '領収書',
      'お支払い',
      '支払い',
      '決済',
      'インボイス',
      '发票',
      '發票',
      '付款',
      '支付',
      '인보이스',
      '영수증',
      '결제',
      '세금계산서',
    ],
  },
  unfulfillable: {
    en: [
      'cancel',
      'cancelled',
      'canceled',
      'cancellation',
      'out of stock',
      'unable to ship',
      'cannot ship',
      "can't ship",
      'cannot be shipped',
      'cannot fulfil',
      'cannot fulfill',
      'backorder',
      'backordered',
      'discontinued',
    ],
    cjk: [
      'キャンセル',
      '在庫切れ',
      '欠品',
      '発送できません',
      '出荷できません',
      'お届けできません',
      '取消',
      '缺货',
      '缺貨',
      '断货',
      '無法出貨',
      '无法发货',
      '취소',
      '품절',
      '재고가 없',
      '발송이 불가',
      '배송이 불가',
    ],
  },
  scheduling: {
    en: [
      'delivery date',
      'delivery time',
      'time slot',
      'schedule',
      'scheduling',
      'appointment',
      'bulky',
      'freight',
    ],
    cjk: [
      '日時指定',
      '時間指定',
      '配達日',
      '配送日',
      'お届け日',
      '大型商品',
      '送货时间',
      '送貨時間',
      '配送时间',
      '预约',
      '預約',
      '大件',
      '배송 일정',
      '배송일',
      '배달 일정',
      '방문 일정',
      '대형',
    ],
  },
  safety: {
    en: ['recall', 'recalled', 'safety', 'hazard', 'hazardous'],
    cjk: [
      'リコール',
      '自主回収',
      '安全上',
      '発火',
      '召回',
      '安全隐患',
      '安全隱患',
      '리콜',
      '안전 문제',
      '회수',
    ],
  },
  returns: {
    en: ['return', 'returns', 'returned', 'returning', 'refund', 'refunds', 'refunded', 'rma'],
    cjk: [
      '返品',
      '返送',
      '返金',
      '交換',
      '退货',
      '退貨',
      '退款',
      '退回',
      '换货',
      '換貨',
      '반품',
      '환불',
      '교환',
    ],
  },
};

const EN = new RegExp(
  `\\b(?:${Object.values(TOPICS)
    .flatMap((t) => t.en)
    .map((w) => escapeRegex(w).replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'i',
);
// CJK cues by plain substring search: V8 runs a 100-way alternation of literals position by
// position, twice as slow on a 5 KB body as a hundred native includes() calls.
const CJK: readonly string[] = Object.values(TOPICS).flatMap((t) => t.cjk);

function hasCue(text: string): boolean {
  return EN.test(text) || CJK.some((cue) => text.includes(cue));
}

/** Runs only when the subject carries the tag; the subject is read first, it usually says why. */
export function hasEssentialCue(subject: string, body: string): boolean {
  return hasCue(subject) || hasCue(body);
}

import type { Rule } from '../../types.js';
import { cjk, latin } from './phrase.js';
import { both, compile, clauseAfter, clauseBefore, latinBounded, scanFields } from './scan.js';

/**
 * Marketing in a reply (coupons, discounts, sales, other products, "follow us") is not allowed
 * (domain.md). It warns rather than blocks: a seller answering "can I get a discount?" has to
 * be able to say no, so a term the same clause negates passes ("we cannot offer a discount",
 * 割引はできかねます, 无法打折, 할인은 어렵습니다). "Refund" is never promotion, and "sale" only
 * counts as a sales event: "for sale", "point of sale" and "after-sale" are not.
 */

const EN = [
  latin('coupon') + 's?',
  latin('discount') + '(?:s|ed)?',
  '\\d+ ?% ?off',
  'sale',
  // Longest first: a rejected "promo" inside "promotion" does not fall back to a later alternative.
  'promotional',
  'promotions?',
  latin('promo') + '(?: ?codes?)?',
  'vouchers?',
  'free shipping on (?:your )?next',
  '(?:check out|take a look at|browse|visit) our (?:other |new |latest )?(?:products|items|store|shop|range|collection|listings)',
  'our other (?:products|items)',
  'new arrivals',
  'follow us',
  'special offers?',
  'limited[ -]time (?:offer|deal)s?',
  'buy one,? get one',
  'bogo',
];

const JA = [
  ...['クーポン', '割引', '新商品', '新製品', '新作', '姉妹品', 'キャンペーン', '特価'].map(cjk),
  `${cjk('セール')}(?!ス)`, // セールス (sales, as in the sales team) is not a sale
  `${cjk('お得')}(?!意)`, // お得意様 is a valued customer
  // "他の商品も念のため確認しました" (we checked the other items too) is not cross-selling.
  `(?:${cjk('他の')}|${cjk('ほかの')})(?:${cjk('商品')}|${cjk('製品')})も(?:${cjk('ぜひ')}|${cjk('是非')}|${cjk('ご覧')}|${cjk('お試し')}|${cjk('チェック')}|${cjk('よろしく')})`,
  `${cjk('ポイント')}\\s*\\d+\\s*倍`,
  '\\d+ ?% ?(?:OFF|オフ)',
  `(?:${cjk('ショップ')}|${cjk('ストア')}|${cjk('当店')})を?${cjk('フォロー')}`,
];

const ZH = [
  ...['优惠券', '优惠', '折扣', '打折', '促销', '满减', '秒杀', '特价', '上新', '代金券'].map(cjk),
  // 新品 alone is also "a brand-new unit" (为您补发新品, 新品と交換): only launches are promotion.
  ...['新品上市', '新品推荐', '新品上架', '新品首发', '推荐新品'].map(cjk),
  `(?:${cjk('店铺')}|本店|小店)的?${cjk('其他')}(?:商品|产品)`,
  `${cjk('其他')}(?:商品|产品)(?:也|都)`,
  `(?:${cjk('关注')}|${cjk('收藏')})(?:店铺|本店|我们|小店)`,
];

const KO = [
  ...['쿠폰', '할인', '세일', '신상품', '신제품', '특가', '프로모션', '이벤트', '적립금', '팔로우'].map(cjk),
  // "다른 상품이 잘못 발송되었습니다" (a different item was sent by mistake) is the wrong-item
  // apology, not cross-selling: only an invitation to look at other products counts.
  `${cjk('다른')}\\s*${cjk('상품')}(?:들)?(?:도|을|들을)?\\s*(?:${cjk('구경')}|${cjk('둘러')}|${cjk('살펴')}|${cjk('추천')}|${cjk('소개')}|${cjk('만나')}|${cjk('이용해')})`,
  `(?:스토어|상점)\\s*찜`,
];

const PATTERNS = compile([...EN, ...JA, ...ZH, ...KO]);

// English and Chinese put the negation before the term, Japanese and Korean after it.
const NEGATED_BEFORE =
  /(?:\bnot|\bno|cannot|can't|n't|unable to|无法|不能|不可以?|没有|不提供|暂无|暂不|不参加|不支持)\s*(?:[a-z]+\s+){0,2}[^a-z,]{0,4}$/i;
const NEGATED_AFTER =
  /^[^。.]{0,10}?(?:できかね|致しかね|いたしかね|できません|出来ません|しておりません|ございません|対象外|불가|어렵|없습니다|없어요|드릴\s*수\s*없|안\s*됩니다|되지\s*않)/;
const NOT_A_SALE = /(?:for|point of|bill of|after-?|pre-?)\s*$/i;

function promotes(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start, 30);
  if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(clauseAfter(text, end, 15))) return false;
  return !(text.slice(start, end).toLowerCase() === 'sale' && NOT_A_SALE.test(before));
}

export const promotionRule: Rule = {
  id: 'promotion',
  severity: 'warn',
  summary: 'Promotion (coupons, discounts, sales, other products) is not allowed in a reply',
  check: (ctx) => scanFields(ctx, PATTERNS, both(latinBounded, promotes)),
};

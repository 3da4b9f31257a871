import type { Rule } from '../../types.js';
import { anyOf, cjk, latin } from './phrase.js';
import { compile, scanFields } from './scan.js';

/**
 * Review manipulation (domain.md): anything offered in exchange for a review, or pressing for a
 * positive one. One neutral review request is a permitted reason for a message, so "review" or
 * "feedback" alone never fires, and neither does a refund mentioned in another sentence ("We
 * have refunded you. We'd appreciate your feedback."). What fires is a reward and a review
 * linked inside one sentence by an exchange ("for a 5-star review", "leave a review and get",
 * "レビューを書いていただいた方に…プレゼント", "好评返现", "리뷰 작성 시 적립금"), or a request
 * for a top rating ("please leave 5 stars", 高評価をお願いします, 给个好评, 별점 5점 부탁).
 */

const S = '[^.!?。\\n]'; // stays inside one sentence (！？ are folded to !? before matching)

// English -----------------------------------------------------------------------------------
const EN_REWARD = anyOf([
  '(?:full |partial )?' + latin('refund'),
  'reimburse(?:ment)?',
  'money back',
  'gift ?cards?',
  'gifts?',
  latin('coupon') + 's?',
  'vouchers?',
  'cash ?back',
  latin('discount') + 's?',
  'free (?:gifts?|products?|items?)',
  'free',
  'rewards?',
  'points',
  'bonus',
  'compensation',
  'rebate',
  'paypal',
  '(?:amazon|store) credit',
  '\\$\\d+',
  '\\d+ ?(?:usd|dollars?)',
]);
const EN_TOP = '(?:(?:5|five)[ -]?stars?|positive|good|great|glowing|excellent|high|honest)';
const EN_REVIEW = `(?:${EN_TOP} )?(?:${latin('review')}s?|feedback|ratings?)|(?:5|five)[ -]?stars?`;
const EN_GIVE = '(?:leav|writ|post|giv|submitt?|rat)(?:e|es|ing)?';

const EN = [
  // "full refund for a 5-star review", "gift card in exchange for an honest review"
  `${EN_REWARD}${S}{0,40}?(?:for|in exchange for|in return for|after|once|if you) (?:[a-z]+ ){0,3}?(?:${EN_REVIEW})`,
  // "leave a review and get a free gift", "after you post your review, we will refund you"
  `${EN_GIVE} (?:[a-z]+ ){0,3}?(?:${EN_REVIEW})${S}{0,50}?(?:get|receive|we(?:'ll| will)|you(?:'ll| will)|and) ${S}{0,30}?${EN_REWARD}`,
  // pressing: "leave us a 5-star review", "rate us five stars", "give a positive rating"
  `${EN_GIVE} (?:us )?(?:an? )?(?:(?:5|five)[ -]?stars?|positive|good|great|glowing|excellent|high)(?: (?:reviews?|feedback|ratings?))?`,
  '(?:5|five)[ -]?stars?,? please',
];

// Japanese ----------------------------------------------------------------------------------
const JA_REWARD = anyOf([
  ...['プレゼント', '返金', 'ギフト券', 'ギフトカード', 'アマギフ', 'クーポン', 'ポイント'].map(cjk),
  ...['キャッシュバック', '特典', '無料', '割引', '謝礼', 'お礼の品', '進呈', '差し上げ', '粗品', '現金'].map(
    cjk,
  ),
]);
const JA_STAR = `(?:[★☆]|${cjk('星')})\\s*5|5\\s*${cjk('つ星')}|${cjk('五つ星')}|${cjk('最高評価')}|${cjk('高評価')}`;
const JA_REVIEW_TERM = `(?:${cjk('レビュー')}|${cjk('口コミ')}|${cjk('クチコミ')}|${cjk('評価')}|${cjk('感想')})`;
const JA_REVIEW_ACT = `${JA_REVIEW_TERM}を?ご?(?:書|投稿|記入|いただ|頂)|${JA_REVIEW_TERM}の?(?:お礼|特典)|${JA_STAR}`;
const JA_ASK = '(?:お願い|ください|下さい|いただけ|頂け|つけて|付けて|お付け)';

const JA = [
  `(?:${JA_REVIEW_ACT})[^。!?\\n]{0,30}?${JA_REWARD}`,
  `${JA_REWARD}[^。!?\\n]{0,20}?(?:ので|代わりに|引き換えに)[^。!?\\n]{0,20}?(?:${JA_STAR}|${JA_REVIEW_TERM})`,
  `(?:${JA_STAR}|(?:良い|よい|高い|最高の)${cjk('評価')})の?(?:評価|レビュー)?を?\\s*${JA_ASK}`,
];

// Chinese -----------------------------------------------------------------------------------
const ZH_POSITIVE = anyOf(['好评', '五星', '5星', '晒图', '晒单', '追评', '带图评价'].map(cjk));
const ZH_REVIEW = anyOf([ZH_POSITIVE, ...['评价', '评论', '点评'].map(cjk)]);
const ZH_REWARD = anyOf([
  ...['返现', '返款', '返利', '红包', '礼品', '礼物', '小礼', '有礼', '积分', '现金', '优惠券', '奖励'].map(
    cjk,
  ),
  '[赠送](?![货达到出件])', // 送货/送达 are delivery, not a gift
]);

const ZH = [
  `${ZH_REVIEW}[^。!?\\n]{0,12}?${ZH_REWARD}`,
  // A refund tied to a *positive* review ("五星好评全额退款"); a refund near a neutral 评价 is
  // usually the answer to a complaint the buyer made in a review.
  `${ZH_POSITIVE}[^。!?\\n]{0,12}?(?:${cjk('退款')}|${cjk('全款')})`,
  `(?:给|求|请|麻烦|帮忙|记得)[^。!?\\n]{0,6}?${ZH_POSITIVE}`,
  `${cjk('好评')}(?:哦|哟|呀|吧|呢)`,
];

// Korean ------------------------------------------------------------------------------------
const KO_REVIEW = anyOf(['리뷰', '후기', '상품평', '구매평', '별점', '평점'].map(cjk));
const KO_REWARD = anyOf(
  [
    '적립금',
    '포인트',
    '쿠폰',
    '사은품',
    '선물',
    '환불',
    '캐시백',
    '기프티콘',
    '상품권',
    '증정',
    '지급',
    '할인',
  ].map(cjk),
);
const KO_ASK = '(?:부탁|주세요|주시면|남겨)';

const KO = [
  `${KO_REVIEW}\\s*${cjk('이벤트')}`,
  `(?:${cjk('포토')}\\s*)?${KO_REVIEW}\\s*[을를]?\\s*(?:작성|남기|남겨|쓰|써|등록|참여)[^.!?\\n]{0,25}?${KO_REWARD}`,
  `(?:(?:별점|평점)\\s*(?:5|다섯)\\s*[점개]?|(?:5|다섯)\\s*점)(?:\\s*만점)?[^.!?\\n]{0,10}?${KO_ASK}`,
  `(?:좋은|긍정적인|높은|최고의)\\s*(?:리뷰|후기|평가|별점|평점)[^.!?\\n]{0,10}?${KO_ASK}`,
];

const PATTERNS = compile([...EN, ...JA, ...ZH, ...KO]);

export const reviewIncentiveRule: Rule = {
  id: 'review-incentive',
  severity: 'block',
  summary: 'A reply may not offer anything for a review or press for a positive one',
  check: (ctx) => scanFields(ctx, PATTERNS),
};

import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf } from './wording-cases.js';

const cases: Case[] = [
  [
    'en',
    'We will give you a full refund for a 5-star review.',
    ['full refund for a 5-star review'],
    'refund for a review',
  ],
  [
    'en',
    'Leave a review and get a free gift!',
    ['Leave a review and get a free gift'],
    'review, then reward',
  ],
  [
    'en',
    'Gift card in exchange for an honest review.',
    ['Gift card in exchange for an honest review'],
    'even "honest"',
  ],
  ['en', 'Please leave us a 5-star review.', ['leave us a 5-star review'], 'pressing for five stars'],
  ['en', 'Could you rate us five stars?', ['rate us five stars'], 'pressing for five stars'],
  ['en', 'f r e e gift for your r e v i e w', ['f r e e gift for your r e v i e w'], 'spaced out'],
  [
    'en',
    "If you have a moment, we'd appreciate your honest feedback.",
    [],
    'one neutral review request is allowed',
  ],
  [
    'en',
    'We have issued a full refund. We would appreciate a review.',
    [],
    'refund and review in different sentences',
  ],
  ['en', 'Thank you for your 5-star review!', [], 'thanking for a review is not pressing'],
  [
    'ja',
    'レビューを書いていただいた方に、もれなくAmazonギフト券500円分をプレゼント！',
    ['レビューを書いていただいた方に、もれなくAmazonギフト券'],
    'classic offer',
  ],
  ['ja', '★５評価で全額返金いたします。', ['★５評価で全額返金'], 'full-width digit in the star rating'],
  ['ja', '高評価をお願いいたします。', ['高評価をお願い'], 'pressing for a top rating'],
  [
    'ja',
    '商品レビューのお礼に次回使えるクーポンを差し上げます。',
    ['レビューのお礼に次回使えるクーポン'],
    'reward as thanks',
  ],
  ['ja', 'ﾚﾋﾞｭｰを書いていただいた方にﾌﾟﾚｾﾞﾝﾄ', ['ﾚﾋﾞｭｰを書いていただいた方にﾌﾟﾚｾﾞﾝﾄ'], 'half-width katakana'],
  ['ja', 'よろしければ、商品の感想をお聞かせいただけますと幸いです。', [], 'neutral request'],
  ['ja', '返金手続きが完了いたしました。よろしければレビューをお願いいたします。', [], 'separate sentences'],
  ['ja', '高評価いただき、誠にありがとうございます。', [], 'thanks for a rating already given'],
  ['zh', '好评返现！', ['好评返现'], 'the idiom itself'],
  ['zh', '晒图返现5元', ['晒图返现'], 'photo review cashback'],
  ['zh', '五星好评送小礼品', ['五星好评送'], 'gift for five stars'],
  ['zh', '麻烦给个好评哦', ['麻烦给个好评', '好评哦'], 'pressing for a good review'],
  ['zh', '好 评 返 现', ['好 评 返 现'], 'spaced out'],
  ['zh', '感谢您的好评，祝您生活愉快。', [], 'thanks for a review'],
  ['zh', '关于您评价中提到的送货延误，我们深表歉意。', [], '送货 is delivery, not a gift'],
  ['zh', '如果方便，请留下您的评价。', [], 'neutral request'],
  ['ko', '리뷰 이벤트 진행 중입니다!', ['리뷰 이벤트'], 'review event'],
  [
    'ko',
    '포토리뷰 작성 시 적립금 2,000원을 드립니다.',
    ['포토리뷰 작성 시 적립금'],
    'points for a photo review',
  ],
  ['ko', '별점 5점 부탁드립니다.', ['별점 5점 부탁'], 'pressing for five stars'],
  ['ko', '좋은 리뷰 남겨 주세요!', ['좋은 리뷰 남겨'], 'pressing for a good review'],
  [
    'ko',
    '리뷰에 남겨 주신 불편 사항에 대해 환불해 드리겠습니다.',
    [],
    'answering a complaint made in a review',
  ],
  ['ko', '상품은 마음에 드셨나요? 후기를 남겨 주시면 큰 도움이 됩니다.', [], 'neutral request'],
  ['ko', '5개를 보내 주세요.', [], 'a quantity is not a rating'],
];

describe('review-incentive', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('review-incentive', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../../../../shared/domain/classifier/prepare.js';
import { matchRules } from '../../../../../shared/domain/classifier/rules.js';
import type { Category, UrgencySignal } from '../../../../../shared/domain/classifier/types.js';

const match = (text: string): ReturnType<typeof matchRules> => matchRules(prepareInput('', text).body);

const positive: Array<
  [text: string, cue: string, category: Category, signal: UrgencySignal | null, why: string]
> = [
  ['Please cancel my order', 'cancel', 'complaint', 'cancellation', 'en cancellation'],
  ['I want it cancelled', 'cancelled', 'complaint', 'cancellation', 'en stem: cancel*'],
  ['注文をキャンセルしたいです', 'キャンセル', 'complaint', 'cancellation', 'ja cancellation'],
  ['ｷｬﾝｾﾙお願いします', 'キャンセル', 'complaint', 'cancellation', 'half-width katakana still matches'],
  ['请帮我取消订单', '取消', 'complaint', 'cancellation', 'zh cancellation'],
  ['주문 취소 부탁드립니다', '취소', 'complaint', 'cancellation', 'ko cancellation'],
  ['The screen arrived cracked', 'cracked', 'complaint', 'defect', 'en damage'],
  ['箱が破損していました', '破損', 'complaint', 'defect', 'ja damage'],
  ['收到的杯子破损了', '破损', 'complaint', 'defect', 'zh damage'],
  ['제품이 파손되어 왔어요', '파손', 'complaint', 'defect', 'ko damage'],
  ['My parcel has not arrived', 'has not arrived', 'complaint', 'late-or-missing', 'en late'],
  ['まだ届いていません', 'まだ届', 'complaint', 'late-or-missing', 'ja late'],
  ['一周了还没收到', '还没收到', 'complaint', 'late-or-missing', 'zh late'],
  ['일주일째 안 왔어요', '안 왔', 'complaint', 'late-or-missing', 'ko late'],
  ['I want a refund', 'refund', 'complaint', 'refund', 'en refund'],
  ['返金してください', '返金', 'complaint', 'refund', 'ja refund'],
  ['我要退款', '退款', 'complaint', 'refund', 'zh refund'],
  ['환불 요청합니다', '환불', 'complaint', 'refund', 'ko refund'],
  ['I will file an A-to-Z claim', 'a-to-z', 'complaint', 'claim', 'en A-to-z'],
  ['Ａ－ｔｏ－Ｚ', 'a-to-z', 'complaint', 'claim', 'full-width A-to-z'],
  ['消费者协会投诉', '投诉', 'complaint', 'claim', 'zh complaint word'],
  ['Thank you so much!', 'thank you', 'thanks', null, 'en gratitude'],
  ['ありがとうございました', 'ありがとう', 'thanks', null, 'ja gratitude'],
  ['非常感谢', '感谢', 'thanks', null, 'zh gratitude'],
  ['감사합니다', '감사', 'thanks', null, 'ko gratitude'],
  ['Boost your sales with our SEO service', 'seo', 'spam', null, 'en SEO offer'],
  ['検索上位表示を保証します', '上位表示', 'spam', null, 'ja SEO offer'],
  ['专业刷单，加微信', '刷单', 'spam', null, 'zh fake orders'],
  ['저금리 대출 상담', '대출', 'spam', null, 'ko loan offer'],
  ['这个有现货吗', '吗', 'inquiry', null, 'zh question particle'],
  ['재고 있나요?', '있나요', 'inquiry', null, 'ko question ending'],
];

const negative: Array<[text: string, category: Category, why: string]> = [
  ['It arrived with no damage at all', 'complaint', 'en negated damage'],
  ['破損もなく無事に届きました', 'complaint', 'ja negated damage (破損もなく)'],
  ['没有破损，谢谢', 'complaint', 'zh negated damage (没有破损)'],
  ['파손 없이 잘 받았습니다', 'complaint', 'ko negated damage (파손 없이)'],
  ['Please translate the manual', 'complaint', 'late inside translate is no cue'],
  ['Is this available in blue?', 'spam', 'no spam cue in a plain question'],
  ['What a thankless job', 'thanks', 'thankless is not thanks'],
  ['My reseller account', 'spam', 'seo inside a word is not SEO'],
];

describe('matchRules', () => {
  it.each(positive)('%s -> %s (%s)', (text, cue, category, signal) => {
    const m = match(text);
    const found = m.cues.find((c) => c.cue.startsWith(cue));
    expect(found?.category).toBe(category);
    if (signal) expect(m.signals).toContain(signal);
  });
  it.each(negative)('%s has no %s cue (%s)', (text, category) => {
    expect(match(text).cues.filter((c) => c.category === category)).toEqual([]);
  });
  it('states signals in URGENCY_SIGNALS order, each once', () => {
    expect(match('Refund! It is broken, and cancel the other order. Broken again.').signals).toEqual([
      'cancellation',
      'defect',
      'refund',
    ]);
  });
  it('no signals in a thank-you', () => {
    expect(match('Arrived safely, thank you').signals).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../shared/domain/classifier/classify.js';
import { parseModel } from '../../../../../shared/domain/classifier/serialize.js';
import type { Category } from '../../../../../shared/domain/classifier/types.js';
import { UNCERTAIN_BELOW } from '../../../../../shared/domain/classifier/types.js';

const model = parseModel(
  readFileSync(new URL('../../../../../electron/core/triage/model.json', import.meta.url), 'utf8'),
);

// Written for this test, not taken from the corpus.
const messages: Array<[subject: string, body: string, expected: Category, why: string]> = [
  ['', 'このケースはiPhone 16にも対応していますか？色違いはありますか。', 'inquiry', 'ja product question'],
  ['配送について', '昨日注文しましたが、いつ頃発送になりますか？', 'inquiry', 'ja delivery question'],
  [
    '',
    '届いたドライヤーの電源が入りません。初期不良だと思うので交換をお願いします。',
    'complaint',
    'ja defect',
  ],
  ['注文キャンセル', '間違えて注文してしまったのでキャンセルしてください。', 'complaint', 'ja cancellation'],
  ['', '今日受け取りました。とても丁寧な梱包でありがとうございました。', 'thanks', 'ja thanks'],
  [
    '副業のご案内',
    '誰でも月収50万円！スマホだけで簡単に稼げる方法を無料でお教えします。今すぐ登録を。',
    'spam',
    'ja spam',
  ],
  ['', '你好，这款耳机支持降噪吗？续航大概多久？', 'inquiry', 'zh product question'],
  ['', '我买的台灯今天到了，但是灯罩裂了，要求退款。', 'complaint', 'zh damage + refund'],
  ['', '东西收到了，质量很好，谢谢卖家！', 'thanks', 'zh thanks'],
  ['亚马逊卖家合作', '专业代运营，提升店铺排名，加微信了解详情。', 'spam', 'zh spam'],
  ['', '이 텀블러 식기세척기에 넣어도 되나요?', 'inquiry', 'ko product question'],
  ['', '주문한 지 2주가 지났는데 아직 안 왔어요. 환불해 주세요.', 'complaint', 'ko late + refund'],
  ['', '물건 잘 받았습니다. 포장도 꼼꼼하고 정말 감사합니다!', 'thanks', 'ko thanks'],
  ['', '사장님 매출 올려드립니다. 상위 노출 광고 대행 문의는 카톡으로.', 'spam', 'ko spam'],
  [
    'Question',
    'Hi, does this charger work with a Samsung Galaxy S23? Thanks in advance.',
    'inquiry',
    'en question with thanks',
  ],
  [
    'Broken on arrival',
    'The glass lid was shattered when I opened the box. I would like a replacement.',
    'complaint',
    'en damage',
  ],
  [
    '',
    'Thank you, but the blender you sent stopped working after two days. I want a refund.',
    'complaint',
    'en thanks inside a complaint',
  ],
  ['', 'Got the package today, everything is perfect. Thanks a lot!', 'thanks', 'en thanks'],
  [
    'Grow your store',
    'We help Amazon sellers rank #1 on page 1. Guaranteed results, click here: http://rank-fast.example',
    'spam',
    'en SEO spam',
  ],
  [
    'Urgent: account suspended',
    'Your seller account has been suspended. Verify your identity at http://amaz0n-verify.example now.',
    'spam',
    'en phishing',
  ],
];

describe('classify on hand-written messages', () => {
  it.each(messages)('%s %s -> %s (%s)', (subject, body, expected) => {
    const c = classify(model, { subject, body });
    expect(c.category).toBe(expected);
    expect(c.cues.length).toBeGreaterThan(0);
    expect(c.cues.length).toBeLessThanOrEqual(5);
  });
});

describe('cues, signals and surface text', () => {
  it('shows damage words as cues and states the signals', () => {
    const c = classify(model, { subject: '', body: '商品が破損していたので返品したいです。' });
    expect(c.cues.slice(0, 2)).toEqual(expect.arrayContaining(['破損', '返品']));
    expect(c.signals).toEqual(['defect', 'refund']);
  });
  it('gives the cue as the buyer typed it', () => {
    const c = classify(model, { subject: '', body: 'Please CANCEL my order, I ordered by mistake.' });
    expect(c.cues).toContain('CANCEL');
    expect(c.signals).toEqual(['cancellation']);
  });
  it('a quoted thank-you below a complaint does not decide', () => {
    const body =
      '電源が入りません。交換してください。\n\n> ご購入ありがとうございました。\n> またのご利用をお待ちしております。';
    expect(classify(model, { subject: '', body }).category).toBe('complaint');
  });
});

const bad: Array<[name: string, subject: string, body: string]> = [
  ['empty', '', ''],
  ['1 MB body', 'hello', 'x'.repeat(1_000_000)],
  ['1 MB of kanji', '', '漢'.repeat(1_000_000)],
  ['only emoji', '', '😀😀👍🎉'],
  ['mixed languages', 'Re: 注文', 'Hello 안녕하세요 你好 こんにちは, where is my order? 还没到'],
  [
    'HTML only',
    '',
    '<html><body><table><tr><td><a href="http://x.example">Click</a></td></tr></table></body></html>',
  ],
  ['subject ja, body en', '商品について', 'Is this available in red?'],
  ['control characters', '\u0000\u0001', '\uFFFF\uD800 broken surrogate'],
  ['prototype names', 'constructor', '__proto__ toString hasOwnProperty'],
];

describe('bad input', () => {
  it.each(bad)('%s is classified with a bounded confidence', (_name, subject, body) => {
    const c = classify(model, { subject, body });
    expect(['inquiry', 'complaint', 'thanks', 'spam']).toContain(c.category);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(Number.isFinite(c.confidence)).toBe(true);
  });
});

const uncertain: Array<[subject: string, body: string, expected: boolean, why: string]> = [
  ['', '', true, 'no evidence at all'],
  ['', '😀👍', true, 'emoji only'],
  ['', 'Hallo, wann wird meine Bestellung geliefert? Vielen Dank', true, 'German: not a trained language'],
  ['', '注文した時計のベルトが切れていました。返金してください。', false, 'clear ja complaint'],
  ['', 'Thank you so much, it arrived safely and works great!', false, 'clear en thanks'],
];

describe('uncertain flag', () => {
  it.each(uncertain)('%s %s -> uncertain=%s (%s)', (subject, body, expected) => {
    const c = classify(model, { subject, body });
    expect(c.uncertain).toBe(expected);
    if (!expected) expect(c.confidence).toBeGreaterThanOrEqual(UNCERTAIN_BELOW);
  });
});

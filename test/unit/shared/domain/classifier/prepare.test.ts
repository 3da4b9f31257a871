import { describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS, prepareInput } from '../../../../../shared/domain/classifier/prepare.js';

const cases: Array<[body: string, kept: string, dropped: string, why: string]> = [
  ['Where is it?\n> Your order has shipped and is on its way', 'where is it?', 'shipped', '> quoted lines'],
  ['届きません\n＞発送しました', '届きません', '発送', 'a full-width ＞ quote mark'],
  [
    'Still broken.\n\nOn Mon, 3 Jun 2024 Shop <s@x.com> wrote:\nThank you for your order',
    'still broken',
    'thank you',
    'On … wrote: and all below',
  ],
  [
    'まだですか\n山田さんは書きました:\nありがとうございます',
    'まだですか',
    'ありがとう',
    '…さんは書きました:',
  ],
  ['谢谢\n张三 写道：\n请问', '谢谢', '请问', '写道: with a full-width colon'],
  ['환불해 주세요\n-----원본 메시지-----\n감사합니다', '환불', '감사', 'Korean original-message marker'],
  [
    '退款\n------------------ 原始邮件 ------------------\n感谢',
    '退款',
    '感谢',
    'Chinese original-mail marker',
  ],
  ['破損\n--- 元のメッセージ ---\nありがとう', '破損', 'ありがとう', 'Japanese original-message marker'],
  ['Refund please\n-----Original Message-----\nThanks for buying', 'refund', 'thanks for', 'Outlook marker'],
  ['Refund please\n-- \nBest wishes, Tom. Thank you!', 'refund', 'thank you', 'RFC 3676 signature separator'],
  ['It broke\n\nSent from my iPhone', 'it broke', 'iphone', 'mobile footer'],
  ['壊れています\niPhoneから送信', '壊れています', 'iphone', 'Japanese mobile footer'],
  [
    '<p>Is it <b>waterproof</b>?</p><style>.x{color:red}</style>',
    'waterproof',
    'color',
    'HTML tags and style blocks',
  ],
  ['Fish &amp; chips', 'fish & chips', '&amp;', 'HTML entities'],
];

describe('prepareInput strips quotes, signatures and markup', () => {
  it.each(cases)('%j keeps %j, drops %j (%s)', (body, kept, dropped) => {
    const p = prepareInput('', body);
    expect(p.body).toContain(kept);
    expect(p.body).not.toContain(dropped);
  });
  it('caps a 1 MB body to the analysed size', () => {
    const p = prepareInput('', 'a'.repeat(1_000_000));
    expect(p.body.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
  it('normalises the subject (NFKC, lower case, one line)', () => {
    expect(prepareInput('Ｒｅ：\tRefund\nNOW', '').subject).toBe('re: refund now');
  });
});

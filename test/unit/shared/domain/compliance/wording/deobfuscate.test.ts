import { describe, expect, it } from 'vitest';
import { checkedText } from '../../../../../../shared/domain/compliance/check.js';
import { deobfuscatedView } from '../../../../../../shared/domain/compliance/rules/wording/deobfuscate.js';

const views: Array<[input: string, view: string | null, why: string]> = [
  ['plain text, nothing to undo', null, 'no view: rules scan the text once'],
  ['the c o u p o n here', 'the coupon here', 'spaced Latin letters joined'],
  ['a c o u p o n', 'acoupon', 'known limit: a one-letter word before the run joins it'],
  ['c.o.u.p.o.n', 'coupon', 'dotted letters'],
  ['I am a b c', null, 'three single letters are not a run'],
  ['好 评 返 现', '好评返现', 'spaced Han'],
  ['傻 逼', '傻逼', 'two spaced Han are already a dodge'],
  ['할 수 있습니다', null, 'Korean single-syllable words are normal'],
  ['ｸｰﾎﾟﾝ', 'クーポン', 'half-width katakana with a semi-voiced mark'],
  ['ﾊﾞｶ', 'バカ', 'voiced mark'],
  ['st\u200bupid', 'stupid', 'zero-width space dropped'],
];

describe('deobfuscatedView', () => {
  it.each(views)('%s -> %s (%s)', (input, view) => {
    expect(deobfuscatedView(checkedText(input))?.text ?? null).toBe(view);
  });

  const maps: Array<
    [input: string, viewStart: number, viewEnd: number, start: number, end: number, why: string]
  > = [
    ['xy c o u p o n', 3, 9, 3, 14, 'a view span maps to the spaced original'],
    ['ｸｰﾎﾟﾝ!', 0, 4, 0, 5, 'ﾎﾟ is two characters in the original'],
  ];
  it.each(maps)('%s: view %i..%i -> %i..%i (%s)', (input, vs, ve, start, end) => {
    const view = deobfuscatedView(checkedText(input));
    expect([view?.starts[vs], view?.ends[ve - 1]]).toEqual([start, end]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  parseWordList,
  tidyWordText,
  wordKey,
} from '../../../../../../renderer/src/features/settings/word-list.js';

describe('parseWordList', () => {
  it.each([
    { text: 'セール\n激安', words: ['セール', '激安'], tooLong: [], why: 'one per line' },
    {
      text: '  セール  \n\u3000激安\u3000',
      words: ['セール', '激安'],
      tooLong: [],
      why: 'trimmed, ideographic space too',
    },
    {
      text: 'free gift, today',
      words: ['free gift, today'],
      tooLong: [],
      why: 'a phrase may contain spaces and commas',
    },
    {
      text: 'SALE\nsale\nＳＡＬＥ',
      words: ['SALE'],
      tooLong: [],
      why: 'case and width duplicates: the first spelling is kept',
    },
    { text: 'ｾｰﾙ\nセール', words: ['ｾｰﾙ'], tooLong: [], why: 'half-width katakana is the same word' },
    { text: 'a\r\n\r\nb', words: ['a', 'b'], tooLong: [], why: 'Windows line ends and blank lines' },
    {
      text: 'x'.repeat(100),
      words: ['x'.repeat(100)],
      tooLong: [],
      why: '100 characters is the contract limit',
    },
    {
      text: `ok\n${'x'.repeat(101)}`,
      words: ['ok'],
      tooLong: ['x'.repeat(101)],
      why: 'over 100 is reported, not cut',
    },
  ])('$why', ({ text, words, tooLong }) => {
    expect(parseWordList(text)).toEqual({ words, tooLong });
  });
});

describe('wordKey / tidyWordText', () => {
  it.each([
    { a: 'Coupon', b: 'ＣＯＵＰＯＮ', same: true, why: 'width and case' },
    { a: 'クーポン', b: 'ｸｰﾎﾟﾝ', same: true, why: 'half-width katakana with a voiced mark' },
    { a: '割引', b: '割り引き', same: false, why: 'different spellings stay different words' },
  ])('$a vs $b → $same ($why)', ({ a, b, same }) => {
    expect(wordKey(a) === wordKey(b)).toBe(same);
  });

  it('rewrites the field as it will be stored', () => {
    expect(tidyWordText(' sale \nSALE\n\n送料無料\n')).toBe('sale\n送料無料');
  });
});

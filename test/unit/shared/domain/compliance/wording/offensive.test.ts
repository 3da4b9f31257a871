import { describe, expect, it } from 'vitest';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, excerptsOf } from './wording-cases.js';

const cases: Case[] = [
  ['en', 'That was a stupid question.', ['stupid'], 'insult'],
  ['en', 'Shut up and wait, idiots.', ['Shut up', 'idiots'], 'phrase and plural'],
  ['en', 'What the f**k happened', ['f**k'], 'starred profanity'],
  ['en', 'F U C K this', ['F U C K'], 'spaced out'],
  [
    'en',
    'Please assess the class of the shitake mushrooms by Scunthorpe.',
    [],
    'Scunthorpe: words inside words',
  ],
  ['en', 'We are sorry for the inconvenience.', [], 'polite'],
  ['ja', 'バカなことを言わないでください。', ['バカ'], 'insult'],
  ['ja', 'ふざけるな、死ね', ['ふざけるな', '死ね'], 'abuse and threat'],
  ['ja', 'ﾊﾞｶ', ['ﾊﾞｶ'], 'half-width katakana'],
  [
    'ja',
    'カスタマーサポートより、バカンス中の配送ばかりでピンボケの写真',
    [],
    'カスタマー, バカンス, ばかり, ピンボケ',
  ],
  ['ja', '箱の中にゴミが混入していたとのこと、申し訳ございません。', [], 'ゴミ is debris here'],
  ['zh', '你是垃圾，滚！', ['你是垃圾', '滚'], 'insult aimed at a person'],
  ['zh', '傻 逼', ['傻 逼'], 'spaced out'],
  ['zh', '垃圾袋的滚轮坏了，我们会补发。', [], '垃圾袋 and 滚轮 are products'],
  ['ko', '바보 같은 소리 하지 마세요. 꺼져.', ['바보', '꺼져'], 'insults'],
  ['ko', '씨발', ['씨발'], 'profanity'],
  ['ko', '시발역에서 출발하는 새끼손가락 크기의 부품', [], '시발역, 새끼손가락'],
];

describe('offensive', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    expect(excerptsOf('offensive', body)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });
});

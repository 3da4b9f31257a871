import { describe, expect, it } from 'vitest';
import { compileBannedWords } from '../../../../../../shared/domain/compliance/rules/wording/banned-words.js';
import type { Case } from './wording-cases.js';
import { ALL_LANGUAGE_SIDES, coveredLanguages, findings } from './wording-cases.js';

const BANNED = ['Lemon', 'cheap', 'ダメ', '山寨', '짝퉁', 'ＡＢＣ'];

const cases: Case[] = [
  ['en', 'This is not a lemon.', ['lemon'], 'case-insensitive'],
  ['en', 'A CHEAP copy? No.', ['CHEAP'], 'upper case'],
  ['en', 'ｃｈｅａｐ', ['ｃｈｅａｐ'], 'full-width letters, underlined as written'],
  ['en', 'Ask ABC support', ['ABC'], 'a banned word written full-width in settings'],
  ['en', 'c h e a p', ['c h e a p'], 'spaced out'],
  ['en', 'Lemonade and cheaply made', [], 'whole words only for Latin'],
  ['ja', 'それはダメです', ['ダメ'], 'substring for CJK'],
  ['ja', 'ご確認ください', [], 'not present'],
  ['zh', '这不是山寨货', ['山寨'], 'substring for CJK'],
  ['zh', '这是正品', [], 'not present'],
  ['ko', '짝퉁이 아닙니다', ['짝퉁'], 'substring for Hangul'],
  ['ko', '정품입니다', [], 'not present'],
];

describe('banned-word', () => {
  it.each(cases)('%s: %s -> %j (%s)', (_lang, body, expected) => {
    const hits = findings(body, { bannedWords: BANNED }).filter((f) => f.rule === 'banned-word');
    expect(hits.map((f) => f.excerpt)).toEqual(expected);
  });

  it('has positive and negative cases in every language', () => {
    expect(coveredLanguages(cases)).toEqual(ALL_LANGUAGE_SIDES);
  });

  const details: Array<[body: string, detail: string, why: string]> = [
    ['LEMON', 'Lemon', 'the word as the seller wrote it'],
    ['ａｂｃ', 'ＡＢＣ', 'found through width and case folding'],
    ['l e m o n', 'Lemon', 'found through the spaced-out view'],
  ];
  it.each(details)('%s -> detail %s (%s)', (body, detail) => {
    const hit = findings(body, { bannedWords: BANNED }).find((f) => f.rule === 'banned-word');
    expect([hit?.detail, hit?.severity]).toEqual([detail, 'block']);
  });

  const lists: Array<[words: string[], body: string, expected: number, why: string]> = [
    [[], 'lemon', 0, 'no list, no findings'],
    [['  ', ''], 'lemon', 0, 'blank entries are ignored'],
    [['a.b'], 'axb a.b', 1, 'regex characters are literal'],
  ];
  it.each(lists)('%j on %s -> %i hit(s) (%s)', (words, body, expected) => {
    expect(findings(body, { bannedWords: words }).filter((f) => f.rule === 'banned-word')).toHaveLength(
      expected,
    );
  });

  it('compiles a list once per list identity', () => {
    const words = ['x1', 'x2'];
    expect(compileBannedWords(words)).toBe(compileBannedWords(words));
    expect(compileBannedWords(words)).not.toBe(compileBannedWords([...words]));
  });
});

import { describe, expect, it } from 'vitest';
import { check } from './run-rules.js';

const LIMIT = 10;

/** expected: [start, end) of the warning, or null. */
const cases: Array<[lang: string, body: string, expected: [number, number] | null, why: string]> = [
  ['ja', 'あいうえおかきくけこ', null, 'exactly the limit'],
  ['ja', 'あいうえおかきくけこさ', [10, 11], 'one over: span from the limit to the end'],
  ['zh', '您好您的订单已发货请', null, 'exactly the limit'],
  ['zh', '您好您的订单已发货请注意查收', [10, 14], 'four over'],
  ['zh', '𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋', null, '10 astral kanji are 20 UTF-16 units but 10 characters'],
  ['zh', '𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋', [20, 22], 'the 11th astral kanji starts at UTF-16 offset 20'],
  ['ko', '안녕하세요감사합니다', null, 'exactly the limit'],
  ['ko', '안녕하세요 감사합니다', [10, 11], 'spaces count'],
  ['en', 'Thanks 👍👍👍', null, '10 code points with emoji'],
  ['en', 'Thank you!!', [10, 11], 'one over'],
  ['en', '', null, 'empty'],
];

describe('too-long', () => {
  it.each(cases)('%s: %j -> %j (%s)', (_lang, body, expected) => {
    const found = check({ body }, { longMessageChars: LIMIT }).filter((f) => f.rule === 'too-long');
    expect(found.map((f) => [f.start, f.end])).toEqual(expected === null ? [] : [expected]);
    for (const f of found) expect(f.field).toBe('body');
  });

  it('uses the default limit from settings (3000)', () => {
    const at = check({ body: 'あ'.repeat(3000) }).filter((f) => f.rule === 'too-long');
    const over = check({ body: 'あ'.repeat(3001) }).filter((f) => f.rule === 'too-long');
    expect([at.length, over.map((f) => f.detail)]).toEqual([0, ['3001 characters, limit 3000']]);
  });
});

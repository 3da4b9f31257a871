import { describe, expect, it } from 'vitest';
import { extractOrderIds, isCanonicalOrderId, stripOrderIds } from '../../../../shared/domain/order-ids.js';
import { normalizeDigits, foldFullWidthAscii } from '../../../../shared/domain/text-normalize.js';

const ID = '503-1234567-1234567';

const cases: Array<[input: string, expected: string[], why: string]> = [
  [`注文番号：${ID}`, [ID], 'plain form after a Japanese label'],
  ['Order 249-7654321-7654321 please', ['249-7654321-7654321'], 'any three-digit storefront prefix'],
  ['Kindle D01-1234567-1234567', ['D01-1234567-1234567'], 'digital orders start with D01'],
  [
    'ｄ０１－１２３４５６７－１２３４５６７',
    ['D01-1234567-1234567'],
    'full-width digital order, upper-cased',
  ],
  ['５０３－１２３４５６７－１２３４５６７です', [ID], 'full-width digits and dash from a Japanese IME'],
  ['503ー1234567ー1234567', [ID], 'katakana prolonged-sound mark typed for a dash'],
  ['503–1234567—1234567', [ID], 'en and em dashes from autocorrect'],
  ['503 - 1234567 - 1234567', [ID], 'spaces around the dashes'],
  ['503‐1234567‑1234567 and 503−1234567―1234567', [ID], 'hyphen, non-breaking hyphen, minus, bar; deduped'],
  ['電話 090-1234-5678 まで', [], 'a mobile phone number is 3-4-4, not an order'],
  ['03-1234-5678 / 0120-123-456', [], 'landline and free-dial numbers'],
  ['1503-1234567-1234567', [], '3-7-7 inside a longer digit run'],
  ['503-1234567-12345678', [], 'last group longer than seven digits'],
  ['9-503-1234567-1234567', [], 'another dashed group glued in front'],
  ['503-1234567-1234567-2', [], 'another dashed group glued behind'],
  ['SKU503-1234567-1234567', [], 'part of a product code'],
  ['5031234567 1234567', [], 'no separators: too risky to guess'],
  [
    `${ID}, 249-7654321-7654321, again ${ID}`,
    [ID, '249-7654321-7654321'],
    'first-seen order, duplicates dropped',
  ],
  ['(503-1234567-1234567)。', [ID], 'brackets and Japanese full stop around it'],
  ['', [], 'empty text'],
];

describe('extractOrderIds', () => {
  it.each(cases)('%s -> %j (%s)', (input, expected) => {
    expect(extractOrderIds(input)).toEqual(expected);
  });

  it('returns only canonical IDs', () => {
    for (const [input] of cases)
      for (const id of extractOrderIds(input)) expect(isCanonicalOrderId(id)).toBe(true);
  });
});

describe('stripOrderIds', () => {
  it.each([
    [`注文 ${ID} です`, '注文   です', 'removes the ID'],
    ['090-1234-5678', '090-1234-5678', 'leaves phone numbers alone'],
  ])('%s -> %s (%s)', (input, expected) => {
    expect(stripOrderIds(input)).toBe(expected);
  });
});

describe('width folding', () => {
  const rows: Array<[input: string, expected: string, fn: (s: string) => string, why: string]> = [
    ['０１２３４５６７８９', '0123456789', normalizeDigits, 'full-width digits'],
    ['Ａ１－', 'Ａ1－', normalizeDigits, 'normalizeDigits touches digits only'],
    ['Ｒｅ：　ＡＢＣ', 'Re: ABC', foldFullWidthAscii, 'letters, colon and ideographic space'],
  ];
  it.each(rows)('%s -> %s', (input, expected, fn) => {
    expect(fn(input)).toBe(expected);
  });
});

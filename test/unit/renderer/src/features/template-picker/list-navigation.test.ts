import { describe, expect, it } from 'vitest';
import {
  firstSelectable,
  moveSelection,
} from '../../../../../../renderer/src/features/template-picker/list-navigation.js';

const rows = (pattern: string) => [...pattern].map((c) => ({ blocked: c === 'x' }));

describe('firstSelectable', () => {
  const cases = [
    { why: 'the top row when it can be used', pattern: 'ooo', expected: 0 },
    { why: 'blocked rows at the top are skipped', pattern: 'xxo', expected: 2 },
    { why: 'nothing when every row is blocked', pattern: 'xx', expected: -1 },
    { why: 'nothing in an empty list', pattern: '', expected: -1 },
  ];
  it.each(cases)('$why', ({ pattern, expected }) => {
    expect(firstSelectable(rows(pattern))).toBe(expected);
  });
});

describe('moveSelection', () => {
  const cases = [
    { why: 'down moves one row', pattern: 'ooo', current: 0, key: 'ArrowDown', expected: 1 },
    { why: 'down skips a blocked row', pattern: 'oxo', current: 0, key: 'ArrowDown', expected: 2 },
    {
      why: 'down stops at the last usable row (no wrap)',
      pattern: 'oox',
      current: 1,
      key: 'ArrowDown',
      expected: 1,
    },
    { why: 'up moves one row', pattern: 'ooo', current: 2, key: 'ArrowUp', expected: 1 },
    { why: 'up skips a blocked row', pattern: 'oxo', current: 2, key: 'ArrowUp', expected: 0 },
    {
      why: 'up stops at the first usable row (no wrap)',
      pattern: 'xoo',
      current: 1,
      key: 'ArrowUp',
      expected: 1,
    },
    {
      why: 'no selection yet: down picks the first usable',
      pattern: 'xoo',
      current: -1,
      key: 'ArrowDown',
      expected: 1,
    },
    { why: 'Home goes to the first usable row', pattern: 'xooo', current: 3, key: 'Home', expected: 1 },
    { why: 'End goes to the last usable row', pattern: 'ooox', current: 0, key: 'End', expected: 2 },
    { why: 'all blocked: nothing to select', pattern: 'xxx', current: 1, key: 'ArrowDown', expected: -1 },
    { why: 'another key keeps a valid selection', pattern: 'ooo', current: 2, key: 'a', expected: 2 },
    { why: 'another key moves off a blocked row', pattern: 'oxo', current: 1, key: 'a', expected: 0 },
  ];
  it.each(cases)('$why', ({ pattern, current, key, expected }) => {
    expect(moveSelection(rows(pattern), current, key)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { pagesForRange } from '../../../../../renderer/src/lib/page-window.js';

describe('pagesForRange', () => {
  it.each([
    {
      start: 0,
      end: 15,
      total: 100_000,
      size: 200,
      want: [0, 1],
      why: 'top of the list: this page and the next',
    },
    {
      start: 50_000,
      end: 50_015,
      total: 100_000,
      size: 200,
      want: [249, 250, 251],
      why: 'middle: one page of overscan either side',
    },
    {
      start: 99_990,
      end: 99_999,
      total: 100_000,
      size: 200,
      want: [498, 499],
      why: 'bottom: never past the last page',
    },
    { start: 195, end: 205, total: 100_000, size: 200, want: [0, 1, 2], why: 'range across a page boundary' },
    { start: 0, end: 10, total: 0, size: 200, want: [], why: 'empty view fetches nothing' },
    { start: 10, end: 5, total: 100, size: 200, want: [], why: 'inverted range' },
    { start: -3, end: 4, total: 50, size: 200, want: [0], why: 'negative start from an overscrolled list' },
  ])('$why', ({ start, end, total, size, want }) => {
    expect(pagesForRange(start, end, total, size)).toEqual(want);
  });
});

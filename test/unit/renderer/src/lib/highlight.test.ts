import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../../../renderer/src/lib/highlight.js';

const render = (text: string, ranges: [number, number][]) =>
  highlightSegments(text, ranges)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it.each([
    {
      text: '商品が届いていません',
      ranges: [[3, 4]],
      want: '商品が[届]いていません',
      why: 'CJK single character hit',
    },
    {
      text: 'order 503-1234567-1234567',
      ranges: [[6, 25]],
      want: 'order [503-1234567-1234567]',
      why: 'order ID',
    },
    {
      text: 'abcdef',
      ranges: [
        [0, 2],
        [1, 4],
      ],
      want: '[abcd]ef',
      why: 'overlapping ranges merge',
    },
    {
      text: 'abcdef',
      ranges: [
        [4, 6],
        [0, 1],
      ],
      want: '[a]bcd[ef]',
      why: 'unsorted ranges are sorted',
    },
    { text: 'abcdef', ranges: [[2, 2]], want: 'abcdef', why: 'empty range is no highlight' },
    { text: 'abc', ranges: [[1, 99]], want: 'a[bc]', why: 'end past the text is clamped' },
    { text: 'abc', ranges: [[-5, 1]], want: '[a]bc', why: 'negative start is clamped' },
    { text: 'abc', ranges: [[5, 9]], want: 'abc', why: 'range wholly outside is dropped' },
    {
      text: 'a😀b',
      ranges: [[2, 3]],
      want: 'a[😀]b',
      why: 'a range starting inside a surrogate pair is widened',
    },
    {
      text: 'a😀b',
      ranges: [[0, 2]],
      want: '[a😀]b',
      why: 'a range ending inside a surrogate pair is widened',
    },
    { text: '', ranges: [[0, 1]], want: '', why: 'empty text' },
  ] as { text: string; ranges: [number, number][]; want: string; why: string }[])(
    '$why',
    ({ text, ranges, want }) => {
      expect(render(text, ranges)).toBe(want);
    },
  );

  it('keeps every character exactly once', () => {
    const text = '안녕하세요 주문 문의';
    const segments = highlightSegments(text, [
      [0, 2],
      [6, 8],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

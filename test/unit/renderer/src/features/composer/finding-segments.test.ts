import { describe, expect, it } from 'vitest';
import {
  markSegments,
  type Mark,
} from '../../../../../../renderer/src/features/composer/finding-segments.js';

/** Renders runs as text: [b:…] block, [w:…] warn, with the covering mark indexes. */
const render = (text: string, marks: Mark[]) =>
  markSegments(text, marks)
    .map((s) => (s.severity === null ? s.text : `[${s.severity[0]}${s.marks.join(',')}:${s.text}]`))
    .join('');

const b = (start: number, end: number): Mark => ({ start, end, severity: 'block' });
const w = (start: number, end: number): Mark => ({ start, end, severity: 'warn' });

describe('markSegments', () => {
  it.each([
    {
      text: 'mail me at a@b.jp now',
      marks: [b(11, 17)],
      want: 'mail me at [b0:a@b.jp] now',
      why: 'one blocking span',
    },
    { text: 'plain', marks: [], want: 'plain', why: 'no findings: one plain run' },
    { text: '', marks: [b(0, 3)], want: '', why: 'empty text with a stale finding' },
    {
      text: '050-1234-5678 までお電話を',
      marks: [b(0, 13)],
      want: '[b0:050-1234-5678] までお電話を',
      why: 'phone number before CJK text',
    },
    {
      text: 'お問い合わせはこちら',
      marks: [w(0, 6)],
      want: '[w0:お問い合わせ]はこちら',
      why: 'a CJK warn span: offsets are UTF-16 units',
    },
    {
      text: 'abcdefgh',
      marks: [b(2, 5), w(4, 7)],
      want: 'ab[b0:cd][b0,1:e][w1:fg]h',
      why: 'overlap: block outranks warn in colour, both findings still own the shared run',
    },
    {
      text: 'abcdef',
      marks: [w(1, 5), b(2, 3)],
      want: 'a[w0:b][b0,1:c][w0:de]f',
      why: 'a blocking span inside a warning splits it in three',
    },
    {
      text: 'abcdef',
      marks: [b(1, 3), b(1, 3)],
      want: 'a[b0,1:bc]def',
      why: 'identical spans from two rules are one run naming both',
    },
    {
      text: 'abcdef',
      marks: [b(1, 3), b(3, 5)],
      want: 'a[b0:bc][b1:de]f',
      why: 'touching spans of different findings stay separate (each click names its own rule)',
    },
    {
      text: 'abc',
      marks: [b(2, 99)],
      want: 'ab[b0:c]',
      why: 'a span past the end (core verdict on older text) is clamped',
    },
    { text: 'abc', marks: [b(-5, 1)], want: '[b0:a]bc', why: 'a negative start is clamped' },
    { text: 'abc', marks: [b(2, 1)], want: 'abc', why: 'an inverted span is ignored' },
    { text: 'abc', marks: [w(0, 0)], want: 'abc', why: 'whole-message findings (empty span) paint nothing' },
    { text: 'abc', marks: [b(Number.NaN, 2)], want: '[b0:ab]c', why: 'a non-number offset is treated as 0' },
    {
      text: 'ok 👎 no',
      marks: [w(3, 4)],
      want: 'ok [w0:👎] no',
      why: 'a span ending inside a surrogate pair is widened to the whole emoji',
    },
    {
      text: 'ok 👎 no',
      marks: [w(4, 5)],
      want: 'ok [w0:👎] no',
      why: 'a span starting on the low surrogate is widened back',
    },
    {
      text: '𠮷野家 link',
      marks: [b(1, 3)],
      want: '[b0:𠮷野]家 link',
      why: 'a rare CJK character outside the BMP is never cut in half',
    },
    {
      text: 'line1\n\n\n\nline2',
      marks: [w(5, 9)],
      want: 'line1[w0:\n\n\n\n]line2',
      why: 'excessive blank lines are highlighted as newlines',
    },
  ])('$why', ({ text, marks, want }) => {
    expect(render(text, marks)).toBe(want);
  });

  it.each([
    { text: 'abcdefgh', marks: [b(2, 5), w(4, 7)] },
    { text: 'ok 👎 no 𠮷', marks: [w(4, 5), b(7, 99)] },
    { text: '返信\n\nです', marks: [w(2, 4)] },
  ])('runs cover the text exactly once, in order, with correct starts: $text', ({ text, marks }) => {
    const segs = markSegments(text, marks);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (const s of segs) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

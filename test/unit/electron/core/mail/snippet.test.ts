import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../../../electron/core/mail/message-meta.js';
import { mulberry32 } from '../../../../support/prng.js';

describe('snippetOf', () => {
  const cases = [
    {
      text: 'Hello (https://example.com/x?y=1) click here',
      expected: 'Hello click here',
      why: 'an HTML link target',
    },
    { text: '(mailto:a@b.c) mail us', expected: 'mail us', why: 'a mailto target' },
    {
      text: 'see https://example.com/manual',
      expected: 'see https://example.com/manual',
      why: 'a URL the buyer typed stays',
    },
    { text: 'line one\n> quoted\nline two', expected: 'line one line two', why: 'quoted lines dropped' },
    { text: '  many   spaces\n\n', expected: 'many spaces', why: 'whitespace collapsed' },
    { text: 'あ'.repeat(200), expected: 'あ'.repeat(160), why: 'capped at 160 characters' },
  ];
  it.each(cases)('$why', ({ text, expected }) => expect(snippetOf(text)).toBe(expected));
});

// The definition the incremental reader must keep: every line split, filtered and joined.
function wholeTextSnippet(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*>/.test(line));
  return lines
    .join(' ')
    .replace(/\((?:https?|mailto|tel):[^\s)]*\)\s?/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

describe('snippetOf reads only as many lines as the preview needs, with the same result', () => {
  const word = 'ご確認のほどよろしくお願いいたします。';
  const link = '(https://example.com/track?id=503-1234567-1234567)';
  const shapes: { why: string; text: string }[] = [
    { why: 'empty', text: '' },
    { why: 'only line breaks', text: '\r\n\n\r\n' },
    { why: 'a lone CR inside a line', text: `a\rb\r\r\nc` },
    {
      why: 'long first line, then quoted history',
      text: `${word.repeat(12)}\r\n${`> ${word}\r\n`.repeat(40)}`,
    },
    { why: 'short lines, the 160th character in a later line', text: `${`${word}\r\n`.repeat(20)}` },
    {
      why: 'a link target ending a line exactly where the preview fills',
      text: `${'x'.repeat(319)}${link}\n   next`,
    },
    { why: 'a link target across the fill point', text: `${'y'.repeat(300)} ${link} ${'z'.repeat(100)}` },
    { why: 'whitespace runs across line ends', text: `${'w '.repeat(170)}   \n   \n\t more` },
    {
      why: 'quoted lines with leading blanks and full-width text',
      text: `  > quoted\n\t>q\n${word.repeat(30)}`,
    },
    { why: 'every line quoted', text: `> a\n> b\n>c` },
    { why: 'a short text with a link', text: `Hello ${link} click here` },
    { why: 'leading blank lines before a long text', text: `\n\n\n${'あ'.repeat(400)}` },
  ];
  it.each(shapes)('$why', ({ text }) => expect(snippetOf(text)).toBe(wholeTextSnippet(text)));

  // Seeded random texts from pieces chosen to sit on the edges: links, quotes, blanks, CRs.
  const pieces = [
    word,
    link,
    '> ',
    '\n',
    '\r\n',
    ' ',
    '   ',
    '\t',
    'a',
    'x'.repeat(37),
    '(http://a)',
    ')',
    '(',
  ];
  const rand = mulberry32(7);
  const random = (n: number): number => Math.floor(rand() * n);
  const texts = Array.from({ length: 300 }, () =>
    Array.from({ length: random(120) }, () => pieces[random(pieces.length)] ?? '').join(''),
  );
  it.each(texts.map((text, i) => ({ i, text })))('random text $i', ({ text }) =>
    expect(snippetOf(text)).toBe(wholeTextSnippet(text)),
  );
});

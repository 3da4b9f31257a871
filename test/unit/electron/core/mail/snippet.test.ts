import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../../../electron/core/mail/message-meta.js';

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

import { describe, expect, it } from 'vitest';
import { sanitizeFilename } from '../../../../../shared/domain/reply/attachment-name.js';

const long = `${'あ'.repeat(300)}.pdf`;

describe('sanitizeFilename', () => {
  it.each([
    { name: '請求書.pdf', expected: '請求書.pdf', why: 'a Japanese name is kept as written' },
    {
      name: 'C:\\fakepath\\invoice.pdf',
      expected: 'invoice.pdf',
      why: 'a browser fake path is not part of the name',
    },
    { name: '../../etc/passwd', expected: 'passwd', why: 'no directory parts' },
    { name: 'a\u0000b\r\nc.txt', expected: 'abc.txt', why: 'control characters (header injection) go' },
    {
      name: 'invoice\u202Efdp.exe',
      expected: 'invoicefdp.exe',
      why: 'a right-to-left override cannot disguise the extension',
    },
    { name: '  spaced   name .pdf ', expected: 'spaced name .pdf', why: 'whitespace collapses' },
    { name: '..', expected: 'attachment', why: 'dots alone are not a name' },
    { name: '/', expected: 'attachment', why: 'nothing left' },
  ])('$why', ({ name, expected }) => {
    expect(sanitizeFilename(name)).toBe(expected);
  });

  it('caps at 255 keeping the extension', () => {
    const clean = sanitizeFilename(long);
    expect(clean).toHaveLength(255);
    expect(clean.endsWith('あ.pdf')).toBe(true);
  });
});

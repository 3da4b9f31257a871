import { describe, expect, it } from 'vitest';
import { hasJisEscape, isAscii } from '../../../../../../electron/core/mail/mime/charset-guess.js';
import { headerBlockEnd } from '../../../../../../electron/core/mail/mime/raw-headers.js';

const bytes = (s: string): Uint8Array => Buffer.from(s, 'latin1');

describe('byte scans over raw mail', () => {
  it.each([
    ['CRLF blank line', 'A: 1\r\nB: 2\r\n\r\nbody', 12],
    ['LF blank line', 'A: 1\nB: 2\n\nbody', 10],
    ['no blank line', 'A: 1\r\nB: 2\r\n', 12],
    ['blank line first', '\r\n\r\nbody', 2],
    ['empty input', '', 0],
    ['ends with a single LF', 'A: 1\n', 5],
    ['LF then CR at the very end', 'A: 1\n\r', 6],
    ['CR inside a line is not a break', 'A: 1\r\rB\r\n\r\nx', 9],
  ])('header block end: %s', (_why, raw, end) => {
    expect(headerBlockEnd(bytes(raw))).toBe(end);
  });

  it.each([
    ['ESC $ B', '\x1b$B$3\x1b(B', true],
    ['ESC $ @', 'x\x1b$@', true],
    ['ESC ( I (half-width katakana)', '\x1b(I1\x1b(B', true],
    ['ESC ( B only (back to ASCII)', 'abc\x1b(B', false],
    ['ESC cut off at the end', 'abc\x1b$', false],
    ['several ESCs, the last one counts', '\x1b[0m\x1b(B\x1b$B', true],
    ['no ESC', 'plain text', false],
    ['empty', '', false],
  ])('ISO-2022-JP escape: %s', (_why, raw, expected) => {
    expect(hasJisEscape(bytes(raw))).toBe(expected);
  });

  it.each([
    ['ASCII', bytes('Hello, world\r\n'), true],
    ['empty', new Uint8Array(0), true],
    ['an 8-bit byte at the end', Buffer.concat([Buffer.alloc(100, 0x41), Buffer.from([0x80])]), false],
    ['UTF-8 Japanese', Buffer.from('日本語'), false],
    [
      'a view that skips the 8-bit bytes around it',
      Buffer.from([0xff, 0x41, 0x42, 0xff]).subarray(1, 3),
      true,
    ],
  ])('ASCII check: %s', (_why, input, expected) => {
    expect(isAscii(input)).toBe(expected);
  });
});

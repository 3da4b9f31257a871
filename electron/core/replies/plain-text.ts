import { decodeLoose } from '../mail/mime/charset.js';
import { guessCharset, hasJisEscape, isAscii, isValidUtf8 } from '../mail/mime/charset-guess.js';

/**
 * Text files have no magic bytes, so "is this a text file" is decided from the content: it
 * decodes as UTF-8 or as a CJK legacy charset sellers still use (Shift_JIS, EUC-JP,
 * ISO-2022-JP, GB18030, Big5, EUC-KR), has no NUL bytes and is nearly all printable.
 * Markup (HTML, SVG, XML) is refused: it is a web page, not the text file the rules allow.
 */

export type TextVerdict = { ok: true; charset: string } | { ok: false; reason: string };

const CJK_LEGACY = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'big5', 'euc-kr']);
/** Tab, LF, FF, CR: the control characters a text file legitimately has. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const MAX_CONTROL_RATIO = 0.01;
const MAX_REPLACEMENT_RATIO = 0.01;
const MARKUP = /^\s*<(?:!doctype\b|html\b|svg\b|\?xml\b|script\b|head\b|body\b)/i;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

function charsetOf(bytes: Uint8Array): string | null {
  if (isAscii(bytes)) return hasJisEscape(bytes) ? 'iso-2022-jp' : 'utf-8';
  if (isValidUtf8(bytes)) return 'utf-8';
  const guessed = guessCharset(bytes);
  return guessed !== null && CJK_LEGACY.has(guessed) ? guessed : null;
}

/** C0 controls and DEL other than TEXT_CONTROLS; a few stray ones are tolerated. */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !TEXT_CONTROLS.has(c)) || c === 0x7f) n++;
  }
  return n;
}

export function judgePlainText(bytes: Uint8Array): TextVerdict {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary data (NUL bytes), not a text file' };
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  const charset = bom ? (isValidUtf8(body) ? 'utf-8' : null) : charsetOf(body);
  if (charset === null) {
    return {
      ok: false,
      reason: 'unknown binary data: not UTF-8 or a Japanese, Chinese or Korean text encoding',
    };
  }
  const text = decodeLoose(body, charset);
  const length = Math.max(1, text.length);
  const controls = countControls(text);
  // ISO-2022-JP's escape sequences are consumed by the decoder; anything left is a real control.
  if (controls / length > MAX_CONTROL_RATIO) {
    return { ok: false, reason: 'binary data (control characters), not a text file' };
  }
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced / length > MAX_REPLACEMENT_RATIO) {
    return { ok: false, reason: `text that does not decode as ${charset}` };
  }
  if (MARKUP.test(text.slice(0, 1024)))
    return { ok: false, reason: 'HTML/SVG/XML markup, not a plain text file' };
  return { ok: true, charset };
}

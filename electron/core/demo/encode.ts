import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Builds the demo's raw RFC 5322 messages byte for byte, in the legacy charsets real buyers'
 * mailers still use, so the demo exercises the same MIME decoding as synced mail.
 */

export type DemoCharset =
  | 'utf-8'
  | 'iso-2022-jp'
  | 'shift_jis'
  | 'gb18030'
  | 'gbk'
  | 'gb2312'
  | 'big5'
  | 'euc-kr'
  | 'iso-8859-1'
  | 'windows-1252';

/**
 * ISO-2022-JP (RFC 1468) as Japanese mailers write it: CP932 code points re-expressed as JIS
 * rows. iconv-lite has no ISO-2022-JP encoder. Half-width katakana (ESC ( I) never appear in the
 * demo text, but are handled the way Outlook writes them.
 */
export function toIso2022Jp(text: string): Buffer {
  const sjis = iconv.encode(text, 'cp932');
  const out: number[] = [];
  let mode: 'ascii' | 'kanji' | 'kana' = 'ascii';
  const shift = (next: typeof mode, seq: number[]): void => {
    if (mode !== next) out.push(0x1b, ...seq);
    mode = next;
  };
  for (let i = 0; i < sjis.length; i++) {
    const c1 = sjis[i] ?? 0;
    if (c1 < 0x80) {
      // RFC 1468: every line (and the text) ends in ASCII; switching back before any ASCII does that.
      shift('ascii', [0x28, 0x42]);
      out.push(c1);
    } else if (c1 >= 0xa1 && c1 <= 0xdf) {
      shift('kana', [0x28, 0x49]);
      out.push(c1 - 0x80);
    } else {
      const c2 = sjis[++i] ?? 0;
      let j1 = (c1 <= 0x9f ? c1 - 0x70 : c1 - 0xb0) * 2;
      let j2: number;
      if (c2 >= 0x9f) j2 = c2 - 0x7e;
      else {
        j1 -= 1;
        j2 = c2 - (c2 >= 0x80 ? 0x20 : 0x1f);
      }
      shift('kanji', [0x24, 0x42]);
      out.push(j1, j2);
    }
  }
  shift('ascii', [0x28, 0x42]);
  return Buffer.from(out);
}

export function encodeText(text: string, charset: DemoCharset): Buffer {
  if (charset === 'iso-2022-jp') return toIso2022Jp(text);
  // Shift_JIS mail is in practice CP932 (Windows); GB2312 mail in practice GBK.
  const codec = charset === 'shift_jis' ? 'cp932' : charset === 'gb2312' ? 'gbk' : charset;
  return iconv.encode(text, codec);
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * RFC 2047 B-encoded words, one per short chunk so each stays under 75 characters; a chunk
 * boundary never splits a character. ISO-2022-JP goes in one (long) word: our header decoder
 * joins adjacent words' bytes before decoding, and the WHATWG ISO-2022-JP decoder turns the
 * resulting "ESC ( B ESC $ B" at a word boundary into U+FFFD (reported; see the helper report).
 */
export function encodedWords(text: string, charset: DemoCharset): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const chars = [...text];
  const size = charset === 'iso-2022-jp' ? chars.length : 12;
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += size) {
    const chunk = chars.slice(i, i + size).join('');
    words.push(`=?${charset.toUpperCase()}?B?${encodeText(chunk, charset).toString('base64')}?=`);
  }
  return words.join('\r\n ');
}

export function mailbox(name: string, address: string, charset: DemoCharset): string {
  if (name === '') return `<${address}>`;
  const display = ASCII_PRINTABLE.test(name)
    ? `"${name.replace(/["\\]/g, '')}"`
    : encodedWords(name, charset);
  return `${display} <${address}>`;
}

export function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** A text part: ISO-2022-JP goes 7bit as the RFC wants; everything else base64 (8-bit safe). */
export function textPart(type: 'plain' | 'html', text: string, charset: DemoCharset): string[] {
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const bytes = encodeText(crlf, charset);
  if (charset === 'iso-2022-jp') {
    return [
      `Content-Type: text/${type}; charset=ISO-2022-JP`,
      'Content-Transfer-Encoding: 7bit',
      '',
      bytes.toString('latin1'),
    ];
  }
  return [
    `Content-Type: text/${type}; charset=${charset}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(bytes),
  ];
}

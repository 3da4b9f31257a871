import { Buffer } from 'node:buffer';
import { decodeLoose, decoderLabel } from './charset.js';
import { guessCharset, hasJisEscape, isAscii, isValidUtf8 } from './charset-guess.js';

/** Where the top-level header block ends (index of the blank line), or the input length. */
export function headerBlockEnd(raw: Uint8Array): number {
  // Line to line with the native search rather than byte by byte in JavaScript.
  for (let i = raw.indexOf(0x0a); i >= 0 && i + 1 < raw.length; i = raw.indexOf(0x0a, i + 1)) {
    if (raw[i + 1] === 0x0a) return i + 1;
    if (raw[i + 1] === 0x0d && raw[i + 2] === 0x0a) return i + 1;
  }
  return raw.length;
}

// The Content-Type charset of the top-level part: the best hint for raw 8-bit header text,
// which the sender's software wrote in the same charset as the body.
function bodyCharsetHint(block: string): string[] {
  const m = /^content-type:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/im.exec(block);
  const cs = m ? /charset\s*=\s*"?([^";\s]+)/i.exec(m[0]) : null;
  return cs?.[1] ? [cs[1]] : [];
}

export interface HeaderPrepass {
  /** The message with its top-level header block re-encoded as UTF-8 when it needed it. */
  raw: Uint8Array;
  /** The charset the raw header bytes were read as, when they were not plain ASCII/UTF-8. */
  headerCharset: string | null;
}

/**
 * RFC 5322 headers are ASCII, but real mail carries unencoded Shift_JIS, GBK, EUC-KR or raw
 * ISO-2022-JP escape sequences in Subject/From. postal-mime reads header lines as UTF-8,
 * which would turn those bytes into U+FFFD, so the header block is transcoded to UTF-8
 * (which the parser reads as RFC 6532 headers) before parsing. Only the top-level block:
 * part headers keep the parser's reading.
 */
export function prepassHeaders(raw: Uint8Array, forceCharset?: string): HeaderPrepass {
  const end = headerBlockEnd(raw);
  const block = raw.subarray(0, end);
  if (isAscii(block)) {
    if (!hasJisEscape(block)) return { raw, headerCharset: null };
    return transcode(raw, end, 'iso-2022-jp');
  }
  if (forceCharset) return transcode(raw, end, forceCharset);
  if (isValidUtf8(block)) return { raw, headerCharset: null };
  const hints = bodyCharsetHint(Buffer.from(block).toString('latin1'));
  const eightBit = nonAsciiLines(block);
  const label = guessCharset(eightBit, hints) ?? 'windows-1252';
  return transcode(raw, end, label);
}

// Detection runs on the 8-bit header lines only: the ASCII bulk (Received, DKIM) dilutes
// the statistics the detector needs.
function nonAsciiLines(block: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= block.length; i++) {
    if (i < block.length && block[i] !== 0x0a) continue;
    const line = block.subarray(start, i);
    if (!isAscii(line)) parts.push(line);
    start = i + 1;
  }
  return Buffer.concat(parts);
}

function transcode(raw: Uint8Array, end: number, label: string): HeaderPrepass {
  const decoder = decoderLabel(label) ?? 'windows-1252';
  const text = decodeLoose(raw.subarray(0, end), decoder);
  const head = Buffer.from(text, 'utf8');
  return { raw: Buffer.concat([head, raw.subarray(end)]), headerCharset: decoder };
}

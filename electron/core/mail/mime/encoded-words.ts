import { Buffer } from 'node:buffer';
import { decodeText } from './charset-guess.js';
import { decoderLabel } from './charset.js';

/*
 * RFC 2047 encoded-word decoding, tolerant of what real senders write. postal-mime's own
 * decodeWords decodes each word on its own, so a multi-byte character that an encoder split
 * across two words (common in Japanese and Chinese subjects) turns into U+FFFD, and a word
 * missing its closing "?=" is left undecoded. Here adjacent words in the same charset are
 * joined as bytes before decoding, and a missing "?=" ends at whitespace or end of input.
 */

// charset may carry an RFC 2231 language suffix (utf-8*ja); the payload stops at "?=",
// or, for a malformed word, at whitespace / end of string.
const WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)(?:\?=|(?=\s|$))/g;

interface Word {
  start: number;
  end: number;
  charset: string;
  encoding: 'b' | 'q';
  payload: string;
}

function findWords(value: string): Word[] {
  const words: Word[] = [];
  for (const m of value.matchAll(WORD)) {
    const [whole, charset = '', enc = 'b', payload = ''] = m;
    words.push({
      start: m.index,
      end: m.index + whole.length,
      charset: charset.split('*')[0]?.toLowerCase() ?? '',
      encoding: enc.toLowerCase() === 'q' ? 'q' : 'b',
      payload,
    });
  }
  return words;
}

function qBytes(payload: string): Buffer {
  // RFC 2047 4.2: "_" is always space in the Q encoding; =XX is a byte; anything else is
  // itself (8-bit characters a broken encoder left raw arrive here already as UTF-8).
  const out: number[] = [];
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i] ?? '';
    const hex = payload.slice(i + 1, i + 3);
    if (ch === '_') out.push(0x20);
    else if (ch === '=' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(out);
}

/** Bytes of a run of words sharing charset and encoding, joined before any decoding. */
function runBytes(run: Word[]): Buffer {
  if (run[0]?.encoding === 'q') return Buffer.concat(run.map((w) => qBytes(w.payload)));
  // Some encoders split the base64 text itself mid-quantum; then only the joined text decodes.
  const aligned = run.slice(0, -1).every((w) => w.payload.length % 4 === 0);
  if (aligned) return Buffer.concat(run.map((w) => Buffer.from(w.payload, 'base64')));
  return Buffer.from(run.map((w) => w.payload.replace(/=+$/, '')).join(''), 'base64');
}

/** Decodes every encoded word in a header value; plain text between words is kept. */
export function decodeWords(value: string): string {
  if (!value.includes('=?')) return value;
  const words = findWords(value);
  if (words.length === 0) return value;
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < words.length) {
    const first = words[i] as Word;
    const run = [first];
    let j = i + 1;
    // ISO-2022-JP is stateful: every word returns to ASCII (ESC ( B) and the next starts with
    // ESC $ B, so words never split a character, and joining them makes an escape directly
    // followed by another, which the WHATWG decoder rejects (U+FFFD). Decode each on its own.
    const joinable = decoderLabel(first.charset) !== 'iso-2022-jp';
    // RFC 2047 6.2: whitespace between adjacent encoded words is not displayed.
    while (j < words.length) {
      const next = words[j] as Word;
      const prev = run[run.length - 1] as Word;
      if (value.slice(prev.end, next.start).trim() !== '') break;
      if (!joinable || next.charset !== first.charset || next.encoding !== first.encoding) break;
      run.push(next);
      j++;
    }
    out += value.slice(cursor, first.start);
    out += decodeText(runBytes(run), first.charset).text;
    cursor = (run[run.length - 1] as Word).end;
    // Whitespace between two runs in different charsets is still between encoded words.
    const following = words[j];
    if (following && value.slice(cursor, following.start).trim() === '') cursor = following.start;
    i = j;
  }
  return out + value.slice(cursor);
}

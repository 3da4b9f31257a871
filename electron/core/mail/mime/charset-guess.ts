import { isAscii as nativeIsAscii, isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';
import { decodeLoose, decodeStrict, decoderLabel } from './charset.js';

// Node's checks are native (SIMD): every body and header block goes through them.
export function isAscii(bytes: Uint8Array): boolean {
  return nativeIsAscii(bytes);
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** ESC $ @, ESC $ B (JIS X 0208) or ESC ( I (half-width katakana): 7-bit ISO-2022-JP text. */
export function hasJisEscape(bytes: Uint8Array): boolean {
  // Jump from ESC to ESC with the native search; most text has none.
  for (let i = bytes.indexOf(0x1b); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0x1b, i + 1)) {
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if ((a === 0x24 && (b === 0x42 || b === 0x40)) || (a === 0x28 && b === 0x49)) return true;
  }
  return false;
}

const MULTIBYTE = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'big5', 'euc-kr', 'utf-8']);

// chardet scores short samples poorly (two kanji in Shift_JIS score as windows-1252), so
// below this length the caller's hints (the part's label, the body charset) go first.
const SHORT_SAMPLE = 48;
const CONFIDENT = 50;

/**
 * Best guess for bytes that are neither ASCII nor valid UTF-8, or null when nothing
 * decodes them convincingly. Only multi-byte candidates that decode without a single
 * invalid sequence are accepted, so a genuine Latin-1 text stays Latin-1.
 */
export function guessCharset(bytes: Uint8Array, hints: readonly string[] = []): string | null {
  const detected = analyse(bytes)
    .filter((m) => m.confidence >= CONFIDENT)
    .map((m) => decoderLabel(m.name))
    .filter((l): l is string => l !== null);
  const hinted = hints.map((h) => decoderLabel(h)).filter((l): l is string => l !== null);
  const ordered = bytes.length < SHORT_SAMPLE ? [...hinted, ...detected] : [...detected, ...hinted];
  for (const label of ordered) {
    if (!MULTIBYTE.has(label)) {
      // A confident single-byte verdict (Latin-1 German, Cyrillic) is an answer too.
      if (bytes.length >= SHORT_SAMPLE && detected[0] === label) return label;
      continue;
    }
    if (decodeStrict(bytes, label) !== null) return label;
  }
  return null;
}

export interface DecodedText {
  text: string;
  charset: string;
}

// Labels that say nothing reliable about 8-bit bytes: senders' software writes them by
// default whatever the text really is.
const WEAK_LABELS = new Set(['windows-1252', 'iso-8859-15']);

/**
 * Decodes a text body or header. The declared label is trusted only when the bytes are
 * valid in it; otherwise UTF-8, then a detected charset, then the label with U+FFFD.
 */
export function decodeText(bytes: Uint8Array, label: string | null | undefined, force?: string): DecodedText {
  if (force) {
    const forced = decoderLabel(force) ?? 'utf-8';
    return { text: decodeLoose(bytes, forced), charset: forced };
  }
  const declared = decoderLabel(label);
  if (declared?.startsWith('utf-16')) return { text: decodeLoose(bytes, declared), charset: declared };
  if (isAscii(bytes)) {
    if (declared === 'iso-2022-jp' || hasJisEscape(bytes)) {
      return { text: decodeLoose(bytes, 'iso-2022-jp'), charset: 'iso-2022-jp' };
    }
    return { text: decodeLoose(bytes, 'utf-8'), charset: label ? label.trim().toLowerCase() : 'us-ascii' };
  }
  if (declared && !WEAK_LABELS.has(declared)) {
    const strict = decodeStrict(bytes, declared);
    if (strict !== null) return { text: strict, charset: declared };
  }
  if (isValidUtf8(bytes)) return { text: decodeLoose(bytes, 'utf-8'), charset: 'utf-8' };
  const guessed = guessCharset(bytes, declared ? [declared] : []);
  if (guessed) return { text: decodeLoose(bytes, guessed), charset: guessed };
  const fallback = declared ?? 'windows-1252';
  return { text: decodeLoose(bytes, fallback), charset: fallback };
}

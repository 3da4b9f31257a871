import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { decodeDbcs, isDbcsName } from './dbcs-fast.js';

/**
 * Charset labels as they appear in mail, mapped to the WHATWG decoder that reads them best.
 * Node ships full ICU, so TextDecoder covers every CJK encoding buyers use; we only decide
 * which label to hand it.
 */

// Mail labels name the narrow standard, but senders' software writes the vendor superset:
// "GB2312" mail carries GBK characters, "EUC-KR"/ks_c_5601-1987 carries CP949 (UHC) ones,
// "Shift_JIS" carries CP932 (NEC/IBM rows, ～). Decoding with the superset never loses a
// character the narrow set has, so we always pick it.
const SUPERSETS: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  cp936: 'gb18030',
  ms936: 'gb18030',
  windows936: 'gb18030',
  euccn: 'gb18030',
  hzgb2312: 'gb18030',
  gb18030: 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
  windows950: 'big5',
  euckr: 'euc-kr',
  ksc56011987: 'euc-kr',
  ksc5601: 'euc-kr',
  ksc56011989: 'euc-kr',
  cp949: 'euc-kr',
  windows949: 'euc-kr',
  uhc: 'euc-kr',
  korean: 'euc-kr',
  // WHATWG euc-kr is windows-949, which has no ISO-2022-KR shift states; rare enough to accept.
  shiftjis: 'shift_jis',
  sjis: 'shift_jis',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  windows31j: 'shift_jis',
  windows932: 'shift_jis',
  mskanji: 'shift_jis',
  eucjp: 'euc-jp',
  cp51932: 'euc-jp',
  // WHATWG iso-2022-jp reads the jis0208 index with NEC row 13 and the IBM rows and maps
  // 0x2141 to ～ (U+FF5E), i.e. it already behaves as CP50220/ISO-2022-JP-MS for decoding,
  // and it understands ESC ( I half-width katakana.
  iso2022jp: 'iso-2022-jp',
  iso2022jp1: 'iso-2022-jp',
  iso2022jp2: 'iso-2022-jp',
  iso2022jp3: 'iso-2022-jp',
  iso2022jpms: 'iso-2022-jp',
  cp50220: 'iso-2022-jp',
  cp50221: 'iso-2022-jp',
  cp50222: 'iso-2022-jp',
  utf8: 'utf-8',
  unicode11utf8: 'utf-8',
};

const labelCache = new Map<string, string | null>();

function compact(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/^(?:x-ms-|x-|cs)/, '')
    .replace(/[\s_-]+/g, '');
}

/** The WHATWG canonical name (iso-8859-1 and us-ascii both become windows-1252), or null. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** The TextDecoder label to use for a charset named in mail, or null when no decoder knows it. */
export function decoderLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const cached = labelCache.get(label);
  if (cached !== undefined) return cached;
  const key = compact(label);
  const found = SUPERSETS[key] ?? canonical(label.trim()) ?? canonical(key);
  const result = found === 'gbk' ? 'gb18030' : found;
  if (labelCache.size < 256) labelCache.set(label, result);
  return result;
}

type Decoder = InstanceType<typeof TextDecoder>;

const strictDecoders = new Map<string, Decoder>();
const looseDecoders = new Map<string, Decoder>();

function decoder(label: string, fatal: boolean): Decoder {
  const cache = fatal ? strictDecoders : looseDecoders;
  let d = cache.get(label);
  if (!d) {
    d = new TextDecoder(label, { fatal });
    cache.set(label, d);
  }
  return d;
}

// Node 20's ICU converters behind TextDecoder are not the WHATWG ones for these: "euc-kr"
// silently drops UHC (CP949) bytes such as 똠, "big5" drops HKSCS, and "gb18030" loses
// four-byte sequences, even with fatal: true; "windows-1252" (also what iso-8859-1 and
// us-ascii labels resolve to) decodes like Latin-1, turning ’ – € into C1 controls.
// iconv-lite's tables are the full supersets.
const ICONV: Record<string, string> = {
  gb18030: 'gb18030',
  big5: 'big5hkscs',
  'euc-kr': 'cp949',
  'windows-1252': 'windows-1252',
};

function iconvDecode(bytes: Uint8Array, name: string): string {
  // dbcs-fast returns iconv-lite's exact output for the double-byte ones, several times faster.
  if (isDbcsName(name)) return decodeDbcs(bytes, name);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
}

/** Decodes only if every byte sequence is valid in the charset; null otherwise. */
export function decodeStrict(bytes: Uint8Array, label: string): string | null {
  const viaIconv = ICONV[label];
  if (viaIconv) {
    const text = iconvDecode(bytes, viaIconv);
    return text.includes('\uFFFD') ? null : text;
  }
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes with U+FFFD for invalid sequences; never throws. */
export function decodeLoose(bytes: Uint8Array, label: string): string {
  const viaIconv = ICONV[label];
  if (viaIconv) return iconvDecode(bytes, viaIconv);
  return decoder(label, false).decode(bytes);
}

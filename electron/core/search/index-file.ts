import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeFileDurable } from '../store/durable-file.js';
import { FrozenSegment } from './segment.js';

/**
 * The search index on disk, so a restart does not re-read and re-tokenise every body.
 *
 * ```
 * 0  "HDSI"   4 uint32 format version   8 uint32 header bytes   12 uint32 CRC-32 of the rest
 * 16 header: UTF-8 JSON {tokenizer, ids, dates, termBytes, terms, postings}, padded to 4
 *    uint32 offsets (terms + 1), uint32 postings, UTF-8 terms joined by "\n"
 * ```
 * Little-endian. It is a cache: anything unexpected (torn write, bit flip, another format or
 * tokenizer version) makes `readIndexFile` return null and the caller rebuilds from the store.
 */

export const INDEX_FILE = 'search-index.bin';
const MAGIC = 'HDSI';
export const INDEX_FORMAT_VERSION = 1;
const PREFIX = 16;

export interface IndexImage {
  /** Bump when indexTokens or the posting layout changes: old files then no longer match. */
  tokenizer: number;
  ids: string[];
  dates: number[];
  segment: FrozenSegment;
}

interface Header {
  tokenizer: number;
  ids: string[];
  dates: number[];
  termBytes: number;
  terms: number;
  postings: number;
}

const pad4 = (n: number): number => Math.ceil(n / 4) * 4;

export function encodeIndex(image: IndexImage): Buffer {
  const { segment } = image;
  const termText = Buffer.from(segment.terms.join('\n'), 'utf8');
  const header: Header = {
    tokenizer: image.tokenizer,
    ids: image.ids,
    dates: image.dates,
    termBytes: termText.length,
    terms: segment.terms.length,
    postings: segment.postings.length,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const body = Buffer.concat([
    json,
    Buffer.alloc(pad4(json.length) - json.length, 0x20),
    Buffer.from(segment.offsets.buffer, segment.offsets.byteOffset, segment.offsets.byteLength),
    Buffer.from(segment.postings.buffer, segment.postings.byteOffset, segment.postings.byteLength),
    termText,
  ]);
  const prefix = Buffer.alloc(PREFIX);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(INDEX_FORMAT_VERSION, 4);
  prefix.writeUInt32LE(pad4(json.length), 8);
  prefix.writeUInt32LE(crc32(body), 12);
  return Buffer.concat([prefix, body]);
}

function isHeader(v: unknown): v is Header {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return (
    ['tokenizer', 'termBytes', 'terms', 'postings'].every((k) => Number.isSafeInteger(h[k])) &&
    Array.isArray(h.ids) &&
    h.ids.every((id) => typeof id === 'string') &&
    Array.isArray(h.dates) &&
    h.dates.length === h.ids.length &&
    h.dates.every((d) => typeof d === 'number')
  );
}

/** Copies out of `bytes`: a Uint32Array view needs an aligned offset, which a Buffer may not have. */
const u32 = (bytes: Buffer, at: number, count: number): Uint32Array =>
  new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + count * 4));

export function decodeIndex(bytes: Buffer, tokenizer: number): IndexImage | null {
  if (bytes.length < PREFIX || bytes.toString('latin1', 0, 4) !== MAGIC) return null;
  if (bytes.readUInt32LE(4) !== INDEX_FORMAT_VERSION) return null;
  const body = bytes.subarray(PREFIX);
  if (crc32(body) !== bytes.readUInt32LE(12)) return null;
  const jsonBytes = bytes.readUInt32LE(8);
  let header: unknown;
  try {
    header = JSON.parse(body.toString('utf8', 0, jsonBytes));
  } catch {
    return null;
  }
  if (!isHeader(header) || header.tokenizer !== tokenizer) return null;
  const offsetsAt = jsonBytes;
  const postingsAt = offsetsAt + (header.terms + 1) * 4;
  const termsAt = postingsAt + header.postings * 4;
  if (termsAt + header.termBytes !== body.length) return null;
  const offsets = u32(body, offsetsAt, header.terms + 1);
  const postings = u32(body, postingsAt, header.postings);
  const text = body.toString('utf8', termsAt);
  const terms = header.terms === 0 ? [] : text.split('\n');
  if (terms.length !== header.terms || !wellFormed(offsets, postings, header.ids.length)) return null;
  for (let i = 1; i < terms.length; i++) if ((terms[i - 1] ?? '') >= (terms[i] ?? '')) return null;
  return {
    tokenizer,
    ids: header.ids,
    dates: header.dates,
    segment: new FrozenSegment(terms, offsets, postings),
  };
}

/** The CRC catches damage; this catches a file that is intact but inconsistent (a bug of ours). */
function wellFormed(offsets: Uint32Array, postings: Uint32Array, docs: number): boolean {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== postings.length) return false;
  for (let i = 1; i < offsets.length; i++) if ((offsets[i] ?? 0) < (offsets[i - 1] ?? 0)) return false;
  for (const p of postings) if (p >>> 8 >= docs) return false;
  return true;
}

/** null when missing or unusable: the index is rebuilt from the store, which is the truth. */
export async function readIndexFile(file: string, tokenizer: number): Promise<IndexImage | null> {
  try {
    return decodeIndex(await readFile(file), tokenizer);
  } catch {
    return null;
  }
}

export async function writeIndexFile(file: string, image: IndexImage): Promise<void> {
  await writeFileDurable(file, encodeIndex(image), { keepBackup: false, fsync: true });
}

import { crc32 } from 'node:zlib';
import { StoreError } from './errors.js';

/**
 * A small binary container for documents too big to parse as JSON at every open (metadata
 * shards). Every string goes once into a table, then is referred to by index from a stream of
 * uint32 cells; numbers go to a float64 stream. The table is stored as two texts, Latin-1 and
 * UTF-16LE: Node decodes both at memcpy speed, measured ~8x faster than UTF-8 (which is what
 * made CJK-heavy JSON slow) and ~3x faster than JSON.parse of \u-escaped text. Each table
 * entry is then a slice of its text, and repeated values (paths, addresses, dates, flags) are
 * decoded once and shared.
 *
 * ```
 * 0  magic 89 'P' 'K' 'D'       4  uint32 version (the document's schema `v`)
 * 8  uint32 payload length     12  uint32 CRC-32 of the payload
 * 16 payload: uint32 n, n bytes of UTF-8 JSON (sizes + the caller's header), padding to 8,
 *    float64 nums, uint32 cells, uint32 table pairs (start, length*2 + isUtf16),
 *    Latin-1 text, padding to 2, UTF-16LE text
 * ```
 * All little-endian. A torn, truncated or bit-flipped file fails the length or CRC check, and
 * every index is bounds-checked on read, so damage is reported, never decoded into wrong data.
 */

const MAGIC = Buffer.from([0x89, 0x50, 0x4b, 0x44]);
const PREFIX = 16;
export const NULL_REF = 0xffffffff;

export class PackedFormatError extends Error {}

interface Sizes {
  cells: number;
  nums: number;
  entries: number;
  latin1Bytes: number;
  utf16Bytes: number;
  header: unknown;
}

export function isPacked(bytes: Uint8Array): boolean {
  return bytes.length >= PREFIX && MAGIC.equals(bytes.subarray(0, 4));
}

/** The version is readable even when the rest of the layout is not ours (a newer app wrote it). */
export function packedVersion(bytes: Buffer): number {
  return bytes.readUInt32LE(4);
}

const pad = (n: number, to: number): number => Math.ceil(n / to) * to;
// Typed arrays use the platform's byte order; every platform Electron ships for is little-endian.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

export class PackedWriter {
  readonly #cells: number[] = [];
  readonly #nums: number[] = [];
  readonly #refs = new Map<string, number>();
  readonly #table: number[] = [];
  readonly #latin1: string[] = [];
  readonly #utf16: string[] = [];
  #latin1Length = 0;
  #utf16Length = 0;

  u32(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n >= NULL_REF) throw new StoreError('INTERNAL', `bad cell ${n}`);
    this.#cells.push(n);
  }

  f64(n: number): void {
    this.#nums.push(n);
  }

  str(s: string | null): void {
    if (s === null) {
      this.#cells.push(NULL_REF);
      return;
    }
    let ref = this.#refs.get(s);
    if (ref === undefined) {
      ref = this.#table.length / 2;
      this.#refs.set(s, ref);
      if (!BEYOND_LATIN1.test(s)) {
        this.#table.push(this.#latin1Length, s.length * 2);
        this.#latin1.push(s);
        this.#latin1Length += s.length;
      } else {
        this.#table.push(this.#utf16Length, s.length * 2 + 1);
        this.#utf16.push(s);
        this.#utf16Length += s.length;
      }
    }
    this.#cells.push(ref);
  }

  finish(version: number, header: unknown): Buffer {
    if (!LITTLE_ENDIAN) throw new StoreError('UNSUPPORTED', 'packed documents need a little-endian CPU');
    const latin1 = Buffer.from(this.#latin1.join(''), 'latin1');
    const utf16 = Buffer.from(this.#utf16.join(''), 'utf16le');
    const sizes: Sizes = {
      cells: this.#cells.length,
      nums: this.#nums.length,
      entries: this.#table.length / 2,
      latin1Bytes: latin1.length,
      utf16Bytes: utf16.length,
      header,
    };
    const json = Buffer.from(JSON.stringify(sizes));
    const jsonEnd = pad(4 + json.length, 8);
    const lengths = Buffer.alloc(4);
    lengths.writeUInt32LE(json.length);
    const latin1End = jsonEnd + sizes.nums * 8 + (sizes.cells + sizes.entries * 2) * 4 + latin1.length;
    const payload = Buffer.concat([
      lengths,
      json,
      Buffer.alloc(jsonEnd - 4 - json.length),
      bytesOf(new Float64Array(this.#nums)),
      bytesOf(new Uint32Array(this.#cells)),
      bytesOf(new Uint32Array(this.#table)),
      latin1,
      Buffer.alloc(pad(latin1End, 2) - latin1End),
      utf16,
    ]);
    const prefix = Buffer.alloc(PREFIX);
    MAGIC.copy(prefix);
    prefix.writeUInt32LE(version, 4);
    prefix.writeUInt32LE(payload.length, 8);
    prefix.writeUInt32LE(crc32(payload), 12);
    return Buffer.concat([prefix, payload]);
  }
}

export class PackedReader {
  readonly header: unknown;
  readonly #cells: Uint32Array;
  readonly #nums: Float64Array;
  readonly #strings: string[];
  #cell = 0;
  #num = 0;

  /** Throws PackedFormatError when the bytes are not a whole, undamaged container. */
  constructor(bytes: Buffer) {
    if (!isPacked(bytes)) throw new PackedFormatError('not a packed document');
    if (!LITTLE_ENDIAN) throw new StoreError('UNSUPPORTED', 'packed documents need a little-endian CPU');
    const payload = bytes.subarray(PREFIX);
    if (bytes.readUInt32LE(8) !== payload.length) throw new PackedFormatError('length mismatch');
    if (bytes.readUInt32LE(12) !== crc32(payload)) throw new PackedFormatError('checksum mismatch');
    const jsonLength = payload.readUInt32LE(0);
    const sizes = parseSizes(payload.toString('utf8', 4, 4 + jsonLength));
    this.header = sizes.header;
    let at = pad(4 + jsonLength, 8);
    const take = (length: number): Buffer => {
      const part = payload.subarray(at, at + length);
      if (part.length !== length) throw new PackedFormatError('truncated section');
      at += length;
      return part;
    };
    this.#nums = view(take(sizes.nums * 8), Float64Array);
    this.#cells = view(take(sizes.cells * 4), Uint32Array);
    const table = view(take(sizes.entries * 8), Uint32Array);
    const latin1 = take(sizes.latin1Bytes).toString('latin1');
    at = pad(at, 2);
    const utf16 = take(sizes.utf16Bytes).toString('utf16le');
    if (at !== payload.length) throw new PackedFormatError('trailing bytes');
    this.#strings = new Array<string>(sizes.entries);
    for (let i = 0; i < sizes.entries; i++) {
      const start = table[2 * i] ?? 0;
      const kind = table[2 * i + 1] ?? 0;
      const text = kind % 2 === 0 ? latin1 : utf16;
      const end = start + Math.floor(kind / 2);
      if (end > text.length) throw new PackedFormatError('string out of range');
      this.#strings[i] = text.slice(start, end);
    }
  }

  u32(): number {
    const n = this.#cells[this.#cell++];
    if (n === undefined) throw new PackedFormatError('ran out of cells');
    return n;
  }

  f64(): number {
    const n = this.#nums[this.#num++];
    if (n === undefined) throw new PackedFormatError('ran out of numbers');
    return n;
  }

  strOrNull(): string | null {
    const ref = this.u32();
    if (ref === NULL_REF) return null;
    const s = this.#strings[ref];
    if (s === undefined) throw new PackedFormatError('bad string reference');
    return s;
  }

  str(): string {
    const s = this.strOrNull();
    if (s === null) throw new PackedFormatError('unexpected null string');
    return s;
  }

  /** Every cell and number must have been read: a mismatch means writer and reader disagree. */
  end(): void {
    if (this.#cell !== this.#cells.length || this.#num !== this.#nums.length)
      throw new PackedFormatError('unread data left');
  }
}

function parseSizes(json: string): Sizes {
  const x: unknown = JSON.parse(json);
  if (typeof x !== 'object' || x === null) throw new PackedFormatError('bad sizes');
  const s = x as Record<string, unknown>;
  for (const k of ['cells', 'nums', 'entries', 'latin1Bytes', 'utf16Bytes'] as const) {
    const v = s[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new PackedFormatError('bad sizes');
  }
  return s as unknown as Sizes;
}

/**
 * Sections are 8-aligned within the file, and a file read whole starts its own ArrayBuffer, so
 * the typed array is usually a view; otherwise (a pooled or sliced buffer) it gets a copy.
 */
function view<T extends Float64Array | Uint32Array>(
  part: Buffer,
  Kind: { new (b: ArrayBuffer, offset?: number, length?: number): T; BYTES_PER_ELEMENT: number },
): T {
  const size = Kind.BYTES_PER_ELEMENT;
  if (part.byteOffset % size === 0 && part.buffer instanceof ArrayBuffer)
    return new Kind(part.buffer, part.byteOffset, part.length / size);
  const copy = new ArrayBuffer(part.length);
  new Uint8Array(copy).set(part);
  return new Kind(copy);
}

function bytesOf(view: Float64Array | Uint32Array): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

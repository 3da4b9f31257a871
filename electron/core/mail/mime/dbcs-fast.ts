import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

/*
 * iconv-lite's DBCSDecoder.write was the largest item of the parse worker in the IMAP sync
 * benchmark's CPU profile (~280 ms per 10,000 messages): it walks a trie per byte, allocates
 * a Buffer twice the input and copies the leftover bytes into an Array. Mail bodies in
 * GB18030/GBK, Big5 and CP949 are nearly all ASCII plus two-byte characters, so this decoder
 * handles just those with two flat lookup tables and hands everything else to iconv-lite.
 *
 * It returns exactly iconv.decode(bytes, name), because:
 * - every table entry IS iconv-lite's output, never a hand-written mapping: a byte is
 *   "simple" when iconv.decode([b]) is one UTF-16 unit other than U+FFFD, a pair [a, t]
 *   (a not simple) when iconv.decode([a, t]) is. Such a pair is a complete character from
 *   the decoder's start state (a lead byte alone or before a bad trail gives U+FFFD, so does
 *   a four-byte prefix; sequences and astral characters give two units), and iconv-lite's
 *   decoder starts afresh after each complete character, so a run of simple tokens decodes
 *   to their concatenation;
 * - at the first byte that does not start a simple token (bad or truncated pair, GB18030
 *   four-byte sequence, a pair iconv-lite turns into two units or U+FFFD), the rest of the
 *   input, from that character boundary, goes to iconv-lite itself.
 * A pair is asked of iconv-lite the first time an input holds it (2-6 µs), so a worker pays
 * for the characters its mail uses, not for all 32,000 pairs (~0.1 s cold). The tables assume
 * iconv-lite's replacement character is U+FFFD (iconv.defaultCharUnicode, never changed
 * here); if the codec says otherwise, every call goes to iconv-lite.
 */

const DBCS_NAMES = ['gb18030', 'big5hkscs', 'cp949'] as const;
export type DbcsName = (typeof DBCS_NAMES)[number];

/** Whether decodeDbcs handles this iconv-lite codec name. */
export function isDbcsName(name: string): name is DbcsName {
  return (DBCS_NAMES as readonly string[]).includes(name);
}

/** Table value meaning "not a simple token": U+FFFD is never stored as a result. */
const NONE = 0xfffd;

interface Table {
  readonly name: DbcsName;
  /** Per byte: its single code unit, or NONE (lead byte, or anything else). */
  readonly single: Uint16Array;
  /** Per (lead << 8 | trail), lead not simple: the pair's single code unit, or NONE. */
  readonly pair: Uint16Array;
  /** Bit per pair: set once iconv-lite has decoded it, so NONE is final. */
  readonly probed: Uint8Array;
}

const tables = new Map<DbcsName, Table | null>();
const probe = Buffer.alloc(2);

function simpleUnit(text: string): number {
  return text.length === 1 && text !== '\uFFFD' ? text.charCodeAt(0) : NONE;
}

function createTable(name: DbcsName): Table | null {
  const codec: unknown = iconv.getCodec(name);
  const replacement: unknown =
    typeof codec === 'object' && codec ? Reflect.get(codec, 'defaultCharUnicode') : null;
  if (replacement !== '\uFFFD') return null;
  const single = new Uint16Array(256);
  for (let b = 0; b < 256; b++) single[b] = simpleUnit(iconv.decode(probe.subarray(0, 1).fill(b), name));
  return { name, single, pair: new Uint16Array(65536).fill(NONE), probed: new Uint8Array(8192) };
}

/** The pair's entry, asking iconv-lite the first time. Only for leads that are not simple. */
function probePair(table: Table, key: number): number {
  const bit = 1 << (key & 7);
  const seen = table.probed[key >> 3] ?? 0;
  if (seen & bit) return table.pair[key] ?? NONE;
  table.probed[key >> 3] = seen | bit;
  probe[0] = key >> 8;
  probe[1] = key & 0xff;
  return (table.pair[key] = simpleUnit(iconv.decode(probe, table.name)));
}

function tableFor(name: DbcsName): Table | null {
  let table = tables.get(name);
  if (table === undefined) {
    table = createTable(name);
    tables.set(name, table);
  }
  return table;
}

/** The complete tables for `name` (every pair probed), for tests; null when the fast path is off. */
export function dbcsTable(name: DbcsName): { single: Uint16Array; pair: Uint16Array } | null {
  const table = tableFor(name);
  if (!table) return null;
  for (let key = 0; key < 65536; key++) if (table.single[key >> 8] === NONE) probePair(table, key);
  return { single: table.single, pair: table.pair };
}

let units = new Uint16Array(16384);
let unitBytes = Buffer.from(units.buffer);

/** Decodes like iconv.decode(bytes, name), with the same result for every input. */
export function decodeDbcs(bytes: Uint8Array, name: DbcsName): string {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = tableFor(name);
  if (!table) return iconv.decode(view, name);
  const n = bytes.length;
  // Every token yields one unit from at least one byte, so n units always suffice.
  if (units.length < n) {
    units = new Uint16Array(Math.max(n, units.length * 2));
    unitBytes = Buffer.from(units.buffer);
  }
  const out = units;
  const { single, pair } = table;
  let i = 0;
  let j = 0;
  // Reads below are in bounds (i < n, b < 256, key < 65536), hence the `!`s: `?? 0` there
  // made the loop 1.6 times slower.
  for (;;) {
    while (i < n) {
      const b = bytes[i]!;
      let unit = single[b]!;
      if (unit !== NONE) {
        out[j++] = unit;
        i++;
        continue;
      }
      if (i + 1 === n) break;
      unit = pair[(b << 8) | bytes[i + 1]!]!;
      if (unit === NONE) break;
      out[j++] = unit;
      i += 2;
    }
    // Stopped before the end at a byte that is not simple: if iconv-lite has not been asked
    // about this pair yet, ask, and go on when it is a simple one.
    if (i + 1 >= n || probePair(table, ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)) === NONE) break;
  }
  const text = unitBytes.toString('utf16le', 0, j * 2);
  if (units.length > 1 << 18) {
    units = new Uint16Array(16384); // do not keep a huge scratch buffer alive
    unitBytes = Buffer.from(units.buffer);
  }
  if (i === n) return text;
  if (i === 0) return iconv.decode(view, name);
  return text + iconv.decode(view.subarray(i), name, { stripBOM: false });
}

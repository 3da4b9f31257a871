import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dbcsTable, decodeDbcs, type DbcsName } from '../../../../../../electron/core/mail/mime/dbcs-fast.js';
import { decodeLoose, decodeStrict } from '../../../../../../electron/core/mail/mime/charset.js';
import { mulberry32 } from '../../../../../support/prng.js';

// decodeDbcs must return iconv.decode's string for every input; each test collects the inputs
// where the two differ (hex) and expects none.

const NAMES: DbcsName[] = ['gb18030', 'big5hkscs', 'cp949'];

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function mismatches(inputs: Iterable<Uint8Array>, name: DbcsName): string[] {
  const bad: string[] = [];
  for (const bytes of inputs) {
    const want = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    const got = decodeDbcs(bytes, name);
    if (got !== want && bad.push(`${hex(bytes)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`) >= 10)
      break;
  }
  return bad;
}

function* allPairs(prefix: number[], suffix: number[], firstLead = 0): Generator<Uint8Array> {
  const bytes = new Uint8Array(prefix.length + 2 + suffix.length);
  bytes.set(prefix);
  bytes.set(suffix, prefix.length + 2);
  for (let a = firstLead; a < 256; a++) {
    for (let b = 0; b < 256; b++) {
      bytes[prefix.length] = a;
      bytes[prefix.length + 1] = b;
      yield bytes;
    }
  }
}

const pick = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

function choose<T>(rand: () => number, items: readonly T[]): T {
  const item = items[pick(rand, 0, items.length - 1)];
  if (item === undefined) throw new Error('choose from an empty list');
  return item;
}

// Byte pools: ASCII, lead bytes, trail bytes (incl. GB18030 digits), high bytes, and edges.
const POOLS: Array<[number, number]> = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x81, 0xfe],
  [0xa1, 0xfe],
  [0x40, 0x7e],
  [0x30, 0x39],
  [0x80, 0xff],
  [0x00, 0xff],
];

function randomBytes(rand: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const [lo, hi] = choose(rand, POOLS);
    bytes[i] = pick(rand, lo, hi);
  }
  return bytes;
}

// Code point ranges for text: ASCII, CJK, Hangul, kana, CJK punctuation, full-width forms,
// Latin-1, Greek/Cyrillic, HKSCS-ish Extension B (astral), emoji (astral; GB18030 four-byte).
const TEXT_RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0x20, 0x7e],
  [0x0a, 0x0a],
  [0x4e00, 0x9fff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0x3040, 0x30ff],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
  [0xa0, 0xff],
  [0x391, 0x44f],
  [0x20000, 0x2a6df],
  [0x1f300, 0x1f64f],
  [0xe000, 0xe8ff],
];

function randomText(rand: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = choose(rand, TEXT_RANGES);
    text += String.fromCodePoint(pick(rand, lo, hi));
  }
  return text;
}

const CLEAN_TEXT: Record<DbcsName, string> = {
  gb18030: '售后服务：您好，订单已发货，请注意查收。Thank you! 123\r\n',
  big5hkscs: '售後服務：您好，訂單已發貨，請注意查收。Thank you! 123\r\n',
  cp949: '배송이 시작되었습니다. 감사합니다! 韓國 Thank you 123\r\n',
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(NAMES)('decodeDbcs(%s) equals iconv.decode', (name) => {
  it('every 2-byte input [a, b]; the tables hold exactly iconv-lite’s decode of each byte and pair', () => {
    const table = dbcsTable(name);
    expect(table).not.toBeNull();
    if (!table) return;
    const unit = (text: string): number =>
      text.length === 1 && text !== '\uFFFD' ? text.charCodeAt(0) : 0xfffd;
    const wrongEntries: string[] = [];
    for (let a = 0; a < 256; a++) {
      if (table.single[a] !== unit(iconv.decode(Buffer.from([a]), name))) wrongEntries.push(a.toString(16));
    }
    const wrongDecodes: string[] = [];
    for (const bytes of allPairs([], [])) {
      const want = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
      const got = decodeDbcs(bytes, name);
      if (got !== want) wrongDecodes.push(`${hex(bytes)}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
      const [a = 0, b = 0] = bytes;
      // a simple byte never starts a pair, so its row stays empty
      const entry = table.single[a] === 0xfffd ? unit(want) : 0xfffd;
      if (table.pair[(a << 8) | b] !== entry) wrongEntries.push(hex(bytes));
    }
    expect(wrongDecodes.slice(0, 10)).toEqual([]);
    expect(wrongEntries.slice(0, 10)).toEqual([]);
  });

  it('every 1-byte input, and the empty input', () => {
    const inputs = Array.from({ length: 256 }, (_, b) => Uint8Array.of(b));
    expect(mismatches([new Uint8Array(0), ...inputs], name)).toEqual([]);
    expect(decodeDbcs(new Uint8Array(0), name)).toBe('');
  });

  it.each([
    ["followed by 'A'", [], [0x41], 0],
    ["preceded by 'A'", [0x41], [], 0],
    ['a >= 0x80, between a pair and a GB18030 digit + lone lead byte', [0xb0, 0xa1], [0x35, 0x81], 0x80],
  ])('every 2-byte input [a, b], %s', (_why, prefix, suffix, firstLead) => {
    expect(mismatches(allPairs(prefix, suffix, firstLead), name)).toEqual([]);
  });

  it('seeded random byte strings (lengths 0..64)', () => {
    const rand = mulberry32(0x5eed + name.length);
    const inputs = Array.from({ length: 4000 }, () => randomBytes(rand, pick(rand, 0, 64)));
    expect(mismatches(inputs, name)).toEqual([]);
  });

  it('random CJK / Hangul / mixed text encoded with iconv-lite, whole and truncated', () => {
    const rand = mulberry32(0x7e47 + name.length);
    const inputs: Uint8Array[] = [];
    for (let k = 0; k < 1500; k++) {
      const bytes = iconv.encode(randomText(rand, pick(rand, 0, 200)), name);
      inputs.push(
        bytes,
        bytes.subarray(0, pick(rand, 0, bytes.length)),
        bytes.subarray(pick(rand, 0, bytes.length)),
      );
    }
    expect(mismatches(inputs, name)).toEqual([]);
  });

  it('truncated input: text ending in a lead byte or half a four-byte sequence', () => {
    const text = iconv.encode('中文한국어 mail 測試', name);
    const inputs = [
      Buffer.concat([text, Buffer.from([0x81])]),
      Buffer.concat([text, Buffer.from([0xa4])]),
      Buffer.concat([text, Buffer.from([0xfe])]),
      Buffer.concat([text, Buffer.from([0x81, 0x30])]),
      Buffer.concat([text, Buffer.from([0x81, 0x30, 0x81])]),
      Buffer.from([0xb0]),
    ];
    expect(mismatches(inputs, name)).toEqual([]);
  });

  it('Buffer views with a non-zero byteOffset, and pooled Buffers', () => {
    const bytes = Buffer.concat([
      Buffer.from('xyz'),
      iconv.encode('郵件內容 메일 mail ', name),
      Buffer.from([0x81]),
    ]);
    const pooled = Buffer.from(iconv.encode('短い', name)); // a view into Node's shared pool
    const offsetArray = new Uint8Array(bytes.buffer, bytes.byteOffset + 3, bytes.byteLength - 3);
    expect(mismatches([bytes.subarray(3), bytes.subarray(3, -1), offsetArray, pooled], name)).toEqual([]);
    expect(decodeDbcs(bytes.subarray(3), name)).toBe(iconv.decode(bytes.subarray(3), name));
  });

  it('long inputs (past the scratch buffer, and past 1 MB), clean and with a bad byte at the end', () => {
    const mixed = iconv.encode(randomText(mulberry32(42), 4000), name);
    const clean = iconv.encode(CLEAN_TEXT[name].repeat(20_000), name); // fast path all the way
    const inputs = [Buffer.concat([mixed, mixed, mixed]), clean, Buffer.concat([clean, Buffer.from([0xff])])];
    expect(mismatches(inputs, name)).toEqual([]);
    expect(mismatches([mixed, clean.subarray(0, 30_001)], name)).toEqual([]); // after the scratch buffer shrank
  });

  it('takes the fast path for clean text (iconv-lite is not called once its pairs are known)', () => {
    dbcsTable(name);
    const text = CLEAN_TEXT[name];
    const bytes = iconv.encode(text, name);
    const spy = vi.spyOn(iconv, 'decode');
    expect(decodeDbcs(bytes, name)).toBe(text);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('pairs are asked of iconv-lite lazily', () => {
  // The tests above probe every pair (dbcsTable); a fresh module starts with none known.
  it.each(NAMES)(
    '%s: a fresh module asks once per byte and pair, and is exact from the start',
    async (name) => {
      vi.resetModules();
      const fresh = await import('../../../../../../electron/core/mail/mime/dbcs-fast.js');
      const text = CLEAN_TEXT[name];
      const bytes = iconv.encode(text, name);
      const pairs = new Set([...text].filter((c) => iconv.encode(c, name).length === 2)).size;
      const spy = vi.spyOn(iconv, 'decode');
      expect(fresh.decodeDbcs(bytes, name)).toBe(text);
      expect(spy).toHaveBeenCalledTimes(256 + pairs);
      spy.mockClear();
      expect(fresh.decodeDbcs(bytes, name)).toBe(text);
      expect(spy).not.toHaveBeenCalled();
      // A bad pair is asked about once too; after that only the fallback calls iconv-lite.
      const withBadPair = Buffer.concat([bytes, Buffer.from([0x81, 0x0a]), bytes]);
      fresh.decodeDbcs(withBadPair, name);
      spy.mockClear();
      expect(fresh.decodeDbcs(withBadPair, name)).toBe(iconv.decode(withBadPair, name));
      expect(spy).toHaveBeenCalledTimes(2); // the fallback, and the expected value
      spy.mockRestore();

      const rand = mulberry32(0x1a2b + name.length);
      const inputs: Uint8Array[] = [];
      for (let k = 0; k < 300; k++) {
        inputs.push(iconv.encode(randomText(rand, 60), name), randomBytes(rand, pick(rand, 0, 40)));
      }
      const wrong = inputs.filter((b) => fresh.decodeDbcs(b, name) !== iconv.decode(Buffer.from(b), name));
      expect(wrong.map(hex).slice(0, 10)).toEqual([]);
    },
  );
});

describe('GB18030 four-byte sequences', () => {
  function* fourByte(first: number[], second: number[], third: number[]): Generator<Uint8Array> {
    for (const a of first)
      for (const b of second)
        for (const c of third) for (let d = 0x30; d <= 0x39; d++) yield Uint8Array.of(a, b, c, d);
  }
  const range = (lo: number, hi: number): number[] => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const thirds = [...range(0x81, 0xfe), 0x30, 0x7f, 0x80, 0xff];

  it('every sequence with first byte 0x81 or 0x84 (BMP start and end), plus bad third bytes', () => {
    expect(mismatches(fourByte([0x81, 0x84], range(0x30, 0x39), thirds), 'gb18030')).toEqual([]);
  });

  it('first bytes 0x85, 0x90 (U+10000), 0xe3 and 0xfe with second byte 0x30 or 0x39', () => {
    expect(mismatches(fourByte([0x85, 0x90, 0xe3, 0xfe], [0x30, 0x39], thirds), 'gb18030')).toEqual([]);
  });

  it('a sample of every first byte, alone and inside text', () => {
    const rand = mulberry32(0x4b);
    const inputs: Uint8Array[] = [];
    for (let a = 0x80; a <= 0xff; a++) {
      for (let k = 0; k < 40; k++) {
        const seq = [a, pick(rand, 0x2f, 0x3a), pick(rand, 0x80, 0xff), pick(rand, 0x2f, 0x3a)];
        inputs.push(
          Uint8Array.of(...seq),
          Uint8Array.of(0xd6, 0xd0, 0x41, ...seq, 0xce, 0xc4, ...seq.slice(0, 3)),
        );
      }
    }
    expect(mismatches(inputs, 'gb18030')).toEqual([]);
  });
});

describe('charset.ts uses it with the same strict / loose semantics', () => {
  it.each([
    ['gb18030', 'gb18030'],
    ['big5', 'big5hkscs'],
    ['euc-kr', 'cp949'],
  ] as const)('%s', (label, name) => {
    const rand = mulberry32(0xc4a5);
    for (let k = 0; k < 300; k++) {
      const bytes = k % 2 ? randomBytes(rand, pick(rand, 0, 40)) : iconv.encode(randomText(rand, 30), name);
      const want = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
      expect(decodeLoose(bytes, label)).toBe(want);
      expect(decodeStrict(bytes, label)).toBe(want.includes('\uFFFD') ? null : want);
    }
  });
});

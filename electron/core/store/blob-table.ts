import type { BlobRef } from './store-types.js';

interface Packed {
  ids: string[];
  packs: string[];
  /** offset, rawLength, bodyLength, crc per blob. */
  numbers: number[];
}

/**
 * Where each message of a shard has its raw source and body, keyed by message id. Decoded lazily:
 * only readRaw/readBody and shard rewrites need refs, and 100,000 BlobRef objects built at every
 * open were a tenth of the decode time.
 */
export class BlobTable {
  #map: Map<string, BlobRef> | null = null;
  #packed: Packed | null;

  constructor(packed: Packed | null = null) {
    this.#packed = packed;
  }

  /** From a v1/v2 JSON shard; null when an entry is not a well-formed BlobRef (the shard is corrupt). */
  static fromRecord(record: Record<string, unknown>): BlobTable | null {
    const table = new BlobTable();
    for (const [id, ref] of Object.entries(record)) {
      if (!isBlobRef(ref)) return null;
      table.set(id, ref);
    }
    return table;
  }

  get(id: string): BlobRef | undefined {
    return this.#refs().get(id);
  }

  set(id: string, ref: BlobRef): void {
    this.#refs().set(id, ref);
  }

  delete(id: string): void {
    this.#refs().delete(id);
  }

  entries(): IterableIterator<[string, BlobRef]> {
    return this.#refs().entries();
  }

  #refs(): Map<string, BlobRef> {
    if (this.#map) return this.#map;
    const map = new Map<string, BlobRef>();
    const p = this.#packed;
    if (p) {
      p.ids.forEach((id, i) => {
        const [offset = 0, rawLength = 0, bodyLength = 0, crc = 0] = p.numbers.slice(4 * i, 4 * i + 4);
        map.set(id, { pack: p.packs[i] ?? '', offset, rawLength, bodyLength, crc });
      });
    }
    this.#packed = null;
    return (this.#map = map);
  }
}

function isBlobRef(x: unknown): x is BlobRef {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.pack === 'string' &&
    typeof r.offset === 'number' &&
    typeof r.rawLength === 'number' &&
    typeof r.bodyLength === 'number' &&
    typeof r.crc === 'number'
  );
}

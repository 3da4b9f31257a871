import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PackWriter, readRecord, type BlobRecord } from '../../../../../electron/core/store/blob-pack.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

function records(count: number, size: number): BlobRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    raw: Buffer.alloc(size, `raw ${i} `),
    body: Buffer.from(JSON.stringify({ text: `本文 ${i}`, html: null })),
  }));
}

describe('pack writer', () => {
  it.each([
    ['one record', [records(1, 100)]],
    ['600 records in one append (1,200 pieces, more than one writev can take at once)', [records(600, 50)]],
    ['an empty raw and body', [[{ raw: new Uint8Array(0), body: new Uint8Array(0) }]]],
    [
      'three appends to the same pack, one large record',
      [records(3, 10), records(1, 3_000_000), records(2, 10)],
    ],
  ])('reads back every record of %s', async (_why, appends) => {
    const dir = await mkdtemp(join(tmpdir(), 'hd-pack-'));
    dirs.push(dir);
    const writer = new PackWriter(dir, true);
    for (const batch of appends) {
      const refs = await writer.append('inbox/1/0.pack', batch);
      for (const [i, ref] of refs.entries()) {
        const back = await readRecord(dir, ref, `m${i}`);
        expect(Buffer.from(back.raw).equals(Buffer.from(batch[i]?.raw ?? []))).toBe(true);
        expect(Buffer.from(back.body).equals(Buffer.from(batch[i]?.body ?? []))).toBe(true);
      }
    }
  });
});

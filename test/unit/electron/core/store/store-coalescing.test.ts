import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteCoalescer } from '../../../../../electron/core/store/coalescer.js';
import { openStore } from '../../../../../electron/core/store/index.js';
import { seed, tempDir } from './store-test-helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('WriteCoalescer', () => {
  const cases = [
    { name: 'a burst in one tick', bursts: [5], writes: 1 },
    { name: 'two bursts separated by a completed write', bursts: [3, 4], writes: 2 },
    { name: 'a single request', bursts: [1], writes: 1 },
  ];
  it.each(cases)('$name -> $writes write(s)', async ({ bursts, writes }) => {
    let count = 0;
    const c = new WriteCoalescer(async () => {
      count++;
    });
    for (const n of bursts) await Promise.all(Array.from({ length: n }, () => c.request()));
    expect(count).toBe(writes);
  });

  it('requests made during a write get the next write, which sees their data', async () => {
    const seen: number[] = [];
    let value = 0;
    const c = new WriteCoalescer(async () => {
      const v = value;
      await new Promise((r) => setTimeout(r, 5));
      seen.push(v);
    });
    value = 1;
    const first = c.request();
    await new Promise((r) => setImmediate(r)); // first write is now running
    value = 2;
    const second = c.request();
    const third = c.request();
    await Promise.all([first, second, third]);
    expect(seen).toEqual([1, 2]);
  });

  it('a failed write rejects its callers and the next write still runs', async () => {
    let fail = true;
    const c = new WriteCoalescer(async () => {
      if (fail) throw new Error('disk full');
    });
    await expect(c.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(c.request()).resolves.toBeUndefined();
  });
});

describe('store writes are coalesced per document', () => {
  const cases = [
    {
      name: '50 flag changes in one tick, one shard',
      ids: Array.from({ length: 50 }, (_, i) => i + 1),
      sequential: false,
      stateWrites: 1,
    },
    { name: '3 awaited flag changes', ids: [1, 2, 3], sequential: true, stateWrites: 3 },
    { name: 'changes in two shards in one tick', ids: [1, 1001], sequential: false, stateWrites: 2 },
  ];
  it.each(cases)(
    '$name -> $stateWrites state write(s), no meta rewrite',
    async ({ ids, sequential, stateWrites }) => {
      await seed(dir, [...Array.from({ length: 50 }, (_, i) => ({ uid: i + 1 })), { uid: 1001 }]);
      const written: string[] = [];
      const { store } = await openStore(dir, { onWrite: (f) => written.push(basename(f)) });
      const update = (uid: number): Promise<void> =>
        store.updateFlags([{ id: `inbox:100:${uid}`, flags: ['\\Seen'], modseq: null }]);
      if (sequential) for (const uid of ids) await update(uid);
      else await Promise.all(ids.map(update));
      expect(written.filter((f) => f.endsWith('.state.json')).length).toBe(stateWrites);
      expect(written.filter((f) => /^\d+\.shard$/.test(f))).toEqual([]);
      await store.close();
      const reopened = await openStore(dir);
      for (const uid of ids) expect(reopened.store.getMessage(`inbox:100:${uid}`)?.flags).toEqual(['\\Seen']);
      await reopened.store.close();
    },
  );
});

import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobMissingError, openStore, StoreTooNewError } from '../../../../../electron/core/store/index.js';
import { message, seed, tempDir } from './store-test-helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const NOW = new Date('2024-05-06T07:08:09.000Z');
const SHARD = 'meta/inbox/100/0.shard';
const STATE = 'meta/inbox/100/0.state.json';

type Damage = (file: string) => Promise<void>;
const damages: Record<string, Damage> = {
  truncated: async (f) => {
    const text = await readFile(f, 'utf8');
    await writeFile(f, text.slice(0, Math.floor(text.length / 2)));
  },
  garbage: (f) => writeFile(f, Buffer.from([0xff, 0xfe, 0x00, 0x42, 0x13])),
  empty: (f) => truncate(f, 0),
  'wrong shape': (f) => writeFile(f, JSON.stringify({ v: 2, messages: 'not an array' })),
  deleted: (f) => rm(f),
};

/** Two seeds so every document has a .bak (the first version) and a newer main file. */
async function seedTwice(): Promise<void> {
  await seed(dir, [{ uid: 1 }, { uid: 2 }]);
  const { store } = await openStore(dir);
  await store.putMessages([message({ uid: 3 })]);
  await store.updateFlags([{ id: 'inbox:100:1', flags: ['\\Seen'], modseq: '80' }]);
  await store.updateFlags([{ id: 'inbox:100:2', flags: ['\\Answered'], modseq: '81' }]);
  await store.updateSettings({ uiLanguage: 'ko' });
  await store.updateSettings({ uiLanguage: 'zh' });
  await store.setSyncState('inbox', {
    path: 'INBOX',
    uidValidity: '100',
    lastSeenUid: 3,
    highestModseq: '81',
    lastSyncedAt: null,
  });
  await store.close();
}

describe('a damaged document is kept aside and replaced by its backup', () => {
  const cases = Object.keys(damages).flatMap((damage) => [
    {
      damage,
      file: SHARD,
      expectIds: ['inbox:100:1', 'inbox:100:2'],
      why: 'shard backup lacks the last batch; sync refetches',
    },
    {
      damage,
      file: STATE,
      expectIds: ['inbox:100:1', 'inbox:100:2', 'inbox:100:3'],
      why: 'state backup lacks the last flag change',
    },
    {
      damage,
      file: 'settings.json',
      expectIds: ['inbox:100:1', 'inbox:100:2', 'inbox:100:3'],
      why: 'settings one change behind',
    },
    {
      damage,
      file: 'sync-state.json',
      expectIds: ['inbox:100:1', 'inbox:100:2', 'inbox:100:3'],
      why: 'older sync position only refetches',
    },
  ]);
  it.each(cases)('$damage $file ($why)', async ({ damage, file, expectIds }) => {
    await seedTwice();
    const before = await readFile(join(dir, file)).catch(() => null);
    await damages[damage]?.(join(dir, file));
    const damaged = await readFile(join(dir, file)).catch(() => null);
    const { store, report } = await openStore(dir, { now: () => NOW });
    const keptCorruptAs = damage === 'deleted' ? '' : `${file}.corrupt-2024-05-06T07-08-09-000Z`;
    expect(report.recovered).toEqual([{ file, action: 'restored-backup', keptCorruptAs }]);
    if (keptCorruptAs) expect(await readFile(join(dir, keptCorruptAs))).toEqual(damaged); // bad bytes kept, not overwritten
    expect(await readFile(join(dir, file))).not.toEqual(damaged);
    expect(before).not.toBeNull();
    expect(store.listMessages({ order: 'sync' }).map((m) => m.id)).toEqual(expectIds);
    if (file === 'settings.json') expect(store.getSettings().uiLanguage).toBe('ko');
    if (file === STATE) expect(store.getMessage('inbox:100:2')?.flags).toEqual([]);
    if (file === SHARD)
      expect(store.getSyncState('inbox')).toMatchObject({ lastSeenUid: 0, highestModseq: null });
    if (file === STATE)
      expect(store.getSyncState('inbox')).toMatchObject({ lastSeenUid: 3, highestModseq: null });
    await store.close();
    const again = await openStore(dir);
    expect(again.report.recovered).toEqual([]); // recovered once, written back, healthy from now on
    await again.store.close();
  });
});

describe('a damaged document without a usable backup is reset, and sync is told to refetch', () => {
  const cases = [
    { file: SHARD, syncState: null, messages: 0, why: 'lost metas: forget the mailbox so sync starts over' },
    {
      file: STATE,
      syncState: { lastSeenUid: 2, highestModseq: null },
      messages: 2,
      why: 'lost flags: re-read all flags',
    },
    { file: 'sync-state.json', syncState: null, messages: 2, why: 'lost position: full resync is safe' },
    {
      file: 'settings.json',
      syncState: { lastSeenUid: 2, highestModseq: '77' },
      messages: 2,
      why: 'defaults, user is told',
    },
    {
      file: 'oplog.json',
      syncState: { lastSeenUid: 2, highestModseq: '77' },
      messages: 2,
      why: 'pending ops lost, user is told',
    },
  ];
  it.each(cases)('$file ($why)', async ({ file, syncState, messages }) => {
    await seed(dir, [{ uid: 1 }, { uid: 2 }]);
    const { store: s0 } = await openStore(dir);
    await s0.updateFlags([{ id: 'inbox:100:1', flags: ['\\Seen'], modseq: null }]);
    await s0.appendOp('flags', null);
    await s0.updateSettings({ uiLanguage: 'ja' });
    await s0.close();
    await rm(join(dir, `${file}.bak`), { force: true });
    await writeFile(join(dir, file), '{"v": 2, "trunc');
    const { store, report } = await openStore(dir, { now: () => NOW });
    expect(report.recovered).toEqual([
      { file, action: 'reset-empty', keptCorruptAs: `${file}.corrupt-2024-05-06T07-08-09-000Z` },
    ]);
    expect(store.messageCount).toBe(messages);
    const state = store.getSyncState('inbox');
    if (syncState === null) expect(state).toBeNull();
    else expect(state).toMatchObject(syncState);
    await store.close();
  });

  it('a corrupt backup is kept aside too when it was all there was', async () => {
    await seed(dir, [{ uid: 1 }]);
    await rm(join(dir, 'settings.json'), { force: true });
    await writeFile(join(dir, 'settings.json.bak'), 'garbage');
    const { store, report } = await openStore(dir, { now: () => NOW });
    expect(report.recovered).toEqual([
      {
        file: 'settings.json',
        action: 'reset-empty',
        keptCorruptAs: 'settings.json.bak.corrupt-2024-05-06T07-08-09-000Z',
      },
    ]);
    await store.close();
  });
});

describe('things that are not corruption', () => {
  it('a document from a newer app version stops the open and is left untouched', async () => {
    await seed(dir, [{ uid: 1 }]);
    const newer = JSON.stringify({ v: 99, settings: { future: true } });
    await writeFile(join(dir, 'settings.json'), newer);
    await expect(openStore(dir)).rejects.toBeInstanceOf(StoreTooNewError);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(newer);
    expect((await readdir(dir)).filter((f) => f.includes('corrupt'))).toEqual([]);
    // Same error again, not StoreLockedError: the failed open released its lock.
    await expect(openStore(dir)).rejects.toBeInstanceOf(StoreTooNewError);
  });

  const blobCases = [
    { name: 'pack file deleted', damage: (pack: string) => rm(pack), message: /missing/ },
    { name: 'pack file truncated', damage: (pack: string) => truncate(pack, 10), message: /truncated/ },
    {
      name: 'pack bytes overwritten',
      damage: async (pack: string) => {
        const bytes = await readFile(pack);
        bytes.fill(0x41, 0, 8);
        await writeFile(pack, bytes);
      },
      message: /checksum/,
    },
  ];
  it.each(blobCases)(
    'readRaw/readBody with $name: a clear BlobMissingError, metadata intact',
    async ({ damage, message }) => {
      await seed(dir, [{ uid: 1 }]);
      await damage(join(dir, 'blobs/inbox/100/0.pack'));
      const { store, report } = await openStore(dir);
      expect(report.recovered).toEqual([]);
      expect(store.getMessage('inbox:100:1')).not.toBeNull();
      await expect(store.readRaw('inbox:100:1')).rejects.toThrow(message);
      await expect(store.readBody('inbox:100:1')).rejects.toBeInstanceOf(BlobMissingError);
      await store.close();
    },
  );
});

import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { openStore, STORE_SCHEMA_VERSION } from '../../../../../electron/core/store/index.js';
import { isPacked, packedVersion } from '../../../../../electron/core/store/packed-io.js';
import { encodeShard } from '../../../../../electron/core/store/shard-codec.js';
import { BlobTable } from '../../../../../electron/core/store/blob-table.js';
import { message, tempDir } from './store-test-helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** A v1 shard as the first release wrote it: no expungedAt, buyer address as the header had it. */
async function writeV1Store(): Promise<void> {
  const metas = [1, 2].map((uid) => {
    const { expungedAt: _dropped, ...meta } = message({
      uid,
      buyer: 'T969VZ2JN3BDSY7@Marketplace.Amazon.com',
    }).meta;
    return meta;
  });
  await mkdir(join(dir, 'meta/inbox/100'), { recursive: true });
  await writeFile(
    join(dir, 'meta/inbox/100/0.json'),
    JSON.stringify({ v: 1, mailbox: 'inbox', uidValidity: '100', shard: 0, messages: metas, blobs: {} }),
  );
  await writeFile(
    join(dir, 'settings.json'),
    JSON.stringify({ v: 1, settings: { uiLanguage: 'ja', accounts: {}, prefs: {} } }),
  );
}

describe('migration v1 -> v2 (-> v3)', () => {
  it('is what this build writes (bump the test with the version)', () => {
    expect(STORE_SCHEMA_VERSION).toBe(5);
  });

  const cases = [
    {
      field: 'expungedAt',
      get: (id: string) => id,
      expected: null,
      why: 'v1 had no expunge history; v2 needs the field',
    },
    {
      field: 'buyer.address',
      get: (id: string) => id,
      expected: 't969vz2jn3bdsy7@marketplace.amazon.com',
      why: 'the relay address is the key of buyer history: one case',
    },
  ];
  it.each(cases)('sets $field ($why)', async ({ field, expected }) => {
    await writeV1Store();
    const { store, report } = await openStore(dir);
    expect(report).toEqual({ recovered: [], migratedFrom: 1 });
    const meta = store.getMessage('inbox:100:1');
    expect(field === 'expungedAt' ? meta?.expungedAt : meta?.buyer?.address).toBe(expected);
    await store.close();
  });

  it('writes migrated documents back, keeps the v1 file as the backup, and does not migrate twice', async () => {
    await writeV1Store();
    const first = await openStore(dir);
    expect(first.store.getBuyer('t969vz2jn3bdsy7@marketplace.amazon.com')?.messageIds).toEqual([
      'inbox:100:1',
      'inbox:100:2',
    ]);
    expect(first.store.getSettings().uiLanguage).toBe('ja');
    await first.store.close();
    const onDisk = await readFile(join(dir, 'meta/inbox/100/0.shard'));
    const backup = JSON.parse(await readFile(join(dir, 'meta/inbox/100/0.shard.bak'), 'utf8')) as {
      v: number;
    };
    expect([packedVersion(onDisk), backup.v]).toEqual([5, 1]);
    const second = await openStore(dir);
    expect(second.report.migratedFrom).toBeNull();
    await second.store.close();
  });
});

/** A v2 store as the previous release wrote it: JSON shard, JSON state overlay, each with a .bak. */
async function writeV2Store(metas: MessageMeta[], opts: { bak: boolean }): Promise<void> {
  await mkdir(join(dir, 'meta/inbox/100'), { recursive: true });
  const loc = { mailbox: 'inbox', uidValidity: '100', shard: 0 };
  const shard = JSON.stringify({ v: 2, ...loc, messages: metas, blobs: {} });
  const changes = { 'inbox:100:2': { flags: ['\\Seen'], modseq: '12', expungedAt: null } };
  await writeFile(join(dir, 'meta/inbox/100/0.json'), shard);
  if (opts.bak) await writeFile(join(dir, 'meta/inbox/100/0.json.bak'), shard);
  await writeFile(join(dir, 'meta/inbox/100/0.state.json'), JSON.stringify({ v: 2, ...loc, changes }));
}

const exists = (file: string): Promise<boolean> =>
  access(join(dir, file)).then(
    () => true,
    () => false,
  );

describe('migration v2 -> v3: JSON shards become packed', () => {
  const metas = [1, 2, 3].map((uid) => message({ uid }).meta);
  const expected = metas.map((m) => (m.uid === 2 ? { ...m, flags: ['\\Seen'], modseq: '12' } : m));

  const cases = [
    { name: 'JSON shard alone', bak: false },
    { name: 'JSON shard with its .bak (the older JSON backup is dropped)', bak: true },
  ];
  it.each(cases)('$name: same metas, packed file, JSON kept as its backup', async ({ bak }) => {
    await writeV2Store(metas, { bak });
    const first = await openStore(dir);
    expect(first.report).toEqual({ recovered: [], migratedFrom: 2 });
    expect(first.store.listMessages({ order: 'sync' })).toEqual(expected);
    await first.store.close();
    const files = (await readdir(join(dir, 'meta/inbox/100'))).sort();
    expect(files).toEqual(['0.shard', '0.shard.bak', '0.state.json', '0.state.json.bak']);
    const packed = await readFile(join(dir, 'meta/inbox/100/0.shard'));
    expect([isPacked(packed), packedVersion(packed)]).toEqual([true, 5]);
    const second = await openStore(dir);
    expect(second.report).toEqual({ recovered: [], migratedFrom: null });
    expect(second.store.listMessages({ order: 'sync' })).toEqual(expected);
    await second.store.close();
  });

  it('a conversion interrupted after the packed file was written finishes on the next open', async () => {
    await writeV2Store(metas, { bak: true });
    await (await openStore(dir)).store.close();
    // Put the JSON files back as if the crash came before they were retired, with stale content.
    await writeFile(join(dir, 'meta/inbox/100/0.json'), JSON.stringify({ v: 2, garbage: true }));
    await writeFile(join(dir, 'meta/inbox/100/0.json.bak'), 'not even JSON');
    const { store, report } = await openStore(dir);
    expect(report.recovered).toEqual([]); // the packed file is current: the JSON ones are not consulted
    expect(store.listMessages({ order: 'sync' })).toEqual(expected);
    await store.close();
    expect([await exists('meta/inbox/100/0.json'), await exists('meta/inbox/100/0.json.bak')]).toEqual([
      false,
      false,
    ]);
  });

  it('a damaged packed shard falls back to its JSON backup from the conversion', async () => {
    await writeV2Store(metas, { bak: false });
    await (await openStore(dir)).store.close();
    await writeFile(join(dir, 'meta/inbox/100/0.shard'), Buffer.from([0x89, 0x50, 0x4b, 0x44, 3, 0, 0]));
    const { store, report } = await openStore(dir, { now: () => new Date('2024-05-06T07:08:09.000Z') });
    expect(report.recovered).toEqual([
      {
        file: 'meta/inbox/100/0.shard',
        action: 'restored-backup',
        keptCorruptAs: 'meta/inbox/100/0.shard.corrupt-2024-05-06T07-08-09-000Z',
      },
    ]);
    expect(store.listMessages({ order: 'sync' })).toEqual(expected);
    await store.close();
  });
});

describe('migration v3 -> v4: metas gain triage', () => {
  const metas = [1, 2].map((uid) => message({ uid }).meta);
  const cases = [
    { name: 'a message as v3 stored it', uid: 1, expected: null },
    { name: 'one with a state overlay (flags changed)', uid: 2, expected: null },
  ];
  it.each(cases)('$name reads with triage null and is rewritten as v4', async ({ uid, expected }) => {
    await mkdir(join(dir, 'meta/inbox/100'), { recursive: true });
    const loc = { mailbox: 'inbox' as const, uidValidity: '100', shard: 0 };
    const v3 = encodeShard({ v: 3, ...loc, messages: metas, blobs: new BlobTable() });
    expect(packedVersion(v3)).toBe(3);
    await writeFile(join(dir, 'meta/inbox/100/0.shard'), v3);
    const changes = { 'inbox:100:2': { flags: ['\\Seen'], modseq: '12', expungedAt: null } };
    await writeFile(join(dir, 'meta/inbox/100/0.state.json'), JSON.stringify({ v: 3, ...loc, changes }));
    const first = await openStore(dir);
    expect(first.report.migratedFrom).toBe(3);
    expect(first.store.getMessage(`inbox:100:${uid}`)?.triage).toBe(expected);
    await first.store.close();
    expect(packedVersion(await readFile(join(dir, 'meta/inbox/100/0.shard')))).toBe(STORE_SCHEMA_VERSION);
    const second = await openStore(dir);
    expect([second.report.migratedFrom, second.store.messageCount]).toEqual([null, 2]);
    await second.store.close();
  });
});

describe('migration v4 -> v5: metas gain downloaded (everything before came whole)', () => {
  const loc = { mailbox: 'inbox' as const, uidValidity: '100', shard: 0 };
  const metas = [1, 2].map((uid) => {
    const { downloaded: _new, ...meta } = message({ uid }).meta;
    return meta;
  });
  const cases = [
    {
      name: 'a packed v4 shard',
      file: '0.shard',
      bytes: () =>
        encodeShard({
          v: 4,
          ...loc,
          messages: metas.map((m) => ({ ...m, downloaded: 'none' as const })),
          blobs: new BlobTable(),
        }),
    },
    {
      name: 'a JSON v2 shard on its way up',
      file: '0.json',
      bytes: () => Buffer.from(JSON.stringify({ v: 2, ...loc, messages: metas, blobs: {} })),
    },
  ];
  it.each(cases)('$name reads as downloaded whole and is rewritten as v5', async ({ file, bytes }) => {
    await mkdir(join(dir, 'meta/inbox/100'), { recursive: true });
    await writeFile(join(dir, 'meta/inbox/100', file), bytes());
    const first = await openStore(dir);
    expect(first.report.migratedFrom).not.toBeNull();
    expect([1, 2].map((uid) => first.store.getMessage(`inbox:100:${uid}`)?.downloaded)).toEqual([
      'whole',
      'whole',
    ]);
    await first.store.close();
    expect(packedVersion(await readFile(join(dir, 'meta/inbox/100/0.shard')))).toBe(5);
    const second = await openStore(dir);
    expect(second.store.getMessage('inbox:100:1')?.downloaded).toBe('whole');
    await second.store.close();
  });
});

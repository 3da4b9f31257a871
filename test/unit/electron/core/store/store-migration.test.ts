import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, STORE_SCHEMA_VERSION } from '../../../../../electron/core/store/index.js';
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

describe('migration v1 -> v2', () => {
  it('is what this build writes (bump the test with the version)', () => {
    expect(STORE_SCHEMA_VERSION).toBe(2);
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
    const onDisk = JSON.parse(await readFile(join(dir, 'meta/inbox/100/0.json'), 'utf8')) as { v: number };
    const backup = JSON.parse(await readFile(join(dir, 'meta/inbox/100/0.json.bak'), 'utf8')) as {
      v: number;
    };
    expect([onDisk.v, backup.v]).toEqual([2, 1]);
    const second = await openStore(dir);
    expect(second.report.migratedFrom).toBeNull();
    await second.store.close();
  });
});

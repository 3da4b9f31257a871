import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../shared/api/result.js';
import {
  EncryptedFileSecretStore,
  type StringCipher,
} from '../../../../../electron/core/secrets/encrypted-file-secret-store.js';
import { EnvSecretStore } from '../../../../../electron/core/secrets/env-secret-store.js';
import { MemorySecretStore } from '../../../../../electron/core/secrets/memory-secret-store.js';

/** Reversible but visibly not clear text, like safeStorage: bytes are reversed and XOR-ed. */
function fakeCipher(available = { value: true }): StringCipher {
  const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ 0x5a).reverse());
  return {
    isEncryptionAvailable: () => available.value,
    encryptString: (plain) => flip(Buffer.from(`v1:${plain}`, 'utf8')),
    decryptString: (encrypted) => {
      const text = flip(encrypted).toString('utf8');
      if (!text.startsWith('v1:')) throw new Error('bad ciphertext');
      return text.slice(3);
    },
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof ApiFailure ? error.code : 'not-an-ApiFailure';
  }
  return 'resolved';
}

describe('MemorySecretStore', () => {
  it.each([
    ['unknown key', [], 'imap', null],
    ['set then get', [['set', 'imap', 'pw1']], 'imap', 'pw1'],
    [
      'overwrite',
      [
        ['set', 'imap', 'a'],
        ['set', 'imap', 'b'],
      ],
      'imap',
      'b',
    ],
    [
      'delete',
      [
        ['set', 'imap', 'a'],
        ['delete', 'imap'],
      ],
      'imap',
      null,
    ],
    ['keys are independent', [['set', 'smtp', 'a']], 'imap', null],
  ] as [string, string[][], string, string | null][])('%s', async (_why, steps, key, expected) => {
    const store = new MemorySecretStore();
    for (const [op, k, v] of steps) {
      if (op === 'set') await store.set(k ?? '', v ?? '');
      else await store.delete(k ?? '');
    }
    expect(await store.get(key)).toBe(expected);
  });
});

describe('EnvSecretStore', () => {
  const env = { HD_IMAP: 'imap-pw', HD_EMPTY: '' };
  const store = new EnvSecretStore({ imap: 'HD_IMAP', smtp: 'HD_MISSING', other: 'HD_EMPTY' }, env);

  const getCases: [string, string | null, string][] = [
    ['imap', 'imap-pw', 'mapped and set'],
    ['smtp', null, 'mapped, variable unset'],
    ['other', null, 'empty variable is a shell slip, not a password'],
    ['unmapped', null, 'key without a variable'],
  ];
  it.each(getCases)('get(%s) -> %s (%s)', async (key, expected) => {
    expect(await store.get(key)).toBe(expected);
  });

  const writeCases: [string, () => Promise<void>][] = [
    ['set', () => store.set('imap', 'x')],
    ['delete', () => store.delete('imap')],
  ];
  it.each(writeCases)('%s is refused (read-only)', async (_op, run) => {
    expect(await codeOf(run())).toBe('invalid-request');
    expect(await store.get('imap')).toBe('imap-pw');
  });
});

describe('EncryptedFileSecretStore', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'secrets-'));
    file = join(dir, 'secrets.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a new instance and never writes the clear text', async () => {
    await new EncryptedFileSecretStore({ file, cipher: fakeCipher() }).set('imap', 'パスワード-hunter2');
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({ version: 1, secrets: { imap: expect.any(String) } });
    expect(await new EncryptedFileSecretStore({ file, cipher: fakeCipher() }).get('imap')).toBe(
      'パスワード-hunter2',
    );
  });

  it('leaves no temp files behind and keeps the file private', async () => {
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    await Promise.all([store.set('imap', 'a'), store.set('smtp', 'b'), store.delete('imap')]);
    expect(await readdir(dir)).toEqual(['secrets.json']);
    expect(await new EncryptedFileSecretStore({ file, cipher: fakeCipher() }).get('smtp')).toBe('b');
    if (process.platform !== 'win32') {
      const { stat } = await import('node:fs/promises');
      expect((await stat(file)).mode & 0o077).toBe(0);
    }
  });

  it('serialises concurrent writes (no lost update)', async () => {
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => store.set(k, k.toUpperCase())));
    const fresh = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((k) => fresh.get(k)))).toEqual(['A', 'B', 'C', 'D']);
  });

  // [why, file content before, operation, expected error code or value]
  const failureCases: [string, string | null, (s: EncryptedFileSecretStore) => Promise<unknown>, string][] = [
    ['missing file reads as empty', null, (s) => s.get('imap'), 'resolved'],
    ['garbage file', '{not json', (s) => s.get('imap'), 'store-corrupt'],
    ['wrong version', '{"version":2,"secrets":{}}', (s) => s.get('imap'), 'store-corrupt'],
    ['non-base64 entry', '{"version":1,"secrets":{"imap":"%%%"}}', (s) => s.get('imap'), 'store-corrupt'],
    ['undecryptable entry', '{"version":1,"secrets":{"imap":"AAAA"}}', (s) => s.get('imap'), 'store-corrupt'],
  ];

  it.each(failureCases)('%s', async (_why, before, op, expected) => {
    if (before !== null) await writeFile(file, before);
    expect(await codeOf(op(new EncryptedFileSecretStore({ file, cipher: fakeCipher() })))).toBe(expected);
  });

  it('writing over a corrupt file keeps the old one aside', async () => {
    await writeFile(file, '{not json');
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    await store.set('imap', 'pw');
    expect(await store.get('imap')).toBe('pw');
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith('secrets.json.corrupt-'))).toHaveLength(1);
  });

  it('refuses to store when encryption is unavailable, and writes nothing', async () => {
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher({ value: false }) });
    expect(await codeOf(store.set('imap', 'pw'))).toBe('encryption-unavailable');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to decrypt when encryption became unavailable, but absent keys are still null', async () => {
    const available = { value: true };
    await new EncryptedFileSecretStore({ file, cipher: fakeCipher(available) }).set('imap', 'pw');
    available.value = false;
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher(available) });
    expect(await codeOf(store.get('imap'))).toBe('encryption-unavailable');
    expect(await store.get('smtp')).toBeNull();
  });

  it('delete removes only that key', async () => {
    const store = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    await store.set('imap', 'a');
    await store.set('smtp', 'b');
    await store.delete('imap');
    const fresh = new EncryptedFileSecretStore({ file, cipher: fakeCipher() });
    expect([await fresh.get('imap'), await fresh.get('smtp')]).toEqual([null, 'b']);
  });
});

import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreLockedError } from '../../../../../electron/core/store/index.js';
import { tempDir } from './store-test-helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** A real other process: alive while we test, or already gone (a crashed app's stale lock). */
async function otherProcess(alive: boolean): Promise<{ pid: number; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', alive ? 'setTimeout(() => {}, 60000)' : ''], {
    stdio: 'ignore',
  });
  const pid = child.pid ?? 0;
  if (!alive) await new Promise((resolve) => child.on('exit', resolve));
  return { pid, stop: () => child.kill() };
}

describe('one process owns a data directory', () => {
  const cases = [
    { holder: 'a live other process', alive: true, content: null, opens: false },
    { holder: 'a process that has exited (stale lock)', alive: false, content: null, opens: true },
    { holder: 'nobody readable (garbage in the lock)', alive: false, content: 'not a pid', opens: true },
  ];
  it.each(cases)('lock held by $holder -> opens: $opens', async ({ alive, content, opens }) => {
    const other = await otherProcess(alive);
    try {
      await writeFile(join(dir, 'store.lock'), content ?? `${other.pid}\n`);
      if (opens) {
        const { store } = await openStore(dir);
        expect((await readFile(join(dir, 'store.lock'), 'utf8')).trim()).toBe(String(process.pid));
        await store.close();
      } else {
        const err: unknown = await openStore(dir).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StoreLockedError);
        expect(err).toMatchObject({ pid: other.pid, code: 'STORE_LOCKED' });
        expect((await readFile(join(dir, 'store.lock'), 'utf8')).trim()).toBe(String(other.pid)); // not stolen
      }
    } finally {
      other.stop();
    }
  });

  it('a second open in this process is refused until the first closes', async () => {
    const first = await openStore(dir);
    await expect(openStore(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await first.store.close();
    const second = await openStore(dir);
    await second.store.close();
  });
});

it('a lock with our own pid that this process does not hold is stale (restarted as the same pid)', async () => {
  await writeFile(join(dir, 'store.lock'), `${process.pid}\n`);
  const { store } = await openStore(dir);
  await store.close();
  expect(await readFile(join(dir, 'store.lock'), 'utf8').catch(() => 'released')).toBe('released');
});

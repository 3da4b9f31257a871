import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode, ignoreCode } from './durable-file.js';
import { StoreError, StoreLockedError } from './errors.js';

export const LOCK_FILE = 'store.lock';

/** Lock files this process holds right now (an app restarted as the same pid, e.g. pid 1 in a container, holds none). */
const heldHere = new Set<string>();

export interface StoreLock {
  release(): Promise<void>;
}

/**
 * One process owns a data directory (the store is its only writer). The lock file holds the
 * owner's pid; a lock left by a process that no longer runs (a crash) is taken over. A pid reused
 * by an unrelated process looks alive: the error names the file so a person can remove it.
 */
export async function acquireLock(dataDir: string): Promise<StoreLock> {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fh = await open(file, 'wx');
      try {
        await fh.writeFile(`${process.pid}\n`);
      } finally {
        await fh.close();
      }
      heldHere.add(file);
      return { release: () => releaseLock(file) };
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
    const holder = await readPid(file);
    if (holder !== null && isAlive(holder, file)) throw new StoreLockedError(file, holder);
    await unlink(file).catch(ignoreCode('ENOENT'));
  }
  throw new StoreError(
    'STORE_LOCKED',
    `Could not take the lock ${file}: another process keeps recreating it`,
  );
}

async function releaseLock(file: string): Promise<void> {
  heldHere.delete(file);
  if ((await readPid(file)) === process.pid) await unlink(file).catch(ignoreCode('ENOENT'));
}

async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

function isAlive(pid: number, file: string): boolean {
  if (pid === process.pid) return heldHere.has(file);
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (err) {
    return errorCode(err) === 'EPERM'; // exists, owned by another user
  }
}

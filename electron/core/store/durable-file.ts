import { copyFile, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe whole-file replacement. steno (lowdb's writer) does temp + rename but never fsyncs,
 * so after a power cut ext4's delayed allocation can leave the renamed file empty. We fsync the
 * temp file before the rename and the directory after it, so "resolved" means "on disk".
 */

export interface DurableWriteOptions {
  /** Keep the version being replaced as `<file>.bak`, the fallback when `<file>` is found corrupt. */
  keepBackup: boolean;
  /** Off only for throwaway data (benchmark seeding); tests and the app keep it on. */
  fsync: boolean;
}

const isWindows = process.platform === 'win32';

export function backupPath(file: string): string {
  return `${file}.bak`;
}

export async function writeFileDurable(
  file: string,
  data: string | Uint8Array,
  opts: DurableWriteOptions,
): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.tmp`);
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(data);
    if (opts.fsync) await fh.sync();
  } finally {
    await fh.close();
  }
  if (opts.keepBackup) await refreshBackup(file);
  await renameWithRetry(tmp, file);
  if (opts.fsync) await fsyncDir(dirname(file));
}

/**
 * A hard link makes the current version the backup without copying a byte: the rename that
 * follows replaces `file`'s directory entry, not the inode the backup now shares. The link is
 * made under a temporary name first, so a missing `file` never costs us the existing backup.
 * Filesystems without hard links (FAT, some network shares) get a copy instead.
 */
async function refreshBackup(file: string): Promise<void> {
  const bak = backupPath(file);
  const tmp = `${bak}.tmp`;
  await unlink(tmp).catch(ignoreCode('ENOENT'));
  try {
    await link(file, tmp);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return; // first write, or file kept aside: keep any backup as is
    await copyFile(file, tmp);
  }
  await renameWithRetry(tmp, bak);
}

/** Windows refuses a rename while an antivirus scanner holds the target open; it lets go quickly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = errorCode(err);
      if (attempt >= 9 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Makes a new or renamed directory entry durable (POSIX); Windows cannot open directories. */
export async function fsyncDir(dir: string): Promise<void> {
  if (isWindows) return;
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') {
    return err.code;
  }
  return undefined;
}

export function ignoreCode(code: string): (err: unknown) => void {
  return (err) => {
    if (errorCode(err) !== code) throw err;
  };
}

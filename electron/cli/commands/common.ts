import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, type Store } from '../../core/store/index.js';
import type { StoreOpenReport } from '../../core/store/mail-store.js';
import { CliError, usageExit, type CliIo } from '../output.js';

export function requireDataDir(value: string | undefined): string {
  if (!value) throw new CliError('--data-dir DIR is required', usageExit);
  return resolve(value);
}

/** What the store had to repair at open, in words, so the user is told (on stderr). */
export function describeStoreReport(report: StoreOpenReport): string[] {
  const lines = report.recovered.map(
    (r) =>
      `warning: ${r.file} was damaged; ${r.action === 'restored-backup' ? 'restored the last good copy' : 'started it empty (the next sync fetches it again)'}; the damaged file is kept as ${r.keptCorruptAs}`,
  );
  if (report.migratedFrom !== null)
    lines.push(`note: store upgraded from schema version ${report.migratedFrom}`);
  return lines;
}

/**
 * Opens the store in `dataDir`, tells the user (stderr) what it repaired, runs `use` and always
 * closes it. `mustExist`: openStore would create a missing directory, and a command that only
 * reads would then report an empty mailbox as if it were real.
 */
export async function withStore<T>(
  dataDir: string,
  io: CliIo,
  use: (store: Store) => Promise<T> | T,
  options: { mustExist?: boolean } = {},
): Promise<T> {
  if (options.mustExist && !existsSync(dataDir))
    throw new CliError(`the data directory ${dataDir} does not exist`);
  const { store, report } = await openStore(dataDir);
  for (const line of describeStoreReport(report)) io.err(line);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

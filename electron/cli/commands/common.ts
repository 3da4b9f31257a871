import { resolve } from 'node:path';
import type { StoreOpenReport } from '../../core/store/mail-store.js';
import { CliError, usageExit } from '../output.js';

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

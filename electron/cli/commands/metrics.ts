import { parseArgs } from 'node:util';
import { storeMetrics } from '../../core/triage/metrics-source.js';
import { CliError, usageExit, type CliIo } from '../output.js';
import { requireDataDir, withStore } from './common.js';

/*
 * `cli metrics --data-dir DIR [--now ISO]`: the ResponseMetrics of the whole store as one pretty
 * JSON document on stdout (shared/domain/triage/metrics.ts says what each number means).
 * --now pins the clock so a script or a test gets the same output every run.
 */

/** An ISO 8601 instant; a bare date or a local time would depend on this machine's time zone. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const ms = ISO_INSTANT.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms))
    throw new CliError(
      `--now must be an ISO 8601 time with a zone, e.g. 2024-05-01T09:00:00Z (got "${value}")`,
      usageExit,
    );
  return new Date(ms);
}

export async function metricsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const dataDir = requireDataDir(values['data-dir']);
  const now = parseNow(values.now);
  const metas = await withStore(
    dataDir,
    io,
    (store) => store.listMessages({ includeExpunged: true, order: 'sync' }),
    { mustExist: true },
  );
  io.out(JSON.stringify(storeMetrics(metas, now), null, 2));
  return 0;
}

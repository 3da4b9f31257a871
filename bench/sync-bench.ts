import { startDovecot } from '../test/support/dovecot.js';
import { generateCorpus } from './corpus.js';
import { median, runChild } from './child.js';
import { benchMbsync, hasMbsync } from './mbsync.js';
import { bundleOurSync } from './bundle-sync.js';

export interface SyncBenchResult {
  messages: number;
  megabytes: number;
  rawImapflowMs: number;
  oursMs: number;
  /** CPU time of all threads of each process during the fetch / sync (medians). */
  rawCpuMs: number;
  oursCpuMs: number;
  mbsyncMs: number | null;
  resyncMs: number;
  resyncPlan: string;
  oursRssMb: number;
  rawRssMb: number;
  runs: number;
}

interface OursLine {
  initialMs: number;
  cpuMs: number;
  fetched: number;
  resyncMs: number;
  resyncPlan: string;
  rssMb: number;
}

interface RawLine {
  ms: number;
  cpuMs: number;
  count: number;
  bytes: number;
  rssMb: number;
}

/** Seeds one Dovecot with the corpus and runs the three syncs on the same data, `runs` times each. */
export async function benchSync(
  count: number,
  runs: number,
  log: (line: string) => void,
): Promise<SyncBenchResult> {
  const corpus = generateCorpus(count);
  const dovecot = await startDovecot();
  try {
    await dovecot.seedMaildir(
      'seller',
      'INBOX',
      corpus.map((m) => ({ raw: m.raw, internalDate: m.date })),
    );
    const user = dovecot.user('seller');
    const conn = { host: '127.0.0.1', port: dovecot.imapsPort, user: 'seller', pass: user.password };
    const raw: RawLine[] = [];
    const ours: OursLine[] = [];
    const mbsync: number[] = [];
    const withMbsync = await hasMbsync();
    const ourSync = await bundleOurSync();
    for (let i = 0; i < runs; i++) {
      log(`  run ${i + 1}/${runs}: raw imapflow`);
      raw.push(await runChild<RawLine>('bench/raw-imapflow-fetch.ts', { ...conn, ca: dovecot.caPem }));
      log(`  run ${i + 1}/${runs}: ours`);
      ours.push(await runChild<OursLine>(ourSync, { ...conn, caPem: dovecot.caPem }));
      if (withMbsync) {
        log(`  run ${i + 1}/${runs}: mbsync`);
        mbsync.push(await benchMbsync({ ...conn, caFile: dovecot.caFile }));
      }
    }
    const fetched = ours[0]?.fetched ?? 0;
    if (fetched !== count) throw new Error(`our sync fetched ${fetched} of ${count} messages`);
    return {
      messages: count,
      megabytes: corpus.reduce((sum, m) => sum + m.raw.length, 0) / 1048576,
      rawImapflowMs: median(raw.map((r) => r.ms)),
      oursMs: median(ours.map((r) => r.initialMs)),
      rawCpuMs: median(raw.map((r) => r.cpuMs)),
      oursCpuMs: median(ours.map((r) => r.cpuMs)),
      mbsyncMs: withMbsync ? median(mbsync) : null,
      resyncMs: median(ours.map((r) => r.resyncMs)),
      resyncPlan: ours[0]?.resyncPlan ?? '?',
      oursRssMb: Math.max(...ours.map((r) => r.rssMb)),
      rawRssMb: Math.max(...raw.map((r) => r.rssMb)),
      runs,
    };
  } finally {
    await dovecot.stop();
  }
}

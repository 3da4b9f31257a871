import { startDovecot } from '../test/support/dovecot.js';
import { generateCorpus } from './corpus.js';
import { median, runChild } from './child.js';
import { benchMbsync, hasMbsync } from './mbsync.js';
import { bundleOurSync } from './bundle-sync.js';
import { startFaultProxy } from '../test/support/fault-proxy.js';

/** A seller's connection to the IMAP server, simulated by a pacing proxy (`--link 100/20`). */
export interface LinkSpec {
  mbitPerSecond: number;
  rttMs: number;
}

/** The same two fetches through the simulated link instead of loopback (medians). */
export interface LinkResult extends LinkSpec {
  rawImapflowMs: number;
  oursMs: number;
}

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
  link: LinkResult | null;
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
  link: LinkSpec | null = null,
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
    const overLink = link
      ? await viaLink(link, dovecot.imapsPort, conn, dovecot.caPem, ourSync, runs, log)
      : null;
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
      link: overLink,
    };
  } finally {
    await dovecot.stop();
  }
}

/**
 * Loopback makes the fetch CPU-bound, which no seller's connection is. This runs raw imapflow and
 * our sync through a proxy paced to `link` (half the round trip each way); the proxy runs in this
 * process, on the same cores, for both.
 */
async function viaLink(
  link: LinkSpec,
  imapsPort: number,
  conn: { host: string; user: string; pass: string },
  caPem: string,
  ourSync: string,
  runs: number,
  log: (line: string) => void,
): Promise<LinkResult> {
  const proxy = await startFaultProxy(imapsPort);
  try {
    proxy.limitRate((link.mbitPerSecond * 1e6) / 8);
    proxy.addLatency(link.rttMs / 2);
    const via = { ...conn, port: proxy.port };
    const raw: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < runs; i++) {
      log(`  run ${i + 1}/${runs}: raw imapflow over ${link.mbitPerSecond} Mbit/s, ${link.rttMs} ms RTT`);
      raw.push((await runChild<RawLine>('bench/raw-imapflow-fetch.ts', { ...via, ca: caPem })).ms);
      log(`  run ${i + 1}/${runs}: ours over the same link`);
      ours.push((await runChild<OursLine>(ourSync, { ...via, caPem })).initialMs);
    }
    return { ...link, rawImapflowMs: median(raw), oursMs: median(ours) };
  } finally {
    await proxy.close();
  }
}

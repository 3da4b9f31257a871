/**
 * `npm run bench`: the numbers each issue sets targets for, in one run, side by side.
 * Options: --messages N (sync corpus, default 10000), --runs N (default 3),
 * --store-messages N (default 100000), --desk-messages N (default 100000),
 * --classifications N (per triage run, default 20000), --open-messages N (re-rank queue, default 10000),
 * --checks N (compliance checks of a 5,000-character draft, default 2000),
 * --templates N (library size for suggestions, default 1000),
 * --only sync|store|desk|triage|check|templates,
 * --link MBIT/RTT_MS (also run the sync through a paced link, e.g. --link 100/20).
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchCheck } from './check-bench.js';
import { runChild } from './child.js';
import { benchClassify } from './classify-bench.js';
import { benchDesk } from './desk-bench.js';
import type { StoreBenchResult } from './store-bench.js';
import { benchSync, type LinkSpec } from './sync-bench.js';
import { benchRerank } from './triage-bench.js';
import { benchTemplates } from './templates-bench.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    'store-messages': { type: 'string', default: '100000' },
    'desk-messages': { type: 'string', default: '100000' },
    classifications: { type: 'string', default: '20000' },
    'open-messages': { type: 'string', default: '10000' },
    checks: { type: 'string', default: '2000' },
    templates: { type: 'string', default: '1000' },
    only: { type: 'string' },
    link: { type: 'string' },
  },
});

/** `--link 100/20` → 100 Mbit/s, 20 ms round trip; anything else is refused before the bench starts. */
function parseLink(spec: string | undefined): LinkSpec | null {
  if (spec === undefined) return null;
  const m = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(spec);
  const mbitPerSecond = Number(m?.[1]);
  const rttMs = Number(m?.[2]);
  if (!m || !(mbitPerSecond > 0) || !(rttMs >= 0)) {
    throw new Error(`--link wants MBIT/RTT_MS, e.g. --link 100/20 (got "${spec}")`);
  }
  return { mbitPerSecond, rttMs };
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const rows: Array<[string, string, string, string]> = [];
  if (!values.only || values.only === 'sync') {
    const count = Number(values.messages);
    log(`sync benchmark: ${count} messages into a local Dovecot`);
    const s = await benchSync(count, Number(values.runs), log, parseLink(values.link));
    const vsRaw = s.oursMs / s.rawImapflowMs;
    rows.push([
      `raw imapflow fetch (envelope+flags+source, memory only)`,
      fmt(s.rawImapflowMs),
      '1.00×',
      'baseline',
    ]);
    rows.push([
      `our initial sync (fetch + parse + store, fsync'd)`,
      fmt(s.oursMs),
      `${vsRaw.toFixed(2)}× raw`,
      `≤ 1.5× raw: ${verdict(vsRaw <= 1.5)}`,
    ]);
    rows.push([
      `CPU time in those (all threads of the process; ${availableParallelism()} cores here)`,
      `ours ${fmt(s.oursCpuMs)}`,
      `raw: ${fmt(s.rawCpuMs)}`,
      `${(s.oursCpuMs / s.rawCpuMs).toFixed(2)}× raw`,
    ]);
    if (s.mbsyncMs !== null) {
      const vsMbsync = s.oursMs / s.mbsyncMs;
      rows.push([
        `mbsync (isync) initial sync`,
        fmt(s.mbsyncMs),
        `ours = ${vsMbsync.toFixed(2)}× mbsync`,
        `≤ 3× mbsync: ${verdict(vsMbsync <= 3)}`,
      ]);
    } else {
      rows.push(['mbsync (isync) initial sync', 'not installed', '', 'npm run test:setup installs it']);
    }
    rows.push([
      `no-change resync after login (INBOX+Sent, plan ${s.resyncPlan})`,
      fmt(s.resyncMs),
      '',
      `< 100 ms: ${verdict(s.resyncMs < 100)}`,
    ]);
    rows.push([
      'peak RSS, our sync process',
      `${s.oursRssMb.toFixed(0)} MB`,
      `raw: ${s.rawRssMb.toFixed(0)} MB`,
      `< 400 MB: ${verdict(s.oursRssMb < 400)}`,
    ]);
    if (s.link) {
      const over = `over ${s.link.mbitPerSecond} Mbit/s, ${s.link.rttMs} ms RTT`;
      rows.push([`raw imapflow fetch ${over}`, fmt(s.link.rawImapflowMs), '1.00×', 'for reference']);
      rows.push([
        `our initial sync ${over}`,
        fmt(s.link.oursMs),
        `${(s.link.oursMs / s.link.rawImapflowMs).toFixed(2)}× raw`,
        'for reference (target is on loopback)',
      ]);
    }
    rows.push(['corpus', `${s.messages} msgs, ${s.megabytes.toFixed(1)} MiB`, `median of ${s.runs}`, '']);
  }
  if (!values.only || values.only === 'store') {
    const n = Number(values['store-messages']);
    log(`store benchmark: ${n} messages`);
    const r = await runChild<StoreBenchResult>('bench/store-child.ts', { messages: n });
    rows.push([`store open with ${n} messages`, fmt(r.openMs), '', `< 1 s: ${verdict(r.openMs < 1000)}`]);
    rows.push([
      'one flag change persisted (fsync), p95',
      fmt(r.flagPersistP95Ms),
      `p50 ${fmt(r.flagPersistP50Ms)}`,
      `< 50 ms: ${verdict(r.flagPersistP95Ms < 50)}`,
    ]);
    rows.push([
      'RSS after store open',
      `${r.rssMb.toFixed(0)} MB`,
      '',
      `< 400 MB: ${verdict(r.rssMb < 400)}`,
    ]);
  }
  if (!values.only || values.only === 'desk') {
    const n = Number(values['desk-messages']);
    log(`desk benchmark: ${n} messages, renderer in Chromium with the real core`);
    const d = await benchDesk(n, log);
    rows.push([
      `interactive inbox, ${n} msgs (navigation start → first row clickable)`,
      fmt(d.firstLoadMs),
      `${d.firstLoadUpperBound ? 'upper bound; ' : ''}reloads: median ${fmt(d.reloadMedianMs)}, max ${fmt(d.reloadMaxMs)}`,
      `< 1.5 s: ${verdict(Math.max(d.firstLoadMs, d.reloadMaxMs) < 1500)}`,
    ]);
    rows.push([
      `view switch, p95 (click → new view's list shown, ${d.switchSamples} clicks)`,
      fmt(d.switchP95Ms),
      `p50 ${fmt(d.switchP50Ms)}`,
      `< 100 ms: ${verdict(d.switchP95Ms < 100)}`,
    ]);
    rows.push([
      `search, p95 (input event → results shown, index complete, ${d.searchSamples} queries)`,
      fmt(d.searchP95Ms),
      `p50 ${fmt(d.searchP50Ms)}`,
      `< 100 ms: ${verdict(d.searchP95Ms < 100)}`,
    ]);
    rows.push([
      `search, p95, first start while the index is built (partial answers)`,
      fmt(d.searchBuildingP95Ms),
      `p50 ${fmt(d.searchBuildingP50Ms)}; complete ${fmt(d.indexWaitMs)} later`,
      `< 100 ms: ${verdict(d.searchBuildingP95Ms < 100)}`,
    ]);
    rows.push([
      'desk bench conditions',
      `load avg ${d.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
      `seed ${fmt(d.seedMs)}`,
      `whole desk bench ${fmt(d.totalMs)}`,
    ]);
  }
  if (!values.only || values.only === 'triage') {
    const runs = Number(values.runs);
    log(`triage benchmark: classification throughput (${runs} runs), re-rank`);
    const c = benchClassify(Number(values.classifications), runs);
    rows.push([
      `classification throughput, one core (${c.perRun} msgs/run: dev corpus of ${c.corpusSize} repeated)`,
      `${Math.round(c.messagesPerSecond)} msg/s`,
      `median of ${c.runs}; runs ${Math.round(c.slowestRun)}–${Math.round(c.fastestRun)}`,
      `≥ 5,000 msg/s: ${verdict(c.messagesPerSecond >= 5000)}`,
    ]);
    rows.push([
      'classification throughput per CPU-second (waits for a busy core excluded)',
      `${Math.round(c.messagesPerCpuSecond)} msg/s`,
      `median of ${c.runs}`,
      `≥ 5,000 msg/s: ${verdict(c.messagesPerCpuSecond >= 5000)}`,
    ]);
    const open = Number(values['open-messages']);
    const r = benchRerank(open);
    rows.push([
      `re-rank ${open} open messages (thread items, score, sort), p95`,
      fmt(r.p95Ms),
      `p50 ${fmt(r.medianMs)}`,
      `< 50 ms: ${verdict(r.p95Ms < 50)}`,
    ]);
    rows.push([
      'triage bench conditions',
      `load avg ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      `${availableParallelism()} cores`,
      '',
    ]);
  }
  if (!values.only || values.only === 'check') {
    log('check benchmark: compliance checker on a 5,000-character mixed ja/en draft');
    const c = benchCheck(Number(values.checks));
    rows.push([
      `compliance check, ${c.chars}-char draft, ${c.rules} rules, ${c.findings} findings, p95`,
      `${c.p95Ms.toFixed(2)} ms`,
      `p50 ${c.p50Ms.toFixed(2)} ms, max ${c.maxMs.toFixed(2)} ms, ${c.samples} checks`,
      `< 5 ms: ${verdict(c.p95Ms < 5)}`,
    ]);
  }
  if (!values.only || values.only === 'templates') {
    const n = Number(values.templates);
    log(`templates benchmark: suggestions for an open complaint from ${n} templates`);
    const t = benchTemplates(n);
    rows.push([
      `template suggestions, ${t.templates} templates, first call (cold index), p95`,
      `${t.coldP95Ms.toFixed(2)} ms`,
      `p50 ${t.coldP50Ms.toFixed(2)} ms, ${t.coldSamples} fresh libraries`,
      `< 10 ms: ${verdict(t.coldP95Ms < 10)}`,
    ]);
    rows.push([
      `template suggestions, ${t.templates} templates, warm, p95`,
      `${t.warmP95Ms.toFixed(2)} ms`,
      `p50 ${t.warmP50Ms.toFixed(2)} ms, ${t.warmSamples} calls`,
      `< 10 ms: ${verdict(t.warmP95Ms < 10)}`,
    ]);
    rows.push([
      `template suggestions with a typed search, warm, p95`,
      `${t.queryP95Ms.toFixed(2)} ms`,
      `p50 ${t.queryP50Ms.toFixed(2)} ms, ${t.warmSamples} calls`,
      `< 10 ms: ${verdict(t.queryP95Ms < 10)}`,
    ]);
    rows.push([
      'template suggestions, CPU time per call, p95 (waits for a busy core excluded)',
      `cold ${t.coldCpuP95Ms.toFixed(2)} ms`,
      `warm ${t.warmCpuP95Ms.toFixed(2)} ms, search ${t.queryCpuP95Ms.toFixed(2)} ms`,
      `< 10 ms: ${verdict(Math.max(t.coldCpuP95Ms, t.warmCpuP95Ms, t.queryCpuP95Ms) < 10)}`,
    ]);
    rows.push([
      'templates bench: top suggestion; conditions',
      t.top,
      `load avg ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
      `${availableParallelism()} cores`,
    ]);
  }
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]): string =>
    `| ${r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  process.stdout.write(`${line(['measure', 'value', 'ratio', 'target'])}\n`);
  process.stdout.write(`${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});

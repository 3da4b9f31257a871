/**
 * Our side of the sync benchmark, run as a child process like the baselines: connect, then
 * time the initial sync of INBOX (fetch + parse + store) and a no-change resync after login.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectImap } from '../electron/core/mail/imap-client.js';
import { syncMailbox } from '../electron/core/mail/mailbox-sync.js';
import { ThreadKeeper } from '../electron/core/mail/thread-keeper.js';
import { ParsePool } from '../electron/core/mail/parse-pool.js';
import { openStore } from '../electron/core/store/index.js';

interface Args {
  host: string;
  port: number;
  user: string;
  pass: string;
  caPem: string;
  dataDir?: string;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  const dataDir = args.dataDir ?? (await mkdtemp(join(tmpdir(), 'hd-bench-sync-')));
  const { store } = await openStore(dataDir);
  const threads = new ThreadKeeper(store);
  const client = await connectImap({
    server: { host: args.host, port: args.port, tls: 'implicit', user: args.user, caFile: null },
    password: args.pass,
    caPem: args.caPem,
  });
  const pool = new ParsePool();
  const sync = (role: 'inbox' | 'sent', path: string) =>
    syncMailbox({
      client,
      store,
      role,
      path,
      assignThread: threads.assign,
      commitThreads: () => threads.commit(),
      now: () => new Date(),
      analyse: (request) => pool.analyse(request),
    });
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  const initial = await sync('inbox', 'INBOX');
  const initialMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  started = performance.now();
  const again = await sync('inbox', 'INBOX');
  await sync('sent', 'Sent');
  const resyncMs = performance.now() - started;
  await client.logout();
  await pool.close();
  await store.close();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  if (!args.dataDir) await rm(dataDir, { recursive: true, force: true });
  // CPU of every thread of the process (main, parse worker, GC, TLS) during the initial sync.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const line = { initialMs, cpuMs, fetched: initial.fetched, resyncMs, resyncPlan: again.plan, rssMb };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * Baseline for the sync benchmark: what imapflow alone needs to pull every message (envelope,
 * flags, source) into memory, with no parsing and no store. Run as a child process so its
 * peak RSS and start-up are measured the same way as ours.
 */
import { ImapFlow } from 'imapflow';

interface Args {
  host: string;
  port: number;
  user: string;
  pass: string;
  ca: string;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as Args;
  const client = new ImapFlow({
    host: args.host,
    port: args.port,
    secure: true,
    auth: { user: args.user, pass: args.pass },
    tls: { ca: [args.ca] },
    logger: false,
  });
  await client.connect();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const lock = await client.getMailboxLock('INBOX', { readOnly: true });
  let count = 0;
  let bytes = 0;
  const kept: Buffer[] = [];
  for await (const msg of client.fetch('1:*', { uid: true, envelope: true, flags: true, source: true })) {
    count++;
    bytes += msg.source?.length ?? 0;
    if (msg.source) kept.push(msg.source);
  }
  lock.release();
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  await client.logout();
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs, count, bytes, rssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

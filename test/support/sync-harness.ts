import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { ServerSettings, TlsMode } from '../../shared/domain/account.js';
import type { MessageMeta } from '../../shared/domain/message.js';
import { runCli } from '../../electron/cli/index.js';
import type { CliIo } from '../../electron/cli/output.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import type { SyncProgress } from '../../electron/core/mail/mailbox-sync.js';
import type { SyncService, SyncSummary } from '../../electron/core/mail/sync-service.js';
import { openStore, type Store } from '../../electron/core/store/index.js';
import { createSyncService } from '../../electron/core/sync-factory.js';
import { withImapClient, type DovecotInstance } from './dovecot.js';
import { ThreadKeeper } from '../../electron/core/mail/thread-keeper.js';

/*
 * The pieces every sync integration test needs: a temp data dir with the real store and the
 * real SyncService pointed at a test Dovecot, the CLI run in-process with captured output, and
 * a second, independent IMAP client to look at what the server itself holds.
 */

const execFileAsync = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sync-data-'));
}

export function serverSettings(
  dovecot: DovecotInstance,
  user: string,
  tls: TlsMode = 'starttls',
): ServerSettings {
  return {
    host: dovecot.host,
    port: tls === 'implicit' ? dovecot.imapsPort : dovecot.imapPort,
    tls,
    user,
    caFile: dovecot.caFile,
  };
}

export interface SyncHarness {
  readonly dataDir: string;
  readonly store: Store;
  readonly service: SyncService;
  /** Every progress event seen, in order. */
  readonly progress: SyncProgress[];
  syncNow(): Promise<SyncSummary>;
  /** Stops the service and closes the store; the data dir stays (reopen with `dataDir`). */
  close(): Promise<void>;
  /** close() and remove the data dir. */
  dispose(): Promise<void>;
}

export interface HarnessOptions {
  user: string;
  /** Reuse a data dir (a restart); a fresh temp dir otherwise. */
  dataDir?: string;
  tls?: TlsMode;
  batchSize?: number;
  /** Connect here instead of Dovecot's own port (a fault proxy in front of it). */
  port?: number;
  /** The connection's download limit (imap-client.ts), lowered so tests stay small. */
  maxMessageBytes?: number;
}

export async function openSyncHarness(
  dovecot: DovecotInstance,
  options: HarnessOptions,
): Promise<SyncHarness> {
  const dataDir = options.dataDir ?? (await tempDataDir());
  const { store } = await openStore(dataDir);
  const server = {
    ...serverSettings(dovecot, options.user, options.tls),
    ...(options.port ? { port: options.port } : {}),
  };
  const password = dovecot.user(options.user).password;
  const progress: SyncProgress[] = [];
  const service = createSyncService({
    store,
    threads: new ThreadKeeper(store),
    clock: { now: () => new Date() },
    connectOptions: async () => ({
      ...(await imapConnectOptions(server, password)),
      ...(options.maxMessageBytes === undefined ? {} : { maxMessageBytes: options.maxMessageBytes }),
    }),
    batchSize: options.batchSize,
    onProgress: (p) => progress.push(p),
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    try {
      await service.stop();
    } finally {
      await store.close();
    }
  };
  return {
    dataDir,
    store,
    service,
    progress,
    syncNow: () => service.syncNow(),
    close,
    dispose: async () => {
      try {
        await close();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

/** Opens a harness, runs `use`, and always disposes it (the `await using` of this codebase). */
export async function withSyncHarness<T>(
  dovecot: DovecotInstance,
  options: HarnessOptions,
  use: (harness: SyncHarness) => Promise<T>,
): Promise<T> {
  const harness = await openSyncHarness(dovecot, options);
  try {
    return await use(harness);
  } finally {
    await harness.dispose();
  }
}

/** Messages of one mailbox in UID order (expunged ones included unless asked otherwise). */
export function storedMessages(
  store: Store,
  mailbox: 'inbox' | 'sent',
  includeExpunged = true,
): MessageMeta[] {
  return store.listMessages({ mailbox, includeExpunged, order: 'sync' });
}

export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Parses every stdout line as JSON: the CLI's contract is one JSON object per line. */
export function jsonLines(run: CliRun): Array<Record<string, unknown>> {
  return run.stdout.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** runCli in this process with stdout/stderr captured line by line. */
export async function runCliCaptured(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = {
    out: (line) => stdout.push(...line.split('\n')),
    err: (line) => stderr.push(...line.split('\n')),
    env,
    stdin: Readable.from([]),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** The npm script's command (`tsx electron/cli/index.ts`) as a real child process. */
export async function runCliProcess(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
  try {
    const { stdout, stderr } = await execFileAsync('npx', ['tsx', 'electron/cli/index.ts', ...argv], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: lines(stdout), stderr: lines(stderr) };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: lines(e.stdout ?? ''), stderr: lines(e.stderr ?? '') };
  }
}

export const PASSWORD_VAR = 'HELPDESK_TEST_IMAP_PASSWORD';

/** `sync` arguments for a test user, trusting the test CA unless told otherwise. */
export function cliSyncArgs(
  dovecot: DovecotInstance,
  user: string,
  dataDir: string,
  opts: { tls?: TlsMode; ca?: boolean; port?: number } = {},
): string[] {
  const tls = opts.tls ?? 'starttls';
  const port = opts.port ?? (tls === 'implicit' ? dovecot.imapsPort : dovecot.imapPort);
  const args = [
    'sync',
    '--data-dir',
    dataDir,
    '--imap',
    `imap://${user}@${dovecot.host}:${port}`,
    '--tls',
    tls,
  ];
  if (opts.ca ?? true) args.push('--ca', dovecot.caFile);
  return [...args, '--password-env', PASSWORD_VAR];
}

/** Flags per UID as the server keeps them (minus the session flag \\Recent), read by an independent client in read-only mode. */
export async function serverFlags(
  dovecot: DovecotInstance,
  user: string,
  folder = 'INBOX',
): Promise<Map<number, string[]>> {
  return withImapClient(dovecot.imapOptions(user), async (client) => {
    const lock = await client.getMailboxLock(folder, { readOnly: true });
    const flags = new Map<number, string[]>();
    try {
      if (client.mailbox && client.mailbox.exists > 0) {
        for await (const msg of client.fetch('1:*', { uid: true, flags: true })) {
          flags.set(msg.uid, [...(msg.flags ?? [])].filter((f) => f !== '\\Recent').sort());
        }
      }
    } finally {
      lock.release();
    }
    return flags;
  });
}

/** The server's UIDVALIDITY and UIDs of a folder. */
export async function serverMailbox(
  dovecot: DovecotInstance,
  user: string,
  folder = 'INBOX',
): Promise<{ uidValidity: string; uids: number[] }> {
  const flags = await serverFlags(dovecot, user, folder);
  const status = await withImapClient(dovecot.imapOptions(user), (client) =>
    client.status(folder, { uidValidity: true }),
  );
  if (!status) throw new Error(`STATUS ${folder} failed`);
  return { uidValidity: String(status.uidValidity), uids: [...flags.keys()].sort((a, b) => a - b) };
}

/** Runs doveadm against the test instance's own config (never /etc/dovecot). */
export async function doveadm(dovecot: DovecotInstance, args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('doveadm', ['-c', join(dovecot.dir, 'dovecot.conf'), ...args]);
  return stdout;
}

/**
 * Polls `check` until it holds or `timeoutMs` passes (a wait, not an assertion: callers assert
 * afterwards). For waits that include starting the parse worker, which on a loaded 2-core
 * machine can take longer than net-wait's 5 s.
 */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

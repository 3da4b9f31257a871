import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { ImapFlowOptions } from 'imapflow';
import { renderDovecotConfig, renderPasswdFile, resolveAccounts } from './dovecot-config.js';
import type { DovecotAccounts } from './dovecot-config.js';
import { folderDir, seedMaildir } from './maildir-seed.js';
import type { SeedMessage } from './maildir-seed.js';
import { getTestTls } from './tls-material.js';
import { freePorts, waitForImapGreeting } from './net-wait.js';

export type { SeedMessage } from './maildir-seed.js';

export interface DovecotUser {
  user: string;
  password: string;
}

export interface StartDovecotOptions {
  /** Defaults to one user, `seller` / `seller-pass`. */
  users?: readonly DovecotUser[];
  /** Also listen for LMTP (needs dovecot-lmtpd) so tests can deliver mail into INBOXes. */
  lmtp?: boolean;
}

export interface DovecotInstance {
  readonly host: '127.0.0.1';
  /** Plain IMAP with STARTTLS. */
  readonly imapPort: number;
  /** Implicit TLS. */
  readonly imapsPort: number;
  readonly lmtpPort: number | undefined;
  /** The self-signed server certificate; trust it as the CA (`tls: { ca: caPem }`). */
  readonly caPem: string;
  readonly caFile: string;
  readonly dir: string;
  readonly users: readonly DovecotUser[];
  readonly running: boolean;
  user(name: string): { maildir: string; home: string; password: string };
  /** Writes files straight into the folder's Maildir (fast: 10k messages in seconds). */
  seedMaildir(user: string, folder: string, messages: readonly SeedMessage[]): Promise<void>;
  /** IMAP APPEND as the user (slower than seeding, but goes through Dovecot). */
  append(user: string, folder: string, raw: Buffer, flags?: readonly string[], date?: Date): Promise<void>;
  /** ImapFlow options that log in as `user`, verifying the certificate. */
  imapOptions(user: string, mode?: 'starttls' | 'tls'): ImapFlowOptions;
  /** SIGTERM (SIGKILL after 3 s), then removes the temp dir. */
  stop(): Promise<void>;
  /** SIGKILL now (server crash); the mail stays for restart(). */
  kill(): Promise<void>;
  /** Starts again on the same ports with the same mail (kills first if running). */
  restart(): Promise<void>;
}

const DEFAULT_USERS: readonly DovecotUser[] = [{ user: 'seller', password: 'seller-pass' }];
const live = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function findDovecot(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs
    .filter((d) => d.startsWith('/'))
    .map((d) => join(d, 'dovecot'))
    .find((p) => existsSync(p));
}

export async function startDovecot(opts: StartDovecotOptions = {}): Promise<DovecotInstance> {
  const bin = findDovecot();
  if (bin === undefined) {
    throw new Error('Dovecot is not installed (no `dovecot` binary found): run `npm run test:setup` first.');
  }
  const users = opts.users ?? DEFAULT_USERS;
  const [tls, accounts] = await Promise.all([getTestTls(), resolveAccounts()]);
  const dir = await mkdtemp(join(tmpdir(), 'dovecot-'));
  // mkdtemp makes 0700; as root, auth and mail processes run as other users and must enter it.
  await chmod(dir, 0o755);
  const homeOf = (name: string): string => join(dir, 'home', encodeURIComponent(name));
  const caFile = join(dir, 'cert.pem');
  await Promise.all([
    writeFile(caFile, tls.certPem),
    writeFile(join(dir, 'key.pem'), tls.keyPem, { mode: 0o600 }),
    writeFile(
      join(dir, 'users'),
      renderPasswdFile(
        users.map((u) => ({ ...u, home: homeOf(u.user) })),
        accounts.mail,
      ),
    ),
    mkdir(join(dir, 'home'), { mode: 0o755 }),
  ]);
  for (const { user } of users) {
    await mkdir(homeOf(user), { mode: 0o700 });
    if (accounts.mail.uid !== process.getuid?.())
      await chown(homeOf(user), accounts.mail.uid, accounts.mail.gid);
  }

  let ports: number[] = [];
  let child: ChildProcess | undefined;
  const writeConfig = (): Promise<void> =>
    writeFile(join(dir, 'dovecot.conf'), configFor(dir, ports, accounts, opts.lmtp === true, users));
  try {
    // Ports from bind(0) can be taken by a parallel test before Dovecot binds them: retry.
    for (let attempt = 1; child === undefined; attempt++) {
      ports = await freePorts(opts.lmtp === true ? 3 : 2);
      await writeConfig();
      child = await launch(bin, dir, ports[0] ?? 0).catch((error: unknown) => {
        if (attempt < 5 && error instanceof LaunchError && error.addressInUse) return undefined;
        throw error;
      });
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const [imapPort = 0, imapsPort = 0, lmtpPort] = ports;
  const passwordOf = (name: string): string => {
    const found = users.find((u) => u.user === name);
    if (!found) throw new Error(`no such test user: ${name}`);
    return found.password;
  };
  const instance: DovecotInstance = {
    host: '127.0.0.1',
    imapPort,
    imapsPort,
    lmtpPort,
    caPem: tls.certPem,
    caFile,
    dir,
    users,
    get running() {
      return child !== undefined && child.exitCode === null && child.signalCode === null;
    },
    user: (name) => ({
      maildir: join(homeOf(name), 'Maildir'),
      home: homeOf(name),
      password: passwordOf(name),
    }),
    seedMaildir: async (name, folder, messages) => {
      passwordOf(name);
      const owner = { uid: accounts.mail.uid, gid: accounts.mail.gid, chown: process.getuid?.() === 0 };
      await seedMaildir(join(homeOf(name), 'Maildir'), folder, messages, owner);
    },
    append: async (name, folder, raw, flags, date) => {
      await withImapClient(instance.imapOptions(name), (client) =>
        client.append(folder, raw, flags ? [...flags] : undefined, date),
      );
    },
    imapOptions: (name, mode = 'starttls') => ({
      host: '127.0.0.1',
      port: mode === 'tls' ? imapsPort : imapPort,
      secure: mode === 'tls',
      doSTARTTLS: mode === 'starttls',
      auth: { user: name, pass: passwordOf(name) },
      tls: { ca: [tls.certPem] },
      logger: false,
    }),
    stop: async () => {
      if (child) await terminate(child, 3000);
      await rm(join(dir, 'run', 'master.pid'), { force: true });
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
    kill: async () => {
      if (child) await terminate(child, 0);
      await rm(join(dir, 'run', 'master.pid'), { force: true });
    },
    restart: async () => {
      await instance.kill();
      // Orphaned login processes may hold the listening sockets for a moment after SIGKILL.
      for (let attempt = 1; ; attempt++) {
        try {
          child = await launch(bin, dir, imapPort);
          return;
        } catch (error) {
          if (!(error instanceof LaunchError && error.addressInUse) || attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
  };
  return instance;
}

export { folderDir };

/** Connects, runs `use`, and always logs out (errors on the client are surfaced by `use`). */
export async function withImapClient<T>(
  options: ImapFlowOptions,
  use: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const client = new ImapFlow(options);
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

function configFor(
  dir: string,
  ports: readonly number[],
  accounts: DovecotAccounts,
  lmtp: boolean,
  users: readonly DovecotUser[],
): string {
  return renderDovecotConfig({
    dir,
    imapPort: ports[0] ?? 0,
    imapsPort: ports[1] ?? 0,
    lmtpPort: lmtp ? ports[2] : undefined,
    accounts,
    lmtpLocalPartOnly: users.every((u) => !u.user.includes('@')),
  });
}

class LaunchError extends Error {
  constructor(
    message: string,
    readonly addressInUse: boolean,
  ) {
    super(message);
  }
}

async function launch(bin: string, dir: string, imapPort: number): Promise<ChildProcess> {
  const child = spawn(bin, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(`exited with ${signal ?? `code ${String(code)}`}`);
    });
    child.once('error', (error) => resolve(`failed to spawn: ${error.message}`));
  });
  const controller = new AbortController();
  const outcome = await Promise.race([
    waitForImapGreeting(imapPort, 15_000, controller.signal).then(() => undefined),
    exited,
  ]).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  controller.abort();
  if (outcome === undefined) return child;
  await terminate(child, 0);
  const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');
  const details = `${stderr}\n${log}`.trim().split('\n').slice(-15).join('\n');
  const hint =
    /lmtp/i.test(details) && /exist/i.test(details)
      ? ' (is dovecot-lmtpd installed? `npm run test:setup`)'
      : '';
  throw new LaunchError(`Dovecot ${outcome}${hint}:\n${details}`, /address already in use/i.test(details));
}

async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (graceMs > 0) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  } else {
    child.kill('SIGKILL');
    await exited;
  }
}

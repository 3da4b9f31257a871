import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerSettings } from '../../shared/domain/account.js';
import type { MessageMeta } from '../../shared/domain/message.js';
import { imapConnectOptions } from '../../electron/core/mail/imap-account.js';
import type { ImapTimeouts } from '../../electron/core/mail/imap-client.js';
import { SyncService, type SyncStatus } from '../../electron/core/mail/sync-service.js';
import type { SyncStore } from '../../electron/core/mail/sync-store.js';
import type { SyncProgress } from '../../electron/core/mail/mailbox-sync.js';
import type { Store } from '../../electron/core/store/index.js';
import { ThreadKeeper } from '../../electron/core/mail/thread-keeper.js';
import { generateCorpus, type CorpusMessage } from '../../bench/corpus.js';
import { startDovecot, withImapClient, type DovecotInstance } from './dovecot.js';
import type { SyncChildConfig } from './sync-child.js';

/** Helpers for the fault tests: a seeded server, an instrumented sync, and the no-loss/no-dup check. */

export const USER = 'seller';

export interface CorpusServer {
  dovecot: DovecotInstance;
  corpus: CorpusMessage[];
  /** Header Message-ID (brackets stripped) of corpus[i], as the store records it. */
  messageIds: string[];
  /** sha256 of each corpus raw source, by Message-ID. */
  shaById: Map<string, string>;
  rawBytes: number;
}

export const corpusMessageId = (seed: number, i: number): string =>
  `bench-${seed}-${i}@marketplace.amazon.co.jp`;

/** Starts Dovecot and seeds `seeded` of `count` corpus messages into INBOX (the rest: for later APPEND). */
export async function startCorpusServer(count: number, seeded = count, seed = 7): Promise<CorpusServer> {
  const corpus = generateCorpus(count, seed);
  const dovecot = await startDovecot();
  await dovecot.seedMaildir(
    USER,
    'INBOX',
    corpus.slice(0, seeded).map((m) => ({ raw: m.raw, internalDate: m.date })),
  );
  const messageIds = corpus.map((_, i) => corpusMessageId(seed, i));
  const shaById = new Map(
    corpus.map((m, i) => [messageIds[i] ?? '', createHash('sha256').update(m.raw).digest('hex')]),
  );
  const rawBytes = corpus.slice(0, seeded).reduce((sum, m) => sum + m.raw.length, 0);
  return { dovecot, corpus, messageIds, shaById, rawBytes };
}

export const tempDataDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'hd-fault-'));

/** Counts what crossed the wire (parsed) and what was written, per UID, across every run. */
export interface SyncCounters {
  /** UIDs parsed from FETCH responses, one entry per download (a refetch appears twice). */
  downloads: number[];
  /** Message ids handed to putMessages, one entry per write. */
  writes: string[];
}

export interface ServiceOptions {
  store: Store;
  port: number;
  dovecot: DovecotInstance;
  batchSize?: number;
  timeouts?: Partial<ImapTimeouts>;
  random?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  onStatus?: (status: SyncStatus) => void;
  counters?: SyncCounters;
}

/** The same wiring as createSyncService, plus counters and injectable timeouts and jitter. */
export function buildService(options: ServiceOptions): SyncService {
  const { store, dovecot, counters } = options;
  const threads = new ThreadKeeper(store);
  const server: ServerSettings = {
    host: '127.0.0.1',
    port: options.port,
    tls: 'starttls',
    user: USER,
    caFile: dovecot.caFile,
  };
  const syncStore: SyncStore = {
    getSyncState: (role) => store.getSyncState(role),
    setSyncState: (role, state) => store.setSyncState(role, state),
    uidsIn: (role, uidValidity) => store.uidsIn(role, uidValidity),
    findByUid: (role, uidValidity, uid) => store.findByUid(role, uidValidity, uid),
    findBySha256: (sha, role) => store.findBySha256(sha, role),
    listMessages: (filter) => store.listMessages(filter),
    putMessages: (items) => {
      counters?.writes.push(...items.map((i) => i.meta.id));
      return store.putMessages(items);
    },
    updateFlags: (updates) => store.updateFlags(updates),
    markExpunged: (ids, at) => store.markExpunged(ids, at),
    replaceIdentity: (oldId, meta) => store.replaceIdentity(oldId, meta),
  };
  return new SyncService({
    store: syncStore,
    connectOptions: () => imapConnectOptions(server, dovecot.user(USER).password, options.timeouts),
    assignThread: (meta) => {
      if (meta.mailbox === 'inbox') counters?.downloads.push(meta.uid);
      return threads.assign(meta);
    },
    commitThreads: () => threads.commit(),
    now: () => new Date(),
    random: options.random,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
    onStatus: options.onStatus,
    pollMs: 10 * 60_000,
  });
}

export interface ServerInbox {
  uidValidity: string;
  uids: number[];
  /** Raw source of the sampled UIDs. */
  sources: Map<number, Buffer>;
}

/** What Dovecot itself holds in INBOX, asked directly (never through the proxy). */
export async function readServerInbox(dovecot: DovecotInstance, samples = 12): Promise<ServerInbox> {
  return withImapClient(dovecot.imapOptions(USER), async (client) => {
    const box = await client.mailboxOpen('INBOX', { readOnly: true });
    const found = await client.search({ all: true }, { uid: true });
    const uids = (Array.isArray(found) ? found : []).sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(uids.length / samples));
    const picked = new Set(uids.filter((_, i) => i % step === 0 || i === uids.length - 1));
    const sources = new Map<number, Buffer>();
    if (picked.size > 0) {
      for await (const msg of client.fetch(
        [...picked].join(','),
        { uid: true, source: true },
        { uid: true },
      )) {
        if (msg.source) sources.set(msg.uid, msg.source);
      }
    }
    return { uidValidity: box.uidValidity.toString(), uids, sources };
  });
}

export interface InvariantReport {
  server: number;
  stored: number;
  /** Stored messages sharing a (uidValidity, uid) with another, plus repeated Message-IDs. */
  duplicates: number;
  /** Server UIDs with no stored message. */
  lost: number;
  /** Stored (non-expunged) messages the server does not have. */
  extra: number;
  /** Expected corpus Message-IDs not stored exactly once. */
  corpusIdsNotOnce: number;
  /** Stored messages whose sha256 differs from the corpus bytes. */
  shaMismatches: number;
  /** Sampled messages whose stored raw bytes differ from the server's source. */
  rawMismatches: number;
}

/** The fault tests' one invariant: stored INBOX == server INBOX, each message once, same bytes. */
export async function checkInvariant(
  store: Store,
  server: ServerInbox,
  expectedIds: readonly string[],
  shaById: ReadonlyMap<string, string>,
): Promise<InvariantReport> {
  const stored = store.listMessages({ mailbox: 'inbox', order: 'sync' });
  const keys = new Set(stored.map((m) => `${m.uidValidity}:${m.uid}`));
  const byMessageId = countBy(stored, (m) => m.messageId ?? `none:${m.id}`);
  const repeatedIds = [...byMessageId.values()].reduce((sum, n) => sum + n - 1, 0);
  const serverKeys = new Set(server.uids.map((uid) => `${server.uidValidity}:${uid}`));
  let rawMismatches = 0;
  for (const [uid, source] of server.sources) {
    const meta = store.findByUid('inbox', server.uidValidity, uid);
    const raw = meta ? await store.readRaw(meta.id) : null;
    if (!raw || !raw.equals(source)) rawMismatches++;
  }
  return {
    server: server.uids.length,
    stored: stored.length,
    duplicates: stored.length - keys.size + repeatedIds,
    lost: [...serverKeys].filter((k) => !keys.has(k)).length,
    extra: [...keys].filter((k) => !serverKeys.has(k)).length,
    corpusIdsNotOnce: expectedIds.filter((id) => byMessageId.get(id) !== 1).length,
    shaMismatches: stored.filter((m) => m.messageId && shaById.get(m.messageId) !== m.sha256).length,
    rawMismatches,
  };
}

export const cleanReport = (n: number): InvariantReport => ({
  server: n,
  stored: n,
  duplicates: 0,
  lost: 0,
  extra: 0,
  corpusIdsNotOnce: 0,
  shaMismatches: 0,
  rawMismatches: 0,
});

/** True when the stored INBOX is exactly the lowest `n` server UIDs: what batch-wise durability promises. */
export function isPrefix(stored: readonly MessageMeta[], server: ServerInbox): boolean {
  const uids = stored.map((m) => m.uid).sort((a, b) => a - b);
  return uids.every((uid, i) => uid === server.uids[i]);
}

/** How often each value occurs more than zero times. */
function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** How many distinct values occur more than once (UIDs downloaded or written twice). */
export function repeats(values: readonly (string | number)[]): number {
  const counts = countBy(values, String);
  return [...counts.values()].filter((n) => n > 1).length;
}

/**
 * Polls until `check` holds or `ms` pass; returns whether it held (the caller asserts). The bound
 * only keeps a broken build from hanging: it is generous because test machines are shared.
 */
export async function waitFor(check: () => boolean, ms = 45_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

// ---- a sync in a child process, so a test can SIGKILL it mid-batch ------------------------------

export interface SyncChild {
  readonly lines: readonly string[];
  /** Resolves with the first line (already printed or to come) that matches. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const childScript = fileURLToPath(new URL('./sync-child.ts', import.meta.url));

/** `node --import tsx` runs the script in one process: a SIGKILL hits the syncing process itself. */
export function spawnSyncChild(config: SyncChildConfig): SyncChild {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, JSON.stringify(config)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (!waiter.match(line)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    lines,
    waitForLine: (match) => {
      const seen = lines.find(match);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise<string>((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(({ code, signal }) =>
          reject(new Error(`sync child exited (${signal ?? String(code)}) first:\n${stderr}`)),
        );
      });
    },
    exited,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** One corpus Dovecot per fault-test file, its temp data dirs, and the figures it reports. */
export interface FaultSuite {
  readonly server: CorpusServer;
  /** A fresh data dir, removed after the file. */
  dataDir(): Promise<string>;
  /** A line for the closing-note table, printed after the file. */
  report(line: string): void;
}

/** Registers beforeAll/afterAll for a fault-test file; call at the top of its describe. */
export function useFaultSuite(label: string, messages: number): FaultSuite {
  let server: CorpusServer | undefined;
  const dirs: string[] = [];
  const figures: string[] = [];
  beforeAll(async () => {
    server = await startCorpusServer(messages);
  });
  afterAll(async () => {
    console.log([`${label} figures:`, ...figures].join('\n  '));
    await server?.dovecot.stop();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return {
    get server(): CorpusServer {
      if (!server) throw new Error('the corpus server is not started yet');
      return server;
    },
    async dataDir() {
      const dir = await tempDataDir();
      dirs.push(dir);
      return dir;
    },
    report: (line) => figures.push(line),
  };
}

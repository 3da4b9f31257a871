import type { ImapFlow } from 'imapflow';
import type { MailboxRole } from '../../../shared/domain/message.js';
import type { ErrorCode } from '../../../shared/api/result.js';
import { backoffDelay } from '../../../shared/domain/backoff.js';
import { HelpdeskError } from '../errors.js';
import { commandFailure, connectImap, type ImapConnectOptions } from './imap-client.js';
import { findMailboxes } from './find-mailboxes.js';
import {
  DownloadLimitError,
  syncMailbox,
  type MailboxSyncResult,
  type SyncProgress,
} from './mailbox-sync.js';
import type { ThreadAssigner } from './build-message.js';
import type { SyncStore } from './sync-store.js';
import type { MailboxSyncState } from '../store/mail-store.js';
import { ParsePool } from './parse-pool.js';

export type SyncState = 'idle' | 'connecting' | 'syncing' | 'connected' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  lastSyncedAt: string | null;
  error: { code: ErrorCode; message: string } | null;
  progress: SyncProgress | null;
}

export interface SyncSummary {
  inbox: MailboxSyncResult | null;
  sent: MailboxSyncResult | null;
  durationMs: number;
}

export interface SyncServiceDeps {
  store: SyncStore;
  connectOptions: () => Promise<ImapConnectOptions>;
  assignThread: ThreadAssigner;
  commitThreads?: () => Promise<void>;
  now: () => Date;
  random?: () => number;
  onStatus?: (status: SyncStatus) => void;
  onProgress?: (progress: SyncProgress) => void;
  onSynced?: (summary: SyncSummary) => void;
  batchSize?: number;
  /**
   * Sends the actions staff took locally (triage keywords, spam reports) to the server before
   * each sync reads it back, so the sync mirrors the merged state (op-replay.ts).
   */
  replay?: (client: ImapFlow) => Promise<void>;
  /** Poll as a fallback for what IDLE on INBOX cannot see (the Sent folder). */
  pollMs?: number;
}

/** Failures that mean "cannot reach the server right now", not "something is wrong". */
const offlineCodes: ReadonlySet<ErrorCode> = new Set([
  'offline',
  'timeout',
  'connection-refused',
  'dns-failed',
]);

/** Immediate reconnections in one sync after FETCHes that broke the download limit (runSync). */
const MAX_SIZE_LIMIT_RETRIES = 12;

/** Errors that another try cannot fix: stop retrying and tell the user. */
const permanentCodes: ReadonlySet<ErrorCode> = new Set(['auth-failed', 'tls-certificate', 'invalid-request']);

/** True when the open mailbox reports more than the stored state covers (new UIDs, changes). */
function movedOn(client: ImapFlow, stored: MailboxSyncState | null): boolean {
  const box = client.mailbox;
  if (!box || !stored) return false;
  if (box.uidValidity.toString() !== stored.uidValidity) return true;
  if (box.uidNext - 1 > stored.lastSeenUid) return true;
  const modseq = box.highestModseq !== undefined && !box.noModseq ? box.highestModseq.toString() : null;
  return modseq !== null && stored.highestModseq !== null && modseq !== stored.highestModseq;
}

/**
 * Owns the IMAP connection: one sync at a time, IDLE on INBOX while connected, reconnect with
 * capped backoff after a drop, and a status the UI can show at all times.
 */
export class SyncService {
  private client: ImapFlow | null = null;
  /** Started on the first sync that fetches, kept for the service's life (workers are cheap idle). */
  private pool: ParsePool | null = null;
  private running: Promise<SyncSummary> | null = null;
  /** The one follow-up sync owed to everyone who asked while a sync was already running. */
  private followUp: Promise<SyncSummary> | null = null;
  private stopped = false;
  private live = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private debounceTimer: NodeJS.Timeout | null = null;
  private current: SyncStatus = { state: 'idle', lastSyncedAt: null, error: null, progress: null };

  constructor(private readonly deps: SyncServiceDeps) {}

  get status(): SyncStatus {
    return this.current;
  }

  /**
   * One sync of INBOX and Sent; reuses the live connection when there is one. Asked while a sync
   * runs, it resolves with the NEXT sync, not the running one: the running one may already be
   * past the replay of an action just queued, or past the fetch of mail that just arrived. All
   * callers who ask meanwhile share that one follow-up.
   */
  async syncNow(): Promise<SyncSummary> {
    if (this.running) {
      this.followUp ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.followUp = null;
          if (this.stopped) throw new HelpdeskError('offline', 'Sync was stopped');
          return this.syncNow();
        });
      return this.followUp;
    }
    this.running = this.runSync().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stay connected: sync, IDLE, resync on change, reconnect when the connection drops. */
  start(): void {
    if (this.live) return;
    this.live = true;
    this.stopped = false;
    void this.connectLoop();
  }

  async stop(): Promise<void> {
    this.live = false;
    this.stopped = true;
    for (const timer of [this.retryTimer, this.pollTimer, this.debounceTimer]) if (timer) clearTimeout(timer);
    this.retryTimer = this.pollTimer = this.debounceTimer = null;
    await this.running?.catch(() => undefined);
    await this.followUp?.catch(() => undefined);
    await this.disconnect();
    await this.pool?.close();
    this.pool = null;
    this.setStatus({ state: 'idle', progress: null });
  }

  private async connectLoop(): Promise<void> {
    try {
      await this.syncNow();
      this.attempt = 0;
      this.schedulePoll();
    } catch {
      // runSync has set the status and scheduled the retry where one makes sense.
    }
  }

  /** One pending reconnect at most, however many paths (close event, failed sync) ask for it. */
  private scheduleReconnect(): void {
    if (!this.live) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = backoffDelay(this.attempt++, (this.deps.random ?? Math.random)());
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connectLoop();
    }, delay);
  }

  private schedulePoll(): void {
    if (!this.live) return;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(
      () => {
        void this.syncNow()
          .catch(() => undefined)
          .finally(() => this.schedulePoll());
      },
      this.deps.pollMs ?? 5 * 60_000,
    );
  }

  private requestSync(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    // IDLE often reports EXISTS and FETCH back to back: one sync for the burst.
    this.debounceTimer = setTimeout(() => void this.syncNow().catch(() => undefined), 150);
  }

  private async ensureClient(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    await this.disconnect();
    this.setStatus({ state: 'connecting' });
    const client = await connectImap(await this.deps.connectOptions());
    client.on('close', () => {
      if (this.client !== client) return;
      this.client = null;
      if (!this.live) return;
      this.setStatus({ state: 'offline', progress: null });
      // A drop during a sync is retried by connectLoop's catch; an idle drop needs its own retry.
      if (!this.running) this.scheduleReconnect();
    });
    for (const event of ['exists', 'expunge', 'flags'] as const) client.on(event, () => this.requestSync());
    this.client = client;
    return client;
  }

  /**
   * `sizeLimitRetries`: reconnections so far after a FETCH broke the download limit. Each one is
   * progress (a message stepped down, durably), so they are made at once, up to a bound that only
   * a server lying about many messages reaches; past it the error shows and backoff applies.
   */
  private async runSync(sizeLimitRetries = 0): Promise<SyncSummary> {
    const started = this.deps.now().getTime();
    let client: ImapFlow | null = null;
    try {
      client = await this.ensureClient();
      this.setStatus({ state: 'syncing', error: null });
      await this.deps.replay?.(client);
      const paths = await findMailboxes(client);
      const summary: SyncSummary = { inbox: null, sent: null, durationMs: 0 };
      for (const role of ['inbox', 'sent'] as const satisfies readonly MailboxRole[]) {
        const path = paths[role];
        if (!path) continue;
        summary[role] = await syncMailbox({
          client,
          store: this.deps.store,
          role,
          path,
          assignThread: this.deps.assignThread,
          commitThreads: this.deps.commitThreads,
          now: this.deps.now,
          batchSize: this.deps.batchSize,
          analyse: (request) => (this.pool ??= new ParsePool()).analyse(request),
          onProgress: (progress) => {
            this.current = { ...this.current, progress };
            this.deps.onProgress?.(progress);
          },
        });
      }
      if (this.live) {
        // Leave INBOX selected and IDLE on it now: imapflow's auto-IDLE only starts after 15 s
        // without commands, so mail arriving after each sync would wait that long to be seen.
        // idle() resolves when IDLE ends (our next command breaks it); errors surface via 'close'.
        const lock = await client.getMailboxLock('INBOX', { readOnly: true });
        lock.release();
        // Changes made while Sent was selected raise no event on INBOX: if this EXAMINE shows
        // INBOX moved on since its sync started, go again (the quiet case costs nothing).
        if (movedOn(client, this.deps.store.getSyncState('inbox'))) this.requestSync();
        void client.idle().catch(() => undefined);
      }
      summary.durationMs = this.deps.now().getTime() - started;
      this.setStatus({
        state: this.live ? 'connected' : 'idle',
        lastSyncedAt: this.deps.now().toISOString(),
        progress: null,
      });
      this.deps.onSynced?.(summary);
      return summary;
    } catch (error) {
      if (error instanceof DownloadLimitError && sizeLimitRetries < MAX_SIZE_LIMIT_RETRIES) {
        await this.disconnect();
        return this.runSync(sizeLimitRetries + 1);
      }
      const failure = commandFailure(error, client);
      const offline = offlineCodes.has(failure.code);
      this.setStatus({
        state: offline ? 'offline' : 'error',
        error: { code: failure.code, message: failure.message },
        progress: null,
      });
      if (!this.client?.usable) await this.disconnect();
      // Auth or certificate problems need the user; anything else is retried with backoff.
      if (this.live && !permanentCodes.has(failure.code)) this.scheduleReconnect();
      throw failure;
    }
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (!client) return;
    try {
      if (client.usable) await client.logout();
    } catch {
      // The connection is going away anyway.
    }
    client.close();
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    this.deps.onStatus?.(this.current);
  }
}

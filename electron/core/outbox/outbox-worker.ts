import type { BackoffPolicy } from '../../../shared/domain/backoff.js';
import type { CollisionDecision } from '../../../shared/domain/outbox/collision.js';
import { dayKey } from '../../../shared/domain/outbox/daily-limit.js';
import { transition, type OutboxEvent } from '../../../shared/domain/outbox/outbox-machine.js';
import { isDue } from '../../../shared/domain/outbox/retry-schedule.js';
import type { Clock } from '../core-context.js';
import type { OutboxBook } from './outbox-book.js';
import type { OutboxRecord } from './outbox-record.js';
import type { SentFolder } from './sent-folder.js';
import type { SmtpSend } from './smtp-transport.js';

/** What the collision check (another module) sees of an item about to be sent. */
export type CollisionItem = Pick<
  OutboxRecord,
  'id' | 'kind' | 'threadId' | 'inReplyTo' | 'messageId' | 'draftStartedAt'
>;

export type CollisionHook = (item: CollisionItem) => Promise<CollisionDecision>;

export interface WorkerDeps {
  book: OutboxBook;
  clock: Clock;
  send: SmtpSend;
  sentFolder: SentFolder;
  markAnswered: (storeIds: string[]) => Promise<void>;
  beforeSend: CollisionHook;
  isOffline: () => boolean;
  requestSync: () => void;
  utcOffsetMinutes: (at: Date) => number;
  changed: (id: string) => void;
  policy: BackoffPolicy;
  random: () => number;
}

const ACTIVE = new Set(['queued', 'checking', 'delivered']);
/** A step that threw something unexpected (a disk error) is not retried in a tight loop. */
const STEP_ERROR_PAUSE_MS = 30_000;

/**
 * Works the outbox one item at a time, oldest first: send queued replies, look for unclear ones
 * in Sent, finish delivered ones. Every state change is on disk before the next network step,
 * so a crash between any two lines resumes in a state that knows what may have gone out.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly paused = new Map<string, number>();
  /** The item a step is working on: not to be discarded under its feet. */
  current: string | null = null;

  constructor(private readonly d: WorkerDeps) {}

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Waits for the step in flight (bounded by the SMTP/IMAP timeouts, and by `timeoutMs`). */
  async stop(timeoutMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.running ?? Promise.resolve(), limit]);
    clearTimeout(timer);
  }

  /** Applies an event and persists the result; null when the machine refuses it. */
  async apply(r: OutboxRecord, event: OutboxEvent): Promise<OutboxRecord | null> {
    const now = this.d.clock.now();
    const next = transition(r, event, { now, random: this.d.random(), policy: this.d.policy });
    if (next === null) return null;
    const entersDelivered = next.phase === 'delivered' && r.phase !== 'delivered';
    const day = entersDelivered ? dayKey(now, this.d.utcOffsetMinutes(now)) : undefined;
    const saved = await this.d.book.update(r.id, next, day);
    this.d.changed(r.id);
    return saved;
  }

  private pick(now: Date): OutboxRecord | undefined {
    return this.d.book
      .items()
      .filter(
        (r) =>
          ACTIVE.has(r.phase) && isDue(r.nextAttemptAt, now) && (this.paused.get(r.id) ?? 0) <= now.getTime(),
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const item = this.pick(this.d.clock.now());
      if (!item) break;
      this.current = item.id;
      try {
        await this.step(item);
      } catch {
        this.paused.set(item.id, this.d.clock.now().getTime() + STEP_ERROR_PAUSE_MS);
      } finally {
        this.current = null;
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    const now = this.d.clock.now().getTime();
    const times = this.d.book
      .items()
      .filter((r) => ACTIVE.has(r.phase))
      .map((r) =>
        Math.max(r.nextAttemptAt === null ? now : Date.parse(r.nextAttemptAt), this.paused.get(r.id) ?? 0),
      );
    if (times.length === 0) return;
    const delay = Math.min(Math.max(0, Math.min(...times) - now), 2 ** 31 - 1);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), Math.max(delay, 10));
  }

  private step(r: OutboxRecord): Promise<unknown> {
    if (r.phase === 'queued') return this.sendStep(r);
    if (r.phase === 'checking') return this.checkStep(r);
    return this.finishStep(r);
  }

  private async sendStep(r: OutboxRecord): Promise<void> {
    if (this.d.isOffline()) {
      await this.apply(r, { type: 'offline', detail: 'The mail server cannot be reached' });
      return;
    }
    if (!r.released) {
      let verdict: CollisionDecision;
      try {
        verdict = await this.d.beforeSend({
          id: r.id,
          kind: r.kind,
          threadId: r.threadId,
          inReplyTo: r.inReplyTo,
          messageId: r.messageId,
          draftStartedAt: r.draftStartedAt,
        });
      } catch (error) {
        // The check syncs with the server first; unreachable means we cannot send either.
        await this.apply(r, { type: 'offline', detail: messageOf(error) });
        return;
      }
      if (verdict.hold) {
        await this.apply(r, { type: 'hold', code: verdict.code, messageIds: verdict.messageIds });
        return;
      }
    }
    const raw = await this.d.book.readRaw(r);
    // On disk before the first byte goes out: a crash from here on is resolved by `checking`.
    const sending = await this.apply(r, { type: 'send-started' });
    if (!sending) return;
    const result = await this.d.send({ envelope: r.envelope, raw });
    if (result.ok) {
      const delivered = await this.apply(sending, { type: 'accepted' });
      if (delivered) await this.finishStep(delivered);
    } else {
      await this.apply(sending, { type: 'send-failed', failure: result.failure });
    }
  }

  private async checkStep(r: OutboxRecord): Promise<void> {
    let where: 'sent' | 'inbox' | null;
    try {
      where = await this.d.sentFolder.find(r.messageId);
    } catch (error) {
      await this.apply(r, { type: 'check-unreachable', detail: messageOf(error) });
      return;
    }
    const next = await this.apply(r, where === null ? { type: 'not-found' } : { type: 'found' });
    if (next?.phase === 'delivered') await this.finishStep(next);
  }

  private async finishStep(r: OutboxRecord): Promise<void> {
    try {
      await this.d.sentFolder.ensureCopy(r.messageId, await this.d.book.readRaw(r));
      if (r.inReplyTo !== null) await this.d.markAnswered([r.inReplyTo]);
    } catch (error) {
      await this.apply(r, { type: 'finish-failed', detail: messageOf(error) });
      return;
    }
    // The sync reads the reply back from Sent: the thread shows it and the metrics time it.
    this.d.requestSync();
    await this.apply(r, { type: 'finished' });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { randomUUID } from 'node:crypto';
import type { OutboxItemView } from '../../../shared/api/schemas/outbox.js';
import type { BackoffPolicy } from '../../../shared/domain/backoff.js';
import { dailyLimit, dayKey, usageState } from '../../../shared/domain/outbox/daily-limit.js';
import { initialState } from '../../../shared/domain/outbox/outbox-machine.js';
import { outboxBackoff } from '../../../shared/domain/outbox/retry-schedule.js';
import type { Clock } from '../core-context.js';
import { HelpdeskError } from '../errors.js';
import type { EventBus } from '../event-bus.js';
import { DailyLimitError } from './daily-limit-error.js';
import type { DailyUsageView } from './daily-usage-view.js';
import { OutboxBook } from './outbox-book.js';
import type { DraftRestorer, OutboxPort, OutgoingReply } from './outbox-port.js';
import { toView, type OutboxRecord } from './outbox-record.js';
import { OutboxWorker, type CollisionHook } from './outbox-worker.js';
import type { SentFolder } from './sent-folder.js';
import type { SmtpSend } from './smtp-transport.js';

export interface OutboxOptions {
  dataDir: string;
  clock: Clock;
  bus: EventBus;
  send: SmtpSend;
  sentFolder: SentFolder;
  /** Marks the answered buyer messages \Answered (locally at once, replayed to the server). */
  markAnswered: (storeIds: string[]) => Promise<void>;
  restoreDraft: DraftRestorer;
  averageDailyOrders: () => number;
  beforeSend?: CollisionHook;
  /** True while the mailbox is known to be unreachable: nothing is attempted then. */
  isOffline?: () => boolean;
  /** Fire and forget: brings the reply back from Sent into the store and the metrics. */
  requestSync?: () => void;
  /** Minutes east of UTC of the desk's calendar (the daily limit's "today"); default: the machine's zone. */
  utcOffsetMinutes?: (at: Date) => number;
  retryPolicy?: BackoffPolicy;
  random?: () => number;
  fsync?: boolean;
  /** How long close() waits for a send in flight. */
  stopTimeoutMs?: number;
}

/** States that still count against today's limit: the user has committed to sending them. */
const WAITING = new Set(['queued', 'sending', 'checking', 'held', 'failed']);
/** The server may already have these: never discarded (the text would come back as a draft). */
const NOT_DISCARDABLE = new Set(['sending', 'checking', 'delivered', 'sent']);

const localOffset = (at: Date): number => -at.getTimezoneOffset();

export class Outbox implements OutboxPort {
  private unsubscribe: () => void = () => undefined;

  private constructor(
    private readonly o: OutboxOptions,
    private readonly book: OutboxBook,
    private readonly worker: OutboxWorker,
  ) {}

  /** Loads the outbox, resolves what a crash left unclear (`sending` -> `checking`) and starts working. */
  static async open(o: OutboxOptions): Promise<Outbox> {
    const book = await OutboxBook.open(o.dataDir, { fsync: o.fsync ?? true, now: () => o.clock.now() });
    const worker = new OutboxWorker({
      book,
      clock: o.clock,
      send: o.send,
      sentFolder: o.sentFolder,
      markAnswered: o.markAnswered,
      beforeSend: o.beforeSend ?? (() => Promise.resolve({ hold: false })),
      isOffline: o.isOffline ?? (() => false),
      requestSync: o.requestSync ?? (() => undefined),
      utcOffsetMinutes: o.utcOffsetMinutes ?? localOffset,
      changed: (id) => o.bus.emit('outbox:changed', { ids: [id] }),
      policy: o.retryPolicy ?? outboxBackoff,
      random: o.random ?? Math.random,
    });
    const outbox = new Outbox(o, book, worker);
    for (const r of [...book.items()]) {
      if (r.phase === 'sending') await worker.apply(r, { type: 'restarted' });
      // A new start is a new chance: waits for a network that was down do not carry over.
      if (r.problem?.code === 'offline') await worker.apply(r, { type: 'online' });
    }
    const now = o.clock.now();
    await book.prune(now, outbox.today(now));
    outbox.listen();
    worker.kick();
    return outbox;
  }

  async enqueue(reply: OutgoingReply): Promise<OutboxItemView> {
    const existing = this.book.items().find((r) => r.messageId === reply.messageId);
    // The composer retrying a hand-over must not make a second copy of the same Message-ID.
    if (existing) return toView(existing);
    if (reply.raw.length === 0 || reply.envelope.to.length === 0 || reply.messageId === '') {
      throw new HelpdeskError(
        'invalid-request',
        'An outgoing reply needs bytes, recipients and a Message-ID',
      );
    }
    const usage = this.usage();
    if (usage.state === 'blocked') throw new DailyLimitError(usage);
    const id = randomUUID();
    const record: OutboxRecord = {
      ...initialState(),
      id,
      kind: reply.kind,
      messageId: reply.messageId,
      envelope: { from: reply.envelope.from, to: [...reply.envelope.to] },
      to: reply.to,
      subject: reply.subject,
      snippet: reply.snippet,
      threadId: reply.threadId,
      inReplyTo: reply.inReplyTo,
      draftStartedAt: reply.draftStartedAt,
      draft: reply.draft,
      createdAt: this.o.clock.now().toISOString(),
      rawFile: `${id}.eml`,
    };
    await this.book.add(record, reply.raw);
    this.o.bus.emit('outbox:changed', { ids: [id] });
    this.worker.kick();
    return toView(record);
  }

  /** Counted today: sent on the desk's calendar day plus replies still waiting to go. */
  usage(): DailyUsageView {
    const now = this.o.clock.now();
    const waiting = this.book.items().filter((r) => WAITING.has(r.phase)).length;
    const sentToday = this.book.sentOn(this.today(now)) + waiting;
    const limit = dailyLimit(this.o.averageDailyOrders());
    return { sentToday, limit, state: usageState(sentToday, limit) };
  }

  list(threadId: string | null): OutboxItemView[] {
    return this.book
      .items()
      .filter((r) => threadId === null || r.threadId === threadId)
      .map(toView);
  }

  retry(id: string): Promise<OutboxItemView> {
    return this.userEvent(id, 'retry');
  }

  sendAnyway(id: string): Promise<OutboxItemView> {
    return this.userEvent(id, 'send-anyway');
  }

  /** Removes an item the server cannot have, and gives its text back to the thread's draft. */
  async discard(id: string): Promise<{ restoredDraft: boolean }> {
    const r = this.find(id);
    if (NOT_DISCARDABLE.has(r.phase) || this.worker.current === id) {
      throw new HelpdeskError(
        'invalid-request',
        `This reply is ${r.phase === 'sent' ? 'sent' : 'being sent'}`,
      );
    }
    // Restore before removing: a crash in between leaves the text twice, never nowhere.
    const restoredDraft = r.draft === null ? false : await this.o.restoreDraft(r.threadId, r.draft);
    await this.book.remove(id);
    this.o.bus.emit('outbox:changed', { ids: [id] });
    return { restoredDraft };
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.worker.stop(this.o.stopTimeoutMs ?? 90_000);
    await this.book.close();
  }

  private today(now: Date): string {
    return dayKey(now, (this.o.utcOffsetMinutes ?? localOffset)(now));
  }

  private find(id: string): OutboxRecord {
    const r = this.book.get(id);
    if (!r) throw new HelpdeskError('not-found', `No outbox item ${id}`);
    return r;
  }

  private async userEvent(id: string, type: 'retry' | 'send-anyway'): Promise<OutboxItemView> {
    const r = this.find(id);
    const next = await this.worker.apply(r, { type });
    if (!next) throw new HelpdeskError('invalid-request', `Cannot ${type} a reply that is ${r.phase}`);
    this.worker.kick();
    return toView(next);
  }

  private listen(): void {
    let wasDown = false;
    this.unsubscribe = this.o.bus.on('sync:status-changed', (status) => {
      const down = status.state === 'offline' || status.state === 'error';
      if (wasDown && !down && status.state !== 'connecting') void this.backOnline();
      if (status.state !== 'connecting') wasDown = down;
    });
  }

  /** The mailbox is reachable again: what waited for the network goes now, not at its backoff time. */
  private async backOnline(): Promise<void> {
    // The item a step is working on is included: apply() reads the record's current state, and
    // skipping it would lose the signal when the step has just recorded "offline".
    for (const r of [...this.book.items()]) {
      if (r.problem?.code === 'offline') await this.worker.apply(r, { type: 'online' }).catch(() => null);
    }
    this.worker.kick();
  }
}

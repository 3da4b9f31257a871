import { join } from 'node:path';
import { z } from 'zod';
import { autoAckSettingsSchema } from '../../../shared/api/schemas/replies.js';
import { isMarketplaceRelayAddress } from '../../../shared/domain/buyer.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { dayKey } from '../../../shared/domain/outbox/daily-limit.js';
import {
  DEFAULT_ACK_MAX_AGE_MS,
  planAcks,
  type AckPlan,
  type AckPlanResult,
  type PriorAck,
} from '../../../shared/domain/outbox/auto-ack.js';
import type { Clock } from '../core-context.js';
import type { EventBus } from '../event-bus.js';
import { STORE_SCHEMA_VERSION, type Settings, type Store } from '../store/index.js';
import { loadDoc, type JsonDoc } from '../store/json-doc.js';
import { isDailyLimitError } from './daily-limit-error.js';
import type { OutboxPort, OutgoingReply } from './outbox-port.js';

/**
 * The automatic acknowledgement (issue 5): after each sync, the fresh buyer messages that
 * shared/domain/outbox/auto-ack.ts picks get the seller's short reply through the outbox.
 *
 * At most once, never twice: the ledger entry for an acknowledgement is on disk BEFORE it is
 * composed and queued. A crash in between loses that one acknowledgement (the buyer gets none
 * that day); the other order could send it twice, and a doubled automatic message is what
 * RFC 3834 and the marketplace's spam rules punish. A missing acknowledgement costs nothing: a
 * person still answers the message itself.
 *
 * The ledger is this desk's; auto-replies already in Sent (any desk's, after a sync) count too,
 * so a lost ledger or a second desk that acknowledges minutes earlier does not double it. Two
 * desks with the feature on that see the same message in the same second can both send: switch
 * it on at one desk only (README).
 */

export type AckComposer = (meta: MessageMeta, body: string) => Promise<OutgoingReply>;

export interface AutoAcknowledgerDeps {
  store: Pick<Store, 'getSettings' | 'getMessage' | 'listMessages'>;
  clock: Clock;
  dataDir: string;
  /** When given, every 'messages:changed' runs a pass (ids [] = a sync brought new mail). */
  bus?: EventBus;
  port: Pick<OutboxPort, 'enqueue'>;
  compose: AckComposer;
  maxAgeMs?: number;
  /** The seller's calendar day of an instant; default: this machine's time zone. */
  dayKey?: (ms: number) => string;
  fsync?: boolean;
}

const outcomeSchema = z.enum(['pending', 'queued', 'limit', 'failed']);
const entrySchema = z.object({
  buyer: z.string(),
  day: z.string(),
  /** Store id and header Message-ID of the message acknowledged. */
  messageId: z.string(),
  headerId: z.string().nullable(),
  at: z.string(),
  outcome: outcomeSchema,
  outboxId: z.string().nullable(),
  detail: z.string().nullable(),
});
const ledgerSchema = z.object({
  v: z.number(),
  /** When this desk first saw the feature on; null while it is off. */
  enabledSince: z.string().nullable(),
  entries: z.array(entrySchema),
});
export type AckLedgerEntry = z.infer<typeof entrySchema>;
type Ledger = z.infer<typeof ledgerSchema>;

const isLedger = (x: unknown): x is Ledger => ledgerSchema.safeParse(x).success;
const emptyLedger = (): Ledger => ({ v: STORE_SCHEMA_VERSION, enabledSince: null, entries: [] });

/** Long enough to cover "today" in any time zone; older entries only grow the file. */
const KEEP_MS = 3 * 24 * 3600_000;
const PAGE = 200;

function localDayKey(ms: number): string {
  const at = new Date(ms);
  return dayKey(at, -at.getTimezoneOffset());
}

/** A missing or invalid setting means off: an automatic message is never sent by accident. */
export function autoAckSettingsOf(settings: Settings): z.infer<typeof autoAckSettingsSchema> | null {
  const replies = settings.prefs['replies'];
  const raw =
    typeof replies === 'object' && replies !== null && !Array.isArray(replies) ? replies['autoAck'] : null;
  const parsed = autoAckSettingsSchema.safeParse(raw);
  return parsed.success && parsed.data.enabled ? parsed.data : null;
}

export class AutoAcknowledger {
  #chain: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | null = null;

  private constructor(
    private readonly deps: AutoAcknowledgerDeps,
    private readonly doc: JsonDoc<Ledger>,
  ) {
    this.#unsubscribe = deps.bus?.on('messages:changed', ({ ids }) => void this.onNewMessages(ids)) ?? null;
  }

  static async open(deps: AutoAcknowledgerDeps): Promise<AutoAcknowledger> {
    const ctx = { dataDir: deps.dataDir, fsync: deps.fsync ?? true, now: () => deps.clock.now() };
    const file = join(deps.dataDir, 'auto-ack.json');
    const { doc } = await loadDoc(file, 'outbox', isLedger, emptyLedger, ctx);
    return new AutoAcknowledger(deps, doc);
  }

  get ledger(): readonly AckLedgerEntry[] {
    return this.doc.data.entries;
  }

  get enabledSince(): string | null {
    return this.doc.data.enabledSince;
  }

  /**
   * One pass, after any pass already running. `ids` = the messages to look at (the classifier
   * just judged them); none = the recent INBOX (a sync). Never rejects: a failure is in the ledger.
   */
  onNewMessages(ids: readonly string[] = []): Promise<AckPlanResult<MessageMeta>> {
    const run = this.#chain.then(() => this.#run(ids));
    this.#chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run.catch(() => ({ acks: [], skipped: [] }));
  }

  /**
   * Call after the reply settings change: switching on starts the clock ("arrived after the
   * feature was switched on") now, not at the next sync, which may be minutes away.
   */
  async settingsChanged(): Promise<void> {
    await this.onNewMessages();
  }

  async close(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    await this.#chain;
    await this.doc.idle();
  }

  async #run(ids: readonly string[]): Promise<AckPlanResult<MessageMeta>> {
    const now = this.deps.clock.now().getTime();
    const ledger = this.doc.data;
    const settings = autoAckSettingsOf(this.deps.store.getSettings());
    if (settings === null) {
      if (ledger.enabledSince !== null) {
        ledger.enabledSince = null;
        await this.doc.save();
      }
      return { acks: [], skipped: [] };
    }
    if (ledger.enabledSince === null) {
      ledger.enabledSince = new Date(now).toISOString();
      await this.doc.save();
    }
    const maxAgeMs = this.deps.maxAgeMs ?? DEFAULT_ACK_MAX_AGE_MS;
    const dayKey = this.deps.dayKey ?? localDayKey;
    const candidates =
      ids.length > 0
        ? ids.map((id) => this.deps.store.getMessage(id)).filter((m): m is MessageMeta => m !== null)
        : this.#recent('inbox', now - maxAgeMs);
    // Nothing to look at (ids no longer stored, an empty INBOX): no need to read Sent.
    if (candidates.length === 0) return { acks: [], skipped: [] };
    const plan = planAcks(
      candidates,
      [...this.#ledgerPrior(), ...this.#sentPrior(now, dayKey)],
      settings.bodies,
      {
        now,
        enabledSince: ledger.enabledSince,
        maxAgeMs,
        dayKey,
      },
    );
    for (const ack of plan.acks) await this.#send(ack, now);
    return plan;
  }

  /** Newest first by Date, down to `since`: a sync's new mail without reading the whole store. */
  #recent(mailbox: 'inbox' | 'sent', since: number): MessageMeta[] {
    const out: MessageMeta[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = this.deps.store.listMessages({
        mailbox,
        order: 'date-desc',
        offset,
        limit: PAGE,
        includeExpunged: true,
      });
      out.push(...page);
      const last = page.at(-1);
      if (page.length < PAGE || last === undefined || Date.parse(last.date) < since) return out;
    }
  }

  #ledgerPrior(): PriorAck[] {
    return this.doc.data.entries.map((e) => ({
      buyer: e.buyer,
      day: e.day,
      messageIds: e.headerId === null ? [e.messageId] : [e.messageId, e.headerId],
    }));
  }

  /** Acknowledgements in Sent (Auto-Submitted): another desk's, or ours when the ledger was lost. */
  #sentPrior(now: number, dayKey: (ms: number) => string): PriorAck[] {
    return this.#recent('sent', now - KEEP_MS)
      .filter((m) => m.automated === 'auto-reply')
      .flatMap((m) =>
        m.to
          .filter((a) => isMarketplaceRelayAddress(a.address))
          .map((a) => ({
            buyer: a.address.toLowerCase(),
            day: dayKey(Date.parse(m.date)),
            messageIds: m.inReplyTo === null ? [] : [m.inReplyTo],
          })),
      );
  }

  async #send(ack: AckPlan<MessageMeta>, now: number): Promise<void> {
    const ledger = this.doc.data;
    const entry: AckLedgerEntry = {
      buyer: ack.buyer,
      day: ack.day,
      messageId: ack.message.id,
      headerId: ack.message.messageId,
      at: new Date(now).toISOString(),
      outcome: 'pending',
      outboxId: null,
      detail: null,
    };
    ledger.entries = [...ledger.entries.filter((e) => Date.parse(e.at) >= now - KEEP_MS), entry];
    await this.doc.save(); // durable before anything can go out: see the file comment
    try {
      const item = await this.deps.port.enqueue(await this.deps.compose(ack.message, ack.body));
      entry.outcome = 'queued';
      entry.outboxId = item.id;
    } catch (error) {
      entry.outcome = isDailyLimitError(error) ? 'limit' : 'failed';
      entry.detail = error instanceof Error ? error.message : String(error);
    }
    await this.doc.save();
  }
}

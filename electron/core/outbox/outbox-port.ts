import type { OutboxItemView } from '../../../shared/api/schemas/outbox.js';
import type { DailyUsageView } from './daily-usage-view.js';
import type { JsonValue } from '../store/store-types.js';

/**
 * The seam between composing a reply (drafts, compliance, MIME: electron/core/replies) and
 * delivering it (the outbox worker: electron/core/outbox). The composer hands over finished
 * bytes with the Message-ID already in them; the outbox never rewrites a message, so the
 * Sent-folder check after a crash searches for exactly what went on the wire.
 */
export interface OutgoingReply {
  kind: 'reply' | 'auto-ack';
  /** Without angle brackets; fixed when the user pressed send and written into `raw`. */
  messageId: string;
  /** The complete RFC 5322 message (CRLF line ends), quote and attachments included. */
  raw: Buffer;
  /** SMTP envelope: MAIL FROM and RCPT TO. */
  envelope: { from: string; to: string[] };
  /** For the outbox list: the recipient as shown, the subject, the first words of the body. */
  to: string;
  subject: string;
  snippet: string;
  threadId: string;
  /** Store id of the buyer message answered: marked \Answered when the reply is sent. */
  inReplyTo: string | null;
  /** ISO 8601: the collision check looks for answers and buyer messages after this moment. */
  draftStartedAt: string;
  /** The draft as the composer saved it, restored if the user discards the item (nothing typed is lost). */
  draft: JsonValue | null;
}

export interface OutboxPort {
  /**
   * Durable when it resolves (the raw bytes and the item are on disk), and only then may the
   * draft be deleted. Throws DailyLimitError when today's sends already reach the limit.
   */
  enqueue(reply: OutgoingReply): Promise<OutboxItemView>;
  /** Sends counted today against 5 × average daily orders + 600. */
  usage(): DailyUsageView;
}

/** Puts a discarded item's draft back in its thread; false when the thread already has a newer draft. */
export type DraftRestorer = (threadId: string, draft: JsonValue) => Promise<boolean>;

import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from './message.js';

/** The outbox as the window sees it (issue 5): one row per reply the user pressed send on. */

export const OUTBOX_STATES = [
  'queued', // persisted, waiting to be sent (offline, or backing off after a temporary failure)
  'sending', // on the wire now
  'checking', // after a crash or an unclear ending: looking for it in Sent before sending again
  'sent', // delivered to the SMTP server, in Sent, original marked \Answered
  'held', // stopped before sending: answered elsewhere or a newer buyer message (collision)
  'failed', // permanent failure (auth, 5xx): kept, waiting for the user
] as const;

export const OUTBOX_PROBLEMS = [
  'offline',
  'temporary', // 4xx, a cut connection: retried with capped backoff
  'auth', // SMTP login refused: fix the password in settings, then retry
  'rejected', // 5xx: the server refuses this message
  'answered-elsewhere', // another desk answered the thread since the draft was started
  'newer-message', // the buyer wrote again since the draft was started
  'unknown',
] as const;

export const outboxItemSchema = z.object({
  id: idSchema,
  kind: z.enum(['reply', 'auto-ack']),
  threadId: z.string(),
  inReplyTo: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  snippet: z.string(),
  messageId: z.string(),
  state: z.enum(OUTBOX_STATES),
  problem: z
    .object({
      code: z.enum(OUTBOX_PROBLEMS),
      /** The server's words (English or the server's language): shown under the translated reason. */
      detail: z.string(),
      /** Store ids of the messages behind a collision (the other reply, the newer buyer message). */
      messageIds: z.array(z.string()),
    })
    .nullable(),
  attempts: z.int().nonnegative(),
  createdAt: isoDateTimeSchema,
  nextAttemptAt: isoDateTimeSchema.nullable(),
  sentAt: isoDateTimeSchema.nullable(),
});
export type OutboxItemView = z.infer<typeof outboxItemSchema>;

export const outboxListRequestSchema = z.strictObject({ threadId: idSchema.nullable() });
export const outboxListResultSchema = z.object({ items: z.array(outboxItemSchema) });
export const outboxItemRequestSchema = z.strictObject({ id: idSchema });
/** Discarding returns the text to the thread's draft: nothing the user wrote is lost. */
export const outboxDiscardResultSchema = z.object({ restoredDraft: z.boolean() });

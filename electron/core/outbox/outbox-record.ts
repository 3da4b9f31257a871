import { z } from 'zod';
import type { OutboxItemView } from '../../../shared/api/schemas/outbox.js';
import type { MachineState } from '../../../shared/domain/outbox/outbox-machine.js';
import type { JsonValue } from '../store/store-types.js';
import { jsonValueSchema, STORE_SCHEMA_VERSION } from '../store/documents.js';

/** One reply in the outbox as stored: the composer's hand-over plus the state machine's state. */
export interface OutboxRecord extends MachineState {
  id: string;
  kind: 'reply' | 'auto-ack';
  messageId: string;
  envelope: { from: string; to: string[] };
  to: string;
  subject: string;
  snippet: string;
  threadId: string;
  inReplyTo: string | null;
  draftStartedAt: string;
  draft: JsonValue | null;
  createdAt: string;
  /** The .eml beside the document: the exact bytes that go on the wire, never rewritten. */
  rawFile: string;
}

export interface OutboxDoc {
  v: number;
  items: OutboxRecord[];
  /** Sends per local day (YYYY-MM-DD): survives the cleanup of old sent items. */
  sentPerDay: Record<string, number>;
}

const problemSchema = z.object({
  code: z.enum([
    'offline',
    'temporary',
    'auth',
    'rejected',
    'answered-elsewhere',
    'newer-message',
    'unknown',
  ]),
  detail: z.string(),
  messageIds: z.array(z.string()),
});

const recordSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['reply', 'auto-ack']),
  messageId: z.string().min(1),
  envelope: z.object({ from: z.string(), to: z.array(z.string()) }),
  to: z.string(),
  subject: z.string(),
  snippet: z.string(),
  threadId: z.string(),
  inReplyTo: z.string().nullable(),
  draftStartedAt: z.string(),
  draft: jsonValueSchema.nullable(),
  createdAt: z.string(),
  rawFile: z.string().regex(/^[\w-]+\.eml$/),
  phase: z.enum(['queued', 'sending', 'checking', 'delivered', 'sent', 'held', 'failed']),
  problem: problemSchema.nullable(),
  attempts: z.int().nonnegative(),
  failures: z.int().nonnegative(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  released: z.boolean(),
});

const docSchema = z.object({
  v: z.literal(STORE_SCHEMA_VERSION),
  items: z.array(recordSchema),
  sentPerDay: z.record(z.string(), z.int().nonnegative()),
});

export function isOutboxDoc(value: unknown): value is OutboxDoc {
  return docSchema.safeParse(value).success;
}

export function emptyOutboxDoc(): OutboxDoc {
  return { v: STORE_SCHEMA_VERSION, items: [], sentPerDay: {} };
}

/**
 * What the window sees. `delivered` shows as `sent`: the server has the reply and it will never
 * be sent again; filing the Sent copy and the \Answered mark is our bookkeeping, not the user's.
 */
export function toView(r: OutboxRecord): OutboxItemView {
  return {
    id: r.id,
    kind: r.kind,
    threadId: r.threadId,
    inReplyTo: r.inReplyTo,
    to: r.to,
    subject: r.subject,
    snippet: r.snippet,
    messageId: r.messageId,
    state: r.phase === 'delivered' ? 'sent' : r.phase,
    problem: r.problem === null ? null : { ...r.problem, messageIds: [...r.problem.messageIds] },
    attempts: r.attempts,
    createdAt: r.createdAt,
    nextAttemptAt: r.nextAttemptAt,
    sentAt: r.sentAt,
  };
}

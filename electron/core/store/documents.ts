import { z } from 'zod';
import type { MailboxRole, MessageMeta, MessageTriage } from '../../../shared/domain/message.js';
import { CATEGORIES, type Category } from '../../../shared/domain/classifier/types.js';
import { SIZE_LIMIT_STEPS } from '../../../shared/domain/download-plan.js';
import { BlobTable } from './blob-table.js';
import type { JsonValue, Operation, Settings, SyncStates } from './store-types.js';

/** The schema version this build writes. Bump it together with a step in migrations.ts. */
export const STORE_SCHEMA_VERSION = 5;

export interface SettingsDoc {
  v: number;
  settings: Settings;
}
export interface SyncStateDoc {
  v: number;
  mailboxes: SyncStates;
}
export interface OplogDoc {
  v: number;
  nextSeq: number;
  ops: Operation[];
}
/** A staff correction of the classifier: kept with its text so the model relearns it after a restart. */
export interface Correction {
  messageId: string;
  category: Category;
  subject: string;
  /** The body as classified, capped (CORRECTION_BODY_CAP): enough to learn from, never a whole mail. */
  body: string;
  at: string;
}
export const CORRECTION_BODY_CAP = 4000;
export interface TriageDoc {
  v: number;
  corrections: Correction[];
}

/** One metadata shard: the messages of one mailbox incarnation in one UID range. */
export interface ShardDoc {
  v: number;
  mailbox: MailboxRole;
  uidValidity: string;
  shard: number;
  messages: MessageMeta[];
  /** Keyed by message id. */
  blobs: BlobTable;
}

/** Flags and expunge marks changed since the message was put: small, so a triage click is cheap. */
export interface MessageState {
  flags: string[];
  modseq: string | null;
  expungedAt: string | null;
  /** Set when a late parent merged threads (ThreadIndex "absorbed"); absent in older overlays. */
  threadId?: string;
  /** Set when the classifier (re)judged the message after it was put; absent in older overlays. */
  triage?: MessageTriage | null;
}
/** The mutable side of one shard, keyed by message id; folded into the ShardDoc on its next write. */
export interface StateDoc {
  v: number;
  mailbox: MailboxRole;
  uidValidity: string;
  shard: number;
  changes: Record<string, MessageState>;
}

export const defaultSettingsDoc = (): SettingsDoc => ({
  v: STORE_SCHEMA_VERSION,
  settings: { uiLanguage: null, accounts: {}, prefs: {} },
});
export const defaultSyncStateDoc = (): SyncStateDoc => ({ v: STORE_SCHEMA_VERSION, mailboxes: {} });
export const defaultTriageDoc = (): TriageDoc => ({ v: STORE_SCHEMA_VERSION, corrections: [] });
export const defaultOplogDoc = (): OplogDoc => ({ v: STORE_SCHEMA_VERSION, nextSeq: 1, ops: [] });

/** Any JSON value (settings prefs, op payloads, an outbox item's saved draft). */
export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

// strictObject: a stray `password` key is refused rather than silently written in clear.
const serverSettings = z.strictObject({
  host: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  tls: z.enum(['implicit', 'starttls', 'none']),
  user: z.string(),
  caFile: z.string().nullable().default(null),
});
export const accountSettingsSchema = z.strictObject({ imap: serverSettings, smtp: serverSettings });

const settingsSchema = z.object({
  uiLanguage: z.string().nullable(),
  accounts: z.record(z.string(), accountSettingsSchema),
  prefs: z.record(z.string(), jsonValueSchema),
});

const syncState = z.object({
  path: z.string(),
  uidValidity: z.string(),
  lastSeenUid: z.number().int().min(0),
  highestModseq: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  sizeLimitSteps: z.record(z.string().regex(/^[1-9]\d*$/), z.enum(SIZE_LIMIT_STEPS)).optional(),
});

const operation = z.object({
  seq: z.number().int().positive(),
  createdAt: z.string(),
  kind: z.string(),
  payload: jsonValueSchema,
  state: z.enum(['pending', 'done', 'failed']),
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
});

const version = z.number().int().positive();

export const triageDocSchema = z.object({
  v: version,
  corrections: z.array(
    z.object({
      messageId: z.string().min(1),
      category: z.enum(CATEGORIES),
      subject: z.string(),
      body: z.string().max(CORRECTION_BODY_CAP),
      at: z.string(),
    }),
  ),
});

export const settingsDocSchema = z.object({ v: version, settings: settingsSchema });
export const syncStateDocSchema = z.object({
  v: version,
  mailboxes: z.object({ inbox: syncState.optional(), sent: syncState.optional() }),
});
export const oplogDocSchema = z.object({
  v: version,
  nextSeq: z.number().int().positive(),
  ops: z.array(operation),
});

interface ShardExpect {
  mailbox: string;
  uidValidity: string;
  shard: number;
  size: number;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Shards the packed decoder built: their field types hold by construction (shard-codec.ts). */
export const typedByDecoder = new WeakSet<object>();

/**
 * Hand-written rather than zod: a 100,000-message store is checked at every open and zod costs
 * several times more. It checks what the indexes and later writes rely on, nothing cosmetic.
 */
export function isShardDoc(x: unknown, expect: ShardExpect): x is ShardDoc {
  if (!isRecord(x) || typeof x.v !== 'number' || !Array.isArray(x.messages)) return false;
  if (!(x.blobs instanceof BlobTable) || !sameShard(x, expect)) return false;
  if (typedByDecoder.has(x)) {
    for (const m of x.messages as MessageMeta[])
      if (Math.floor(m.uid / expect.size) !== expect.shard) return false;
    return true;
  }
  for (const m of x.messages as unknown[]) {
    if (!isRecord(m)) return false;
    if (typeof m.id !== 'string' || typeof m.uid !== 'number' || m.uidValidity !== expect.uidValidity)
      return false;
    if (m.mailbox !== expect.mailbox || Math.floor(m.uid / expect.size) !== expect.shard) return false;
    if (typeof m.date !== 'string' || typeof m.subject !== 'string' || typeof m.sha256 !== 'string')
      return false;
    if (!Array.isArray(m.flags) || !Array.isArray(m.orderIds) || !('expungedAt' in m)) return false;
    if (m.buyer !== null && !(isRecord(m.buyer) && typeof m.buyer.address === 'string')) return false;
  }
  return true;
}

export function isStateDoc(x: unknown, expect: ShardExpect): x is StateDoc {
  if (!isRecord(x) || typeof x.v !== 'number' || !isRecord(x.changes) || !sameShard(x, expect)) return false;
  for (const c of Object.values(x.changes)) {
    if (!isRecord(c) || !Array.isArray(c.flags) || !c.flags.every((f) => typeof f === 'string')) return false;
    if (!(c.modseq === null || typeof c.modseq === 'string')) return false;
    if (!(c.expungedAt === null || typeof c.expungedAt === 'string')) return false;
    if (!(c.threadId === undefined || typeof c.threadId === 'string')) return false;
    if (!(c.triage === undefined || c.triage === null || isTriage(c.triage))) return false;
  }
  return true;
}

function isTriage(x: unknown): boolean {
  if (!isRecord(x) || typeof x.category !== 'string' || typeof x.confidence !== 'number') return false;
  return typeof x.uncertain === 'boolean' && Array.isArray(x.cues) && Array.isArray(x.signals);
}

function sameShard(x: Record<string, unknown>, expect: ShardExpect): boolean {
  return x.mailbox === expect.mailbox && x.uidValidity === expect.uidValidity && x.shard === expect.shard;
}

import { StoreTooNewError } from './errors.js';
import { STORE_SCHEMA_VERSION } from './documents.js';

/** outbox, drafts and templates: local-only documents (issues 5, 6), loaded by their own modules beside the store. */
export type DocKind =
  'settings' | 'sync-state' | 'oplog' | 'triage' | 'shard' | 'state' | 'outbox' | 'drafts' | 'templates';

/** Rewrites a document of version `from` into version `from + 1`; input is unvalidated JSON. */
type Step = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Ordered steps, indexed by the version they start from. Each document carries its own `v` and
 * is migrated as it is loaded, then written back; so a crash mid-migration leaves every file
 * either wholly old or wholly new, and the old one is re-migrated at the next open.
 */
const STEPS: Record<number, Partial<Record<DocKind, Step>>> = {
  // v1 stores deleted expunged messages (no expungedAt) and kept buyer addresses as the header had
  // them; the relay address is case-insensitive and is the key of a buyer's history.
  1: { shard: migrateShardV1 },
  // v3 changed how shards are stored, not what they hold: packed binary `<n>.shard` instead of JSON
  // `<n>.json` (shard-codec.ts). The loader reads both; the write-back after migrating converts.
  2: {},
  // v4 added MessageMeta.triage (the classifier's verdict). Packed v3 shards decode it as null;
  // JSON ones (v1/v2 on their way up) get it here. The core's background pass fills it in.
  3: { shard: migrateShardV3 },
  // v5 added MessageMeta.downloaded (headers only for mail over the download limit). Every message
  // stored before it came whole; packed v4 shards decode it so, JSON ones get it here.
  4: { shard: migrateShardV4 },
};

function migrateShardV4(doc: Record<string, unknown>): Record<string, unknown> {
  return withMessageDefaults(doc, { downloaded: 'whole' });
}

function migrateShardV3(doc: Record<string, unknown>): Record<string, unknown> {
  return withMessageDefaults(doc, { triage: null });
}

/** Adds fields a newer MessageMeta has to every message of a shard, keeping any already there. */
function withMessageDefaults(
  doc: Record<string, unknown>,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  const messages = Array.isArray(doc.messages) ? doc.messages : [];
  return {
    ...doc,
    messages: messages.map((m: unknown) =>
      typeof m === 'object' && m !== null ? { ...defaults, ...(m as Record<string, unknown>) } : m,
    ),
  };
}

function migrateShardV1(doc: Record<string, unknown>): Record<string, unknown> {
  const messages = Array.isArray(doc.messages) ? doc.messages : [];
  return {
    ...doc,
    messages: messages.map((m: unknown) => {
      if (typeof m !== 'object' || m === null) return m;
      const meta: Record<string, unknown> = { expungedAt: null, ...(m as Record<string, unknown>) };
      const buyer = meta.buyer;
      if (
        typeof buyer === 'object' &&
        buyer !== null &&
        'address' in buyer &&
        typeof buyer.address === 'string'
      ) {
        meta.buyer = { ...buyer, address: buyer.address.toLowerCase() };
      }
      return meta;
    }),
  };
}

export interface Migrated {
  doc: unknown;
  /** The version the document had, when it was older than this build's. */
  migratedFrom: number | null;
}

/** Brings a parsed document up to STORE_SCHEMA_VERSION; a missing `v` is left for validation to reject. */
export function migrate(kind: DocKind, parsed: unknown, file: string): Migrated {
  if (typeof parsed !== 'object' || parsed === null || !('v' in parsed) || typeof parsed.v !== 'number') {
    return { doc: parsed, migratedFrom: null };
  }
  const from = parsed.v;
  if (from > STORE_SCHEMA_VERSION) throw new StoreTooNewError(file, from, STORE_SCHEMA_VERSION);
  if (from === STORE_SCHEMA_VERSION || from < 1 || !Number.isInteger(from))
    return { doc: parsed, migratedFrom: null };
  let doc = parsed as Record<string, unknown>;
  for (let v = from; v < STORE_SCHEMA_VERSION; v++) {
    const step = STEPS[v]?.[kind];
    doc = { ...(step ? step(doc) : doc), v: v + 1 };
  }
  return { doc, migratedFrom: from };
}

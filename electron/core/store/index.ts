/**
 * # The local store
 *
 * A cache of the shared IMAP mailbox plus local-only state, in one data directory owned by one
 * process (`store.lock` holds its pid). Open it with `openStore(dataDir)`; the report says what
 * had to be recovered so the UI can tell the user.
 *
 * ```
 * <dataDir>/
 *   store.lock                          pid of the owning process
 *   settings.json   sync-state.json   oplog.json        small lowdb documents
 *   meta/<role>/<uidValidity>/<n>.shard message metadata, UIDs n*1000 .. n*1000+999 (see shard-set.ts),
 *                                       packed binary: JSON was most of the open time (shard-codec.ts)
 *   meta/<role>/<uidValidity>/<n>.state.json  flags/expunge marks changed since (small, cheap to rewrite)
 *   blobs/<role>/<uidValidity>/<n>.pack raw sources + decoded bodies, append-only (see blob-pack.ts)
 *   *.bak                               the previous version of each document, the recovery copy
 *   *.corrupt-<time>                    a bad file kept aside at open, never deleted by us
 * ```
 *
 * Messages: `putMessages`, `getMessage`, `findByUid`, `uidsIn`, `findBySha256`, `listMessages`,
 * `updateFlags`, `markExpunged` (never deletes), `replaceIdentity`, `readRaw`, `readBody`.
 * Buyers (derived): `getBuyer`, `listBuyers`. Sync: `getSyncState`, `setSyncState`.
 * Settings: `getSettings`, `updateSettings`, `setAccount` (no passwords, ever). Operation log:
 * `appendOp`, `markOpDone`, `markOpFailed`, `listPendingOps`. Lifecycle: `flush`, `close`.
 *
 * Guarantees:
 * - Every mutating call resolves only once its data is on disk (fsync'd temp file, rename,
 *   directory fsync). Calls made in the same tick that touch one document share one write.
 * - Reads are synchronous from memory except `readRaw`/`readBody`. Returned metas are shared
 *   objects: treat them as read-only (updates replace them, they never change in place).
 * - A document that fails to parse or has the wrong shape is kept aside and replaced by its
 *   .bak, or by an empty document when there is none. A lost metadata shard also rewinds that
 *   mailbox's sync state so the next sync fetches the missing messages again from the server.
 * - Each document carries a schema version `v`; older ones are migrated as they load (see
 *   migrations.ts) and a newer one stops the open with StoreTooNewError rather than be damaged.
 * - Dates in metas are compared as strings: they must be ISO 8601 in UTC (`toISOString()`).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PackWriter } from './blob-pack.js';
import type { OplogDoc, SettingsDoc, SyncStateDoc, TriageDoc } from './documents.js';
import {
  defaultOplogDoc,
  defaultTriageDoc,
  defaultSettingsDoc,
  defaultSyncStateDoc,
  oplogDocSchema,
  triageDocSchema,
  settingsDocSchema,
  syncStateDocSchema,
} from './documents.js';
import type { DocContext } from './json-doc.js';
import { loadDoc } from './json-doc.js';
import { acquireLock } from './lock.js';
import type { StoreOpenReport } from './mail-store.js';
import { MessageIndex } from './message-index.js';
import type { ShardRecovery } from './shard-set.js';
import { SHARD_SIZE, ShardSet } from './shard-set.js';
import { Store } from './store.js';
import type { OpenOptions, SyncStates } from './store-types.js';

export { Store } from './store.js';
export * from './errors.js';
export type * from './store-types.js';
export type * from './mail-store.js';
export type { Correction } from './documents.js';
export { CORRECTION_BODY_CAP } from './documents.js';
export { STORE_SCHEMA_VERSION } from './documents.js';
export { SHARD_SIZE } from './shard-set.js';

export async function openStore(
  dataDir: string,
  opts: OpenOptions = {},
): Promise<{ store: Store; report: StoreOpenReport }> {
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireLock(dataDir);
  try {
    const ctx: DocContext = {
      dataDir,
      fsync: opts.fsync ?? true,
      now: opts.now ?? (() => new Date()),
      onWrite: opts.onWrite,
    };
    const shards = new ShardSet(ctx);
    const [settings, syncState, oplog, triage, loadedShards] = await Promise.all([
      loadDoc(join(dataDir, 'settings.json'), 'settings', isSettingsDoc, defaultSettingsDoc, ctx),
      loadDoc(join(dataDir, 'sync-state.json'), 'sync-state', isSyncStateDoc, defaultSyncStateDoc, ctx),
      loadDoc(join(dataDir, 'oplog.json'), 'oplog', isOplogDoc, defaultOplogDoc, ctx),
      loadDoc(join(dataDir, 'triage.json'), 'triage', isTriageDoc, defaultTriageDoc, ctx),
      shards.loadAll(),
    ]);
    if (rewindSyncState(syncState.doc.data.mailboxes, loadedShards.recoveries)) await syncState.doc.save();

    const index = new MessageIndex();
    for (const { meta, state } of shards.all()) {
      const { changes } = state.data;
      const changed = Object.keys(changes).length > 0; // usually not: skip 100,000 key lookups
      for (const base of meta.data.messages) {
        const change = changed ? changes[base.id] : undefined;
        index.add(change ? { ...base, ...change } : base);
      }
    }
    const migrated = [settings, syncState, oplog, triage, loadedShards]
      .map((l) => l.migratedFrom)
      .filter((v) => v !== null);
    const report: StoreOpenReport = {
      recovered: [
        ...[settings, syncState, oplog, triage].flatMap((l) => (l.recovery ? [l.recovery] : [])),
        ...loadedShards.recoveries.map(({ file, action, keptCorruptAs }) => ({
          file,
          action,
          keptCorruptAs,
        })),
      ],
      migratedFrom: migrated.length > 0 ? Math.min(...migrated) : null,
    };
    const packs = new PackWriter(dataDir, ctx.fsync, opts.onWrite);
    const store = new Store({
      dataDir,
      lock,
      shards,
      packs,
      index,
      settings: settings.doc,
      syncState: syncState.doc,
      oplog: oplog.doc,
      triage: triage.doc,
      now: ctx.now,
    });
    return { store, report };
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/**
 * A metadata shard restored from its .bak lacks the last batch written to it, and an emptied one
 * lacks all of it, yet the sync state may already count those UIDs as stored. The server is the shared
 * truth: rewind so sync fetches that range again, and forget the mod-sequence so flags are re-read.
 */
function rewindSyncState(mailboxes: SyncStates, recoveries: ShardRecovery[]): boolean {
  let changed = false;
  for (const { location, action, part } of recoveries) {
    const state = mailboxes[location.mailbox];
    if (!state || state.uidValidity !== location.uidValidity) continue;
    if (part === 'state') {
      mailboxes[location.mailbox] = { ...state, highestModseq: null }; // lost flag changes: re-read all flags
    } else if (action === 'reset-empty') {
      delete mailboxes[location.mailbox];
    } else {
      const lastSeenUid = Math.min(state.lastSeenUid, Math.max(0, location.shard * SHARD_SIZE - 1));
      mailboxes[location.mailbox] = { ...state, lastSeenUid, highestModseq: null };
    }
    changed = true;
  }
  return changed;
}

const isSettingsDoc = (x: unknown): x is SettingsDoc => settingsDocSchema.safeParse(x).success;
const isSyncStateDoc = (x: unknown): x is SyncStateDoc => syncStateDocSchema.safeParse(x).success;
const isOplogDoc = (x: unknown): x is OplogDoc => oplogDocSchema.safeParse(x).success;
const isTriageDoc = (x: unknown): x is TriageDoc => triageDocSchema.safeParse(x).success;

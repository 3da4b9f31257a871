import { access, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { MailboxRole } from '../../../shared/domain/message.js';
import type { ShardDoc, StateDoc } from './documents.js';
import { isShardDoc, isStateDoc, STORE_SCHEMA_VERSION } from './documents.js';
import { backupPath, errorCode, fsyncDir } from './durable-file.js';
import type { DocContext, Recovery } from './json-doc.js';
import { JsonDoc, loadDoc } from './json-doc.js';
import { BlobTable } from './blob-table.js';
import { shardCodec } from './shard-codec.js';

/**
 * Metadata is sharded by mailbox, UIDVALIDITY and a UID range of SHARD_SIZE. Servers hand out UIDs
 * in arrival order, so sync appends touch only the newest shard and a shard never outgrows
 * SHARD_SIZE metas (~1.3 MB), however large the mailbox; month shards would be unbounded for a
 * busy seller. A UIDVALIDITY change starts a fresh directory beside the old incarnation's history.
 * Each shard is two documents: `<n>.shard` (metas, packed, rewritten by sync) and `<n>.state.json`
 * (flags and expunge marks changed since, rewritten by a triage click: kilobytes, not a megabyte).
 * Before schema v3 the metas were JSON in `<n>.json`; such a shard is converted as it loads.
 */
export const SHARD_SIZE = 1000;

const ROLE_SET = { inbox: true, sent: true } satisfies Record<MailboxRole, true>;
export const MAILBOX_ROLES = Object.keys(ROLE_SET) as MailboxRole[];

/** UIDVALIDITY is a uint32 from the server, but it is untrusted input: never let it name a path. */
function dirName(uidValidity: string): string {
  return /^[0-9]{1,20}$/.test(uidValidity) ? uidValidity : `x${Buffer.from(uidValidity).toString('hex')}`;
}

function fromDirName(name: string): string | null {
  if (/^[0-9]{1,20}$/.test(name)) return name;
  if (/^x([0-9a-f]{2})*$/.test(name)) return Buffer.from(name.slice(1), 'hex').toString();
  return null;
}

export interface ShardLocation {
  mailbox: MailboxRole;
  uidValidity: string;
  shard: number;
}

export function locate(mailbox: MailboxRole, uidValidity: string, uid: number): ShardLocation {
  return { mailbox, uidValidity, shard: Math.floor(uid / SHARD_SIZE) };
}

/** Forward slashes: the key doubles as the pack path stored in BlobRefs, portable across OSes. */
export function shardKey(loc: ShardLocation): string {
  return `${loc.mailbox}/${dirName(loc.uidValidity)}/${loc.shard}`;
}

export function packPath(key: string): string {
  return `blobs/${key}.pack`;
}

export interface Shard {
  key: string;
  location: ShardLocation;
  meta: JsonDoc<ShardDoc>;
  state: JsonDoc<StateDoc>;
}

export interface ShardRecovery extends Recovery {
  location: ShardLocation;
  part: 'meta' | 'state';
}

export class ShardSet {
  readonly #shards = new Map<string, Shard>();

  constructor(private readonly ctx: DocContext) {}

  get(key: string): Shard | undefined {
    return this.#shards.get(key);
  }

  all(): IterableIterator<Shard> {
    return this.#shards.values();
  }

  async getOrCreate(location: ShardLocation): Promise<Shard> {
    const key = shardKey(location);
    const existing = this.#shards.get(key);
    if (existing) return existing;
    const files = this.#files(key);
    await mkdir(dirname(files.meta), { recursive: true });
    const again = this.#shards.get(key); // another caller may have created it while we awaited
    if (again) return again;
    // loadAll() saw every shard on disk, so a shard we do not hold is new.
    const shard: Shard = {
      key,
      location,
      meta: new JsonDoc(files.meta, emptyMeta(location), this.ctx, shardCodec),
      state: new JsonDoc(files.state, emptyState(location), this.ctx),
    };
    this.#shards.set(key, shard);
    return shard;
  }

  /** Loads every shard on disk; one with only a .bak left is found (and restored) too. */
  async loadAll(): Promise<{ recoveries: ShardRecovery[]; migratedFrom: number | null }> {
    const found: Array<{ location: ShardLocation; packed: boolean; legacy: boolean }> = [];
    for (const mailbox of MAILBOX_ROLES) {
      for (const uvDir of await listDir(join(this.ctx.dataDir, 'meta', mailbox))) {
        const uidValidity = fromDirName(uvDir);
        if (uidValidity === null) continue;
        const shards = new Map<number, { packed: boolean; legacy: boolean }>();
        for (const name of await listDir(join(this.ctx.dataDir, 'meta', mailbox, uvDir))) {
          const m = /^(\d+)(\.state\.json|\.shard|\.json)(\.bak)?$/.exec(name);
          if (m?.[1] === undefined) continue;
          const kinds = shards.get(Number(m[1])) ?? { packed: false, legacy: false };
          if (m[2] === '.shard') kinds.packed = true;
          if (m[2] === '.json') kinds.legacy = true;
          shards.set(Number(m[1]), kinds);
        }
        for (const [shard, kinds] of shards)
          found.push({ location: { mailbox, uidValidity, shard }, ...kinds });
      }
    }
    const recoveries: ShardRecovery[] = [];
    let migratedFrom: number | null = null;
    await Promise.all(
      found.map(async ({ location, packed, legacy }) => {
        const key = shardKey(location);
        const files = this.#files(key);
        const expect = { ...location, size: SHARD_SIZE };
        const isMeta = (x: unknown): x is ShardDoc => isShardDoc(x, expect);
        const isState = (x: unknown): x is StateDoc => isStateDoc(x, expect);
        // A v2 shard loads from its JSON file and is written packed at once; when both exist, a
        // conversion was interrupted after the packed file was durable, so that one is current.
        const from = legacy && !packed ? files.legacy : files.meta;
        const [meta, state] = await Promise.all([
          loadDoc(from, 'shard', isMeta, () => emptyMeta(location), this.ctx, {
            codec: shardCodec,
            writeTo: files.meta,
          }),
          loadDoc(files.state, 'state', isState, () => emptyState(location), this.ctx),
        ]);
        if (legacy) await retireLegacy(files.legacy, files.meta, this.ctx.fsync);
        this.#shards.set(key, { key, location, meta: meta.doc, state: state.doc });
        if (meta.recovery) recoveries.push({ ...meta.recovery, location, part: 'meta' });
        if (state.recovery) recoveries.push({ ...state.recovery, location, part: 'state' });
        for (const from of [meta.migratedFrom, state.migratedFrom]) {
          if (from !== null) migratedFrom = Math.min(from, migratedFrom ?? from);
        }
      }),
    );
    return { recoveries, migratedFrom };
  }

  async idle(): Promise<void> {
    await Promise.all([...this.#shards.values()].flatMap((s) => [s.meta.idle(), s.state.idle()]));
  }

  #files(key: string): { meta: string; legacy: string; state: string } {
    const base = join(this.ctx.dataDir, 'meta', key);
    return { meta: `${base}.shard`, legacy: `${base}.json`, state: `${base}.state.json` };
  }
}

/**
 * The v2 JSON file becomes the packed file's backup (the loader reads either format), so the
 * version before the conversion stays recoverable; an older JSON backup is no longer needed.
 */
async function retireLegacy(legacy: string, meta: string, fsync: boolean): Promise<void> {
  const bak = backupPath(meta);
  for (const file of [legacy, backupPath(legacy)]) {
    if (!(await exists(file))) continue;
    if (await exists(bak)) await unlink(file);
    else await rename(file, bak);
  }
  if (fsync) await fsyncDir(dirname(meta));
}

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** The meta document is being rewritten anyway: take the state overlay into it and empty the overlay. */
export function foldState(shard: Shard): void {
  const { changes } = shard.state.data;
  const ids = Object.keys(changes);
  if (ids.length === 0) return;
  const messages = shard.meta.data.messages;
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    const c = m ? changes[m.id] : undefined;
    if (m && c) messages[i] = { ...m, ...c };
  }
  shard.state.data.changes = {};
}

function emptyMeta(loc: ShardLocation): ShardDoc {
  return { v: STORE_SCHEMA_VERSION, ...loc, messages: [], blobs: new BlobTable() };
}

function emptyState(loc: ShardLocation): StateDoc {
  return { v: STORE_SCHEMA_VERSION, ...loc, changes: {} };
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return [];
    throw err;
  }
}

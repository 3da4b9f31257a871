import { access, readFile, rename } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Adapter } from 'lowdb';
import { Low } from 'lowdb';
import { WriteCoalescer } from './coalescer.js';
import { backupPath, errorCode, writeFileDurable } from './durable-file.js';
import type { DocCodec } from './json-codec.js';
import { jsonCodec } from './json-codec.js';
import type { DocKind } from './migrations.js';
import { migrate } from './migrations.js';
import type { StoreOpenReport } from './mail-store.js';

export type Recovery = StoreOpenReport['recovered'][number];

export interface DocContext {
  dataDir: string;
  fsync: boolean;
  now: () => Date;
  onWrite?: (file: string) => void;
}

/** lowdb adapter writing through writeFileDurable (fsync + .bak) instead of steno. */
class DurableAdapter<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly ctx: DocContext,
    private readonly codec: DocCodec<T>,
  ) {}

  /** Unvalidated: the store loads documents through loadDoc(), which checks and recovers. */
  async read(): Promise<T | null> {
    const bytes = await readBytes(this.file);
    return bytes === null ? null : (this.codec.decode(bytes) as T);
  }

  async write(data: T): Promise<void> {
    const bytes = this.codec.encode(data);
    await writeFileDurable(this.file, bytes, { keepBackup: true, fsync: this.ctx.fsync });
    this.ctx.onWrite?.(this.file);
  }
}

/**
 * One lowdb document whose saves are coalesced: mutate `data`, then `await save()`. JSON unless
 * given another codec (metadata shards are packed binary, see shard-codec.ts).
 */
export class JsonDoc<T> {
  readonly low: Low<T>;
  readonly #coalescer: WriteCoalescer;

  constructor(
    readonly file: string,
    data: T,
    ctx: DocContext,
    codec: DocCodec<T> = jsonCodec,
  ) {
    this.low = new Low<T>(new DurableAdapter<T>(file, ctx, codec), data);
    this.#coalescer = new WriteCoalescer(() => this.low.write());
  }

  get data(): T {
    return this.low.data;
  }

  save(): Promise<void> {
    return this.#coalescer.request();
  }

  idle(): Promise<void> {
    return this.#coalescer.idle();
  }
}

export interface Loaded<T> {
  doc: JsonDoc<T>;
  recovery: Recovery | null;
  migratedFrom: number | null;
}

type Check<T> = (x: unknown) => x is T;

export interface LoadOptions<T> {
  codec?: DocCodec<T>;
  /** Where the loaded document lives from now on, when not `file` (a format change renamed it). */
  writeTo?: string;
}

/**
 * Reads a document, falling back to its .bak when it is unreadable or the wrong shape. A bad file
 * is renamed aside, never overwritten, so nothing is lost that a person could still rescue.
 */
export async function loadDoc<T>(
  file: string,
  kind: DocKind,
  check: Check<T>,
  defaults: () => T,
  ctx: DocContext,
  opts: LoadOptions<T> = {},
): Promise<Loaded<T>> {
  const codec: DocCodec<T> = opts.codec ?? jsonCodec;
  const target = opts.writeTo ?? file;
  const moved = target !== file;
  const makeDoc = (data: T): JsonDoc<T> => new JsonDoc(target, data, ctx, codec);
  const rel = relative(ctx.dataDir, file);
  const mainBytes = await readBytes(file);
  let keptCorruptAs = '';
  if (mainBytes !== null) {
    const main = decodeChecked(mainBytes, codec, kind, check, file);
    if (main) return finish(makeDoc(main.doc), null, main.migratedFrom, moved);
    keptCorruptAs = relative(ctx.dataDir, await keepAside(file, ctx.now()));
  }
  const bak = backupPath(file);
  const bakBytes = await readBytes(bak);
  if (bakBytes !== null) {
    const backup = decodeChecked(bakBytes, codec, kind, check, bak);
    if (backup) {
      const recovery: Recovery = { file: rel, action: 'restored-backup', keptCorruptAs };
      return finish(makeDoc(backup.doc), recovery, backup.migratedFrom, true);
    }
    const bakAside = relative(ctx.dataDir, await keepAside(bak, ctx.now()));
    keptCorruptAs ||= bakAside;
  }
  if (mainBytes === null && bakBytes === null)
    return { doc: makeDoc(defaults()), recovery: null, migratedFrom: null };
  return finish(makeDoc(defaults()), { file: rel, action: 'reset-empty', keptCorruptAs }, null, true);
}

async function finish<T>(
  doc: JsonDoc<T>,
  recovery: Recovery | null,
  migratedFrom: number | null,
  forceWrite = false,
): Promise<Loaded<T>> {
  // Write back at once: a migrated or recovered document must not be recovered again next open.
  if (migratedFrom !== null || forceWrite) await doc.save();
  return { doc, recovery, migratedFrom };
}

function decodeChecked<T>(
  bytes: Buffer,
  codec: DocCodec<T>,
  kind: DocKind,
  check: Check<T>,
  file: string,
): { doc: T; migratedFrom: number | null } | null {
  let parsed: unknown;
  try {
    parsed = codec.decode(bytes);
  } catch {
    return null;
  }
  const { doc, migratedFrom } = migrate(kind, parsed, file); // throws StoreTooNewError: not corruption
  return check(doc) ? { doc, migratedFrom } : null;
}

export async function readBytes(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw err;
  }
}

async function keepAside(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 0; ; n++) {
    const target = `${file}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}`;
    const taken = await access(target).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    await rename(file, target);
    return target;
  }
}

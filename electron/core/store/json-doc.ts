import { access, readFile, rename } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Adapter } from 'lowdb';
import { Low } from 'lowdb';
import { WriteCoalescer } from './coalescer.js';
import { backupPath, errorCode, writeFileDurable } from './durable-file.js';
import { decodeText, encodeJson } from './json-codec.js';
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
class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly ctx: DocContext,
    private readonly asciiOnly: boolean,
  ) {}

  /** Unvalidated: the store loads documents through loadDoc(), which checks and recovers. */
  async read(): Promise<T | null> {
    const text = await readText(this.file);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    const bytes = encodeJson(data, this.asciiOnly);
    await writeFileDurable(this.file, bytes, { keepBackup: true, fsync: this.ctx.fsync });
    this.ctx.onWrite?.(this.file);
  }
}

/** One lowdb document whose saves are coalesced: mutate `data`, then `await save()`. */
export class JsonDoc<T> {
  readonly low: Low<T>;
  readonly #coalescer: WriteCoalescer;

  constructor(
    readonly file: string,
    data: T,
    ctx: DocContext,
    asciiOnly = false,
  ) {
    this.low = new Low<T>(new DurableJsonAdapter<T>(file, ctx, asciiOnly), data);
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
  asciiOnly = false,
): Promise<Loaded<T>> {
  const rel = relative(ctx.dataDir, file);
  const mainText = await readText(file);
  let keptCorruptAs = '';
  if (mainText !== null) {
    const main = parseChecked(mainText, kind, check, file);
    if (main) return finish(new JsonDoc(file, main.doc, ctx, asciiOnly), null, main.migratedFrom);
    keptCorruptAs = relative(ctx.dataDir, await keepAside(file, ctx.now()));
  }
  const bak = backupPath(file);
  const bakText = await readText(bak);
  if (bakText !== null) {
    const backup = parseChecked(bakText, kind, check, bak);
    if (backup) {
      const doc = new JsonDoc(file, backup.doc, ctx, asciiOnly);
      return finish(doc, { file: rel, action: 'restored-backup', keptCorruptAs }, backup.migratedFrom, true);
    }
    const bakAside = relative(ctx.dataDir, await keepAside(bak, ctx.now()));
    keptCorruptAs ||= bakAside;
  }
  if (mainText === null && bakText === null)
    return { doc: new JsonDoc(file, defaults(), ctx, asciiOnly), recovery: null, migratedFrom: null };
  return finish(
    new JsonDoc(file, defaults(), ctx, asciiOnly),
    { file: rel, action: 'reset-empty', keptCorruptAs },
    null,
    true,
  );
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

function parseChecked<T>(
  text: string,
  kind: DocKind,
  check: Check<T>,
  file: string,
): { doc: T; migratedFrom: number | null } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const { doc, migratedFrom } = migrate(kind, parsed, file); // throws StoreTooNewError: not corruption
  return check(doc) ? { doc, migratedFrom } : null;
}

export async function readText(file: string): Promise<string | null> {
  try {
    return decodeText(await readFile(file)); // not readFile(f, 'utf8'): its chunked decoder is ~3x slower
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

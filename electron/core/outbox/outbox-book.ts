import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, ignoreCode, writeFileDurable } from '../store/durable-file.js';
import { loadDoc, type JsonDoc, type Recovery } from '../store/json-doc.js';
import { emptyOutboxDoc, isOutboxDoc, type OutboxDoc, type OutboxRecord } from './outbox-record.js';

/** How long sent items stay listed, and how long the per-day counter keeps a day. */
const KEEP_SENT_DAYS = 7;
const KEEP_COUNTER_DAYS = 8;

/**
 * The outbox on disk: `<dataDir>/outbox/outbox.json` (the items) and one `<id>.eml` per item.
 * Write order is the whole crash story: the .eml is fsync'd before the item that names it, and
 * the item is removed before its .eml. A crash anywhere leaves no item or a complete one; the
 * worst left over is an .eml nobody names, deleted at the next open.
 */
export class OutboxBook {
  private constructor(
    private readonly dir: string,
    private readonly doc: JsonDoc<OutboxDoc>,
    private readonly fsync: boolean,
    readonly recovery: Recovery | null,
  ) {}

  static async open(dataDir: string, opts: { fsync: boolean; now: () => Date }): Promise<OutboxBook> {
    const dir = join(dataDir, 'outbox');
    await mkdir(dir, { recursive: true });
    const { doc, recovery } = await loadDoc(join(dir, 'outbox.json'), 'outbox', isOutboxDoc, emptyOutboxDoc, {
      dataDir,
      fsync: opts.fsync,
      now: opts.now,
    });
    const book = new OutboxBook(dir, doc, opts.fsync, recovery);
    await book.removeOrphans();
    return book;
  }

  items(): readonly OutboxRecord[] {
    return this.doc.data.items;
  }

  get(id: string): OutboxRecord | undefined {
    return this.doc.data.items.find((r) => r.id === id);
  }

  async add(record: OutboxRecord, raw: Buffer): Promise<void> {
    await writeFileDurable(join(this.dir, record.rawFile), raw, { keepBackup: false, fsync: this.fsync });
    this.doc.data.items.push(record);
    await this.doc.save();
  }

  /** Applies `patch` and resolves once it is on disk. */
  async update(id: string, patch: Partial<OutboxRecord>, countSentOn?: string): Promise<OutboxRecord> {
    const record = this.get(id);
    if (!record) throw new Error(`outbox item ${id} is gone`);
    Object.assign(record, patch);
    if (countSentOn !== undefined) {
      const perDay = this.doc.data.sentPerDay;
      perDay[countSentOn] = (perDay[countSentOn] ?? 0) + 1;
    }
    await this.doc.save();
    return record;
  }

  async remove(id: string): Promise<OutboxRecord | undefined> {
    const record = this.get(id);
    if (!record) return undefined;
    this.doc.data.items = this.doc.data.items.filter((r) => r !== record);
    await this.doc.save();
    await this.unlinkRaw(record);
    return record;
  }

  readRaw(record: OutboxRecord): Promise<Buffer> {
    return readFile(join(this.dir, record.rawFile));
  }

  sentOn(day: string): number {
    return this.doc.data.sentPerDay[day] ?? 0;
  }

  /** Drops sent items and day counters past their keep time (`today` is a YYYY-MM-DD key). */
  async prune(now: Date, today: string): Promise<void> {
    const cutoff = now.getTime() - KEEP_SENT_DAYS * 86_400_000;
    const old = this.doc.data.items.filter(
      (r) => r.phase === 'sent' && r.sentAt !== null && Date.parse(r.sentAt) < cutoff,
    );
    const perDay = this.doc.data.sentPerDay;
    const oldestDay = new Date(Date.parse(today) - KEEP_COUNTER_DAYS * 86_400_000).toISOString().slice(0, 10);
    const oldDays = Object.keys(perDay).filter((d) => d < oldestDay);
    if (old.length === 0 && oldDays.length === 0) return;
    for (const day of oldDays) delete perDay[day];
    // One save for all of them, then the files: the same order as remove().
    this.doc.data.items = this.doc.data.items.filter((r) => !old.includes(r));
    await this.doc.save();
    for (const r of old) await this.unlinkRaw(r);
  }

  private unlinkRaw(record: OutboxRecord): Promise<void> {
    return unlink(join(this.dir, record.rawFile)).catch(ignoreCode('ENOENT'));
  }

  close(): Promise<void> {
    return this.doc.idle();
  }

  private async removeOrphans(): Promise<void> {
    const named = new Set(this.doc.data.items.map((r) => r.rawFile));
    const stray = (await readdir(this.dir)).filter(
      (f) => (f.endsWith('.eml') && !named.has(f)) || /^\..*\.eml\.tmp$/.test(f),
    );
    for (const f of stray) await unlink(join(this.dir, f)).catch(ignoreCode('ENOENT'));
    if (stray.length > 0 && this.fsync) await fsyncDir(this.dir);
  }
}

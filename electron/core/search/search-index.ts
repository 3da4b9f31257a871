import type { MessageMeta } from '../../../shared/domain/message.js';
import { BuildPacer } from './build-pacer.js';
import { DocTable } from './doc-table.js';
import { docTerms } from './doc-terms.js';
import { readIndexFile, writeIndexFile } from './index-file.js';
import { matchAll, MatchScratch, topK } from './match.js';
import { posting } from './postings.js';
import { LiveSegment, mergeSegments, type FrozenSegment, type Segment } from './segment.js';
import {
  hitOf,
  type SearchAnswer,
  type SearchHit,
  type SearchIndexOptions,
  type SearchSource,
} from './search-hit.js';
import {
  FREEZE_MIN_DOCS,
  FREEZE_STEP_DOCS,
  INDEX_CHUNK,
  SAVE_DELAY_MS,
  SETTLE_MAX_PENDING,
} from './search-tuning.js';
import { queryTokens, wantsPrefix } from './tokenize.js';

export { BODY_INDEX_CHARS } from './doc-terms.js';
export {
  INDEX_CHUNK,
  SEARCH_IDLE_START_MS,
  SEARCH_START_DELAY_MS,
  SETTLE_MAX_PENDING,
} from './search-tuning.js';
export type { SearchAnswer, SearchHit, SearchIndexOptions, SearchSource } from './search-hit.js';

/** Bump when tokenize.ts, doc-terms.ts or postings.ts change what is indexed: saved files are then rebuilt. */
export const INDEX_TOKENIZER_VERSION = 1;

/**
 * A full-text index over the store. Built in the background (see `start`) and saved to `file`
 * after a build and at close, so the next start loads it instead of re-reading every body. The
 * file is only a cache, checked against the store at every load (new mail indexed, vanished ids
 * dropped, expunges applied). Until the build is done answers say `partial: true`. It runs in
 * the main process, paced (build-pacer.ts): a worker would need its own copy of the store's blob
 * reads, and after the first build the work per start is only the mail that arrived meanwhile.
 */
export class SearchIndex {
  readonly #chunk: number;
  readonly #file: string | null;
  readonly #docs = new DocTable();
  readonly #scratch = new MatchScratch();
  readonly #terms = new Map<string, number>();
  #base: FrozenSegment | null = null;
  #live = new LiveSegment();
  readonly #queued = new Set<string>();
  readonly #named = new Set<string>();
  #pending: MessageMeta[] = [];
  #dirty = true;
  #unsaved = false;
  #loading: Promise<void> | null = null;
  /** The saved index is loaded (or found unusable): only then is the store compared against it. */
  #ready = false;
  #running: Promise<void> | null = null;
  #saving: Promise<void> = Promise.resolve();
  #saveTimer: NodeJS.Timeout | null = null;
  #startTimer: NodeJS.Timeout | null = null;
  #closed = false;
  readonly #pacer = new BuildPacer();

  constructor(
    private readonly source: SearchSource,
    options: SearchIndexOptions = {},
  ) {
    this.#chunk = Math.max(1, options.chunk ?? INDEX_CHUNK);
    this.#file = options.file ?? null;
  }

  /** Starts in `ms` (replacing an earlier schedule) unless a query or `start` comes first. */
  startIn(ms: number): void {
    if (this.#loading !== null || this.#closed) return;
    if (this.#startTimer) clearTimeout(this.#startTimer);
    this.#startTimer = setTimeout(() => {
      this.#startTimer = null;
      void this.start();
    }, ms);
    // Never holds up a close or a process exit.
    this.#startTimer.unref();
  }

  /** Loads the saved index (if any) and starts indexing the rest in the background. */
  start(): Promise<void> {
    this.#loading ??= this.#load().finally(() => {
      this.#ready = true;
      this.#sync();
      void this.#warmUp();
    });
    return this.#loading;
  }

  /**
   * On 'messages:changed'. No ids (a sync, the demo): the whole store is compared at the next
   * query. Named ids (triage verdicts, many at start-up): only those, not 100,000 metas.
   */
  markChanged(ids: readonly string[] = []): void {
    if (ids.length === 0) this.#dirty = true;
    for (const id of ids) this.#named.add(id);
  }

  get building(): boolean {
    return !this.#ready || this.#pending.length > 0 || this.#running !== null;
  }

  /**
   * Before answering: waits for the index when what is left is small (a few new mails, a small or
   * demo mailbox), so such answers are complete rather than `partial` and the list does not have
   * to ask again; a large build is not waited for (the answer says `partial`).
   */
  async settle(maxPending = SETTLE_MAX_PENDING): Promise<void> {
    await this.start();
    this.#sync();
    if (this.#pending.length > maxPending) return;
    this.#pacer.hurry();
    while (this.#running !== null && this.#pending.length <= maxPending) await this.#running;
  }

  /** Resolves when every known message is indexed (tests, benchmarks). */
  async whenBuilt(): Promise<void> {
    await this.start();
    this.#sync();
    this.#pacer.hurry();
    while (this.#running !== null) await this.#running;
  }

  /** Stops building and saves what was indexed since the last save (the next start resumes). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#pending = [];
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    if (this.#startTimer) clearTimeout(this.#startTimer);
    this.#saveTimer = this.#startTimer = null;
    this.#pacer.hurry();
    await this.#loading;
    await this.#running;
    await this.save();
  }

  /** The user is doing something: indexing stands aside for a moment (build-pacer.ts). */
  noteActivity(): void {
    this.#pacer.noteActivity();
  }

  /**
   * The first queries in a process run cold (50-90 ms for 商品 at 100,000: ICU loading the ja/zh/ko
   * segmenter dictionaries, unoptimised code): paid here, one per turn, not at the first keystroke.
   */
  async #warmUp(): Promise<void> {
    for (const q of ['商品について', '发货', '배송', 'a', 'damaged']) {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.#closed) return;
      this.#answer(q, 20);
    }
  }

  query(q: string, limit: number): SearchAnswer {
    this.noteActivity();
    return this.#answer(q, limit);
  }

  #answer(q: string, limit: number): SearchAnswer {
    if (this.#loading === null) void this.start();
    this.#sync();
    const partial = this.building ? ({ partial: true } as const) : {};
    const tokens = queryTokens(q);
    const terms = tokens.map((term, i) => ({ term, prefix: wantsPrefix(term, i === tokens.length - 1) }));
    const segments: Segment[] = this.#base ? [this.#base, this.#live] : [this.#live];
    const hits = matchAll(segments, terms, this.#docs.size, this.#scratch, this.#docs.alive);
    const items: SearchHit[] = [];
    for (const h of topK(hits, limit, this.#docs.dates)) {
      const meta = this.source.getMessage(this.#docs.ids[hits.docs[h] ?? 0] ?? '');
      if (meta) items.push(hitOf(meta, hits.scores[h] ?? 0, tokens));
    }
    return { items, total: hits.docs.length, ...partial };
  }

  /** Writes the index if anything changed since the last write; a failed write only costs a rebuild. */
  save(): Promise<void> {
    // One write at a time: both would use the same temporary file.
    this.#saving = this.#saving.then(() => this.#saveNow());
    return this.#saving;
  }

  async #saveNow(): Promise<void> {
    if (!this.#file || !this.#unsaved) return;
    this.#freeze();
    const segment = this.#base;
    if (!segment) return;
    this.#unsaved = false;
    // Encoded before the first await: later indexing cannot change what this write holds.
    await writeIndexFile(this.#file, {
      tokenizer: INDEX_TOKENIZER_VERSION,
      ids: this.#docs.ids,
      dates: this.#docs.dates,
      segment,
    }).catch(() => {
      this.#unsaved = true;
    });
  }

  async #load(): Promise<void> {
    if (!this.#file || this.#docs.size > 0) return;
    const image = await readIndexFile(this.#file, INDEX_TOKENIZER_VERSION);
    if (!image || this.#docs.size > 0) return;
    image.ids.forEach((id, doc) => this.#docs.add(id, image.dates[doc] ?? 0));
    this.#base = image.segment;
    this.#dirty = true;
  }

  #sync(): void {
    if (this.#closed || !this.#ready) return;
    if (this.#named.size > 0) this.#syncNamed();
    if (this.#dirty) this.#syncAll();
    if (this.#running === null && this.#pending.length > 0) {
      this.#running = this.#run().finally(() => {
        this.#running = null;
      });
    }
  }

  #syncNamed(): void {
    for (const id of this.#named) {
      const meta = this.source.getMessage(id);
      const doc = this.#docs.docOf(id);
      if (doc !== undefined && (meta === null || meta.expungedAt !== null)) this.#docs.kill(doc);
      else if (doc === undefined && meta !== null) this.#enqueue(meta);
    }
    this.#named.clear();
  }

  #enqueue(meta: MessageMeta): void {
    if (this.#queued.has(meta.id)) return;
    this.#queued.add(meta.id);
    this.#pending.push(meta);
  }

  #syncAll(): void {
    this.#dirty = false;
    let known = 0;
    for (const meta of this.source.listMessages({ order: 'sync', includeExpunged: true })) {
      const doc = this.#docs.docOf(meta.id);
      if (doc === undefined) {
        this.#enqueue(meta);
        continue;
      }
      known++;
      if (meta.expungedAt !== null) this.#docs.kill(doc);
    }
    // Some indexed ids are no longer in the store (a UIDVALIDITY change moved them): find which.
    if (known < this.#docs.size) {
      this.#docs.ids.forEach((id, doc) => {
        if (this.source.getMessage(id) === null) this.#docs.kill(doc);
      });
    }
  }

  async #run(): Promise<void> {
    const before = this.#docs.size;
    while (this.#pending.length > 0 && !this.#closed) {
      // Let IPC and queries in between chunks: this runs in the app's main process.
      await this.#pacer.step(true);
      await this.#indexChunk(this.#pending.splice(0, this.#chunk));
      // Folding in steps keeps each sort of new terms short and the live prefix scan small.
      if (this.#live.docs >= FREEZE_STEP_DOCS) this.#freeze();
    }
    if (this.#closed) return;
    if (this.#live.docs >= FREEZE_MIN_DOCS) this.#freeze();
    // A build worth keeping: saved soon rather than only at close, which a crash or kill skips;
    // not at once, since encoding blocks ~100-200 ms at 100,000 messages and the user may be typing.
    if (this.#docs.size - before >= FREEZE_MIN_DOCS && this.#saveTimer === null) {
      this.#saveTimer = setTimeout(() => {
        this.#saveTimer = null;
        void this.save();
      }, SAVE_DELAY_MS);
      this.#saveTimer.unref();
    }
  }

  async #indexChunk(chunk: MessageMeta[]): Promise<void> {
    const bodies = await Promise.all(
      chunk.map((meta) =>
        this.source.readBody(meta.id).then(
          (b) => b.text,
          () => meta.snippet, // unreadable blob: the snippet is the best we have
        ),
      ),
    );
    for (const [n, meta] of chunk.entries()) {
      await this.#pacer.step();
      if (this.#closed) return;
      this.#queued.delete(meta.id);
      if (this.#docs.docOf(meta.id) !== undefined) continue;
      const doc = this.#docs.add(meta.id, Date.parse(meta.date) || 0);
      if (meta.expungedAt !== null) this.#docs.kill(doc);
      // A blank text part (an HTML-only mail decoded to nothing): the snippet is what the list shows.
      const body = bodies[n] ?? '';
      for (const [term, where] of docTerms(meta, body.trim() === '' ? meta.snippet : body, this.#terms)) {
        this.#live.add(term, posting(doc, where));
      }
      this.#live.docs++;
      this.#unsaved = true;
    }
  }

  /** Folds the live segment into the frozen one: compact, sorted for prefix lookups, savable. */
  #freeze(): void {
    if (this.#live.docs === 0 && this.#base) return;
    this.#base = mergeSegments(this.#base, this.#live);
    this.#live = new LiveSegment();
  }
}

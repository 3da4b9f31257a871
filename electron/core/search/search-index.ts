import MiniSearch, { type SearchResult } from 'minisearch';
import type { MessageMeta, StoredBody } from '../../../shared/domain/message.js';
import { highlightRanges, type Range } from './highlight.js';
import { decodeTerm, encodeTerm, indexTokens, queryTokens, wantsPrefix } from './tokenize.js';

/** What the search index needs from the store (the real Store satisfies it). */
export interface SearchSource {
  listMessages(filter: { order: 'sync'; includeExpunged: boolean }): MessageMeta[];
  getMessage(id: string): MessageMeta | null;
  readBody(id: string): Promise<StoredBody>;
}

interface Doc {
  id: string;
  subject: string;
  body: string;
  buyer: string;
  orderIds: string;
}

export interface SearchHit {
  id: string;
  score: number;
  subjectHighlights: Range[];
  snippetHighlights: Range[];
  /** The row's metadata, so the list needs no request per hit (the bridge strips it to a summary). */
  summary: MessageMeta;
}

export interface SearchAnswer {
  items: SearchHit[];
  total: number;
  /** Present while the index is still being built: the answer covers only what is indexed so far. */
  partial?: true;
}

/** How much of a body is indexed: buyers put the point first; quoted history follows. */
export const BODY_INDEX_CHARS = 2048;
/** Documents per addAll between yields: big enough to build fast, small enough not to stall IPC. */
export const INDEX_CHUNK = 500;
const BODY_BATCH = 200;

function docOf(meta: MessageMeta, body: string): Doc {
  const buyer = meta.buyer ?? (meta.mailbox === 'inbox' ? meta.from : (meta.to[0] ?? null));
  return {
    id: meta.id,
    subject: meta.subject,
    body,
    buyer: buyer ? `${buyer.name} ${buyer.address}` : '',
    orderIds: meta.orderIds.join(' '),
  };
}

const newMiniSearch = (): MiniSearch<Doc> =>
  new MiniSearch<Doc>({
    fields: ['subject', 'body', 'buyer', 'orderIds'],
    tokenize: indexTokens,
    // Tokens arrive folded (NFKC + lower case); left to do is the radix-tree encoding (tokenize.ts).
    processTerm: encodeTerm,
    searchOptions: {
      tokenize: queryTokens,
      processTerm: encodeTerm,
      combineWith: 'AND',
      prefix: (term, i, terms) => wantsPrefix(decodeTerm(term), i === terms.length - 1),
      boost: { orderIds: 3, subject: 2, buyer: 2 },
    },
  });

/**
 * A full-text index over the store, kept in memory. Building starts at the first query (not at
 * start-up, where it would compete with the first screen) and runs in chunks with a yield in
 * between, because this is the app's main process: first subject, buyer,
 * order IDs and snippet of every message (one chunk inline, the rest in the background), then the
 * first 2 KB of each body replaces its snippet. Until both passes are done, answers come from what
 * is indexed so far and say `partial: true`. Later queries first pick up messages added since (the
 * store never deletes, so only additions need indexing).
 */
export class SearchIndex {
  readonly #mini = newMiniSearch();
  readonly #indexed = new Set<string>();
  readonly #chunk: number;
  #dirty = true;
  #running: Promise<void> | null = null;
  #pendingMetas: MessageMeta[] = [];
  #pendingBodies: string[] = [];
  #closed = false;

  constructor(
    private readonly source: SearchSource,
    options: { chunk?: number } = {},
  ) {
    this.#chunk = Math.max(1, options.chunk ?? INDEX_CHUNK);
  }

  /** Called on 'messages:changed': the next query indexes what is new. */
  markChanged(): void {
    this.#dirty = true;
  }

  get size(): number {
    return this.#indexed.size;
  }

  get building(): boolean {
    return this.#pendingMetas.length > 0 || this.#pendingBodies.length > 0;
  }

  /** Resolves when every known message is indexed with its body (tests, benchmarks). */
  async whenBuilt(): Promise<void> {
    this.#sync();
    while (this.#running !== null) await this.#running;
  }

  close(): void {
    this.#closed = true;
    this.#pendingMetas = [];
    this.#pendingBodies = [];
  }

  query(q: string, limit: number): SearchAnswer {
    this.#sync();
    const partial = this.building ? ({ partial: true } as const) : {};
    if (queryTokens(q).length === 0) return { items: [], total: 0, ...partial };
    const found: { result: SearchResult; meta: MessageMeta }[] = [];
    for (const result of this.#mini.search(q)) {
      const meta = this.source.getMessage(String(result.id));
      if (meta !== null && meta.expungedAt === null) found.push({ result, meta });
    }
    const items = found.slice(0, limit).map(({ result, meta }) => hitOf(result, meta));
    return { items, total: found.length, ...partial };
  }

  #sync(): void {
    if (!this.#dirty || this.#closed) return;
    this.#dirty = false;
    for (const meta of this.source.listMessages({ order: 'sync', includeExpunged: true })) {
      if (this.#indexed.has(meta.id)) continue;
      this.#indexed.add(meta.id);
      this.#pendingMetas.push(meta);
    }
    if (this.#running !== null || !this.building) return;
    // One chunk at once, so a first query (or new mail) answers without waiting for a yield.
    this.#indexMetaChunk();
    this.#running = this.#run().finally(() => {
      this.#running = null;
    });
  }

  #indexMetaChunk(): void {
    const chunk = this.#pendingMetas.splice(0, this.#chunk);
    this.#mini.addAll(chunk.map((meta) => docOf(meta, meta.snippet)));
    this.#pendingBodies.push(...chunk.map((meta) => meta.id));
  }

  async #run(): Promise<void> {
    while (this.building && !this.#closed) {
      // Let queries and IPC in between chunks: this runs in the app's main process.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.#closed) return;
      if (this.#pendingMetas.length > 0) this.#indexMetaChunk();
      else await this.#indexBodyChunk();
    }
  }

  async #indexBodyChunk(): Promise<void> {
    const chunk = this.#pendingBodies.splice(0, this.#chunk);
    for (let start = 0; start < chunk.length && !this.#closed; start += BODY_BATCH) {
      const batch = chunk.slice(start, start + BODY_BATCH);
      const bodies = await Promise.all(
        batch.map((id) =>
          this.source.readBody(id).then(
            (b) => b.text,
            () => null,
          ),
        ),
      );
      if (this.#closed) return;
      batch.forEach((id, n) => {
        const text = bodies[n];
        const meta = this.source.getMessage(id);
        if (text === null || text === undefined || !meta) return;
        const body = text.slice(0, BODY_INDEX_CHARS);
        if (body.trim() !== meta.snippet) this.#mini.replace(docOf(meta, body));
      });
    }
  }
}

function hitOf(r: SearchResult, meta: MessageMeta): SearchHit {
  const terms = r.terms.map(decodeTerm);
  return {
    id: meta.id,
    score: r.score,
    subjectHighlights: highlightRanges(meta.subject, terms),
    snippetHighlights: highlightRanges(meta.snippet, terms),
    summary: meta,
  };
}

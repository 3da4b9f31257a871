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
}

/** How much of a body is indexed: buyers put the point first; quoted history follows. */
export const BODY_INDEX_CHARS = 2048;
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
 * A full-text index over the store, kept in memory. The first query builds it from metadata
 * alone (subject, snippet, buyer, order IDs: fast), then bodies are read in the background and
 * each document is replaced with its first 2 KB of body text. Later queries first pick up
 * messages added since (the store never deletes, so only additions need indexing).
 */
export class SearchIndex {
  #mini: MiniSearch<Doc> | null = null;
  readonly #indexed = new Set<string>();
  #dirty = true;
  #enriching: Promise<void> = Promise.resolve();
  #pendingBodies: string[] = [];
  #closed = false;

  constructor(private readonly source: SearchSource) {}

  /** Called on 'messages:changed': the next query indexes what is new. */
  markChanged(): void {
    this.#dirty = true;
  }

  get size(): number {
    return this.#indexed.size;
  }

  /** Resolves when every indexed message also has its body indexed (tests, benchmarks). */
  async whenBodiesIndexed(): Promise<void> {
    for (;;) {
      const current = this.#enriching;
      await current;
      if (current === this.#enriching) return;
    }
  }

  close(): void {
    this.#closed = true;
    this.#pendingBodies = [];
  }

  query(q: string, limit: number): { items: SearchHit[]; total: number } {
    const mini = this.#sync();
    if (queryTokens(q).length === 0) return { items: [], total: 0 };
    const results = mini.search(q).filter((r) => this.source.getMessage(String(r.id))?.expungedAt === null);
    const items = results.slice(0, limit).map((r) => this.#hit(r));
    return { items, total: results.length };
  }

  #hit(r: SearchResult): SearchHit {
    const id = String(r.id);
    const meta = this.source.getMessage(id);
    const terms = r.terms.map(decodeTerm);
    return {
      id,
      score: r.score,
      subjectHighlights: highlightRanges(meta?.subject ?? '', terms),
      snippetHighlights: highlightRanges(meta?.snippet ?? '', terms),
    };
  }

  #sync(): MiniSearch<Doc> {
    const mini = (this.#mini ??= newMiniSearch());
    if (!this.#dirty) return mini;
    this.#dirty = false;
    const fresh: Doc[] = [];
    for (const meta of this.source.listMessages({ order: 'sync', includeExpunged: true })) {
      if (this.#indexed.has(meta.id)) continue;
      this.#indexed.add(meta.id);
      fresh.push(docOf(meta, meta.snippet));
    }
    if (fresh.length > 0) {
      mini.addAll(fresh);
      this.#queueBodies(fresh.map((d) => d.id));
    }
    return mini;
  }

  #queueBodies(ids: string[]): void {
    const idle = this.#pendingBodies.length === 0;
    this.#pendingBodies.push(...ids);
    if (idle) this.#enriching = this.#enrich();
  }

  async #enrich(): Promise<void> {
    while (this.#pendingBodies.length > 0 && !this.#closed) {
      const batch = this.#pendingBodies.splice(0, BODY_BATCH);
      const bodies = await Promise.all(
        batch.map((id) =>
          this.source.readBody(id).then(
            (b) => b.text,
            () => null,
          ),
        ),
      );
      const mini = this.#mini;
      if (!mini || this.#closed) return;
      batch.forEach((id, n) => {
        const text = bodies[n];
        const meta = this.source.getMessage(id);
        if (text === null || text === undefined || !meta) return;
        const body = text.slice(0, BODY_INDEX_CHARS);
        if (body.trim() !== meta.snippet) mini.replace(docOf(meta, body));
      });
      // Let queries and IPC in between batches: this runs in the app's main process.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}

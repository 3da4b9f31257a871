import { fieldWeight } from './postings.js';
import type { PostingSlice, Segment } from './segment.js';

export interface QueryTerm {
  term: string;
  prefix: boolean;
}

/**
 * The documents matching every term, with their scores: views into the scratch buffers, valid
 * until the next match. No object per hit: a broad term matches most of the mail, and allocating
 * 75,000 objects per keystroke was most of the time (in GC).
 */
export interface Matches {
  docs: Uint32Array;
  scores: Float64Array;
}

/** Reused across queries: allocating arrays of the corpus size per keystroke would cost more than matching. */
export class MatchScratch {
  #level = new Uint8Array(0);
  #score = new Float64Array(0);
  #touched = new Uint32Array(0);
  #hits = new Float64Array(0);

  ensure(docs: number): { level: Uint8Array; score: Float64Array; touched: Uint32Array; hits: Float64Array } {
    if (this.#level.length < docs) {
      const size = Math.max(docs, this.#level.length * 2, 1024);
      this.#level = new Uint8Array(size);
      this.#score = new Float64Array(size);
      this.#touched = new Uint32Array(size);
      this.#hits = new Float64Array(size);
    }
    return { level: this.#level, score: this.#score, touched: this.#touched, hits: this.#hits };
  }
}

/** Posting byte -> field weight, computed once (fieldWeight per posting showed in profiles). */
const WEIGHTS = Float64Array.from({ length: 256 }, (_, where) => fieldWeight(where));

const EMPTY: Matches = { docs: new Uint32Array(0), scores: new Float64Array(0) };

/**
 * AND over the query terms with BM25-style idf and field weights. Terms go rarest first, so the
 * first pass touches the fewest documents and each later term only promotes documents that
 * matched every earlier one (level k -> k + 1). A prefix term is the union of its expansions: a
 * document matching two of them counts once.
 */
export function matchAll(
  segments: readonly Segment[],
  terms: readonly QueryTerm[],
  docCount: number,
  scratch: MatchScratch,
  alive: (doc: number) => boolean,
): Matches {
  if (terms.length === 0 || terms.length > 250) return EMPTY;
  const lists = terms.map(({ term, prefix }) => {
    const slices: PostingSlice[] = [];
    for (const s of segments) s.lookup(term, prefix, slices);
    const df = slices.reduce((n, s) => n + s.end - s.start, 0);
    return { slices, df };
  });
  lists.sort((a, b) => a.df - b.df);
  if ((lists[0]?.df ?? 0) === 0) return EMPTY;
  const { level, score, touched, hits } = scratch.ensure(docCount);
  let touchedCount = 0;
  lists.forEach(({ slices, df }, k) => {
    const idf = Math.log(1 + docCount / Math.max(1, df));
    for (const { list, start, end } of slices) {
      for (let j = start; j < end; j++) {
        const p = list[j] ?? 0;
        const doc = p >>> 8;
        if (level[doc] !== k) continue;
        if (k === 0) touched[touchedCount++] = doc;
        level[doc] = k + 1;
        score[doc] = (score[doc] ?? 0) + idf * (WEIGHTS[p & 255] ?? 0);
      }
    }
  });
  let n = 0;
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i] ?? 0;
    if (level[doc] === lists.length && alive(doc)) {
      touched[n] = doc;
      hits[n++] = score[doc] ?? 0;
    }
    level[doc] = 0;
    score[doc] = 0;
  }
  return { docs: touched.subarray(0, n), scores: hits.subarray(0, n) };
}

/**
 * Indices into `m` of the best `limit` hits, best first: score, then newer, then the later
 * document. A bounded heap, walked from the last-added document back: mail mostly arrives in
 * date order, so with the many tied scores of a broad term the newest enter first and older
 * ones rarely displace the root.
 */
export function topK(m: Matches, limit: number, dates: ArrayLike<number>): number[] {
  const { docs, scores } = m;
  const better = (a: number, b: number): boolean => {
    const sa = scores[a] ?? 0;
    const sb = scores[b] ?? 0;
    if (sa !== sb) return sa > sb;
    const da = dates[docs[a] ?? 0] ?? 0;
    const db = dates[docs[b] ?? 0] ?? 0;
    return da !== db ? da > db : (docs[a] ?? 0) > (docs[b] ?? 0);
  };
  // A min-heap on "better": the root is the worst of the kept hits.
  const heap: number[] = [];
  const at = (i: number): number => heap[i] ?? 0;
  for (let h = docs.length - 1; h >= 0; h--) {
    if (heap.length < limit) {
      heap.push(h);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!better(at(parent), at(i))) break;
        [heap[i], heap[parent]] = [at(parent), at(i)];
        i = parent;
      }
    } else if (limit > 0 && better(h, at(0))) {
      heap[0] = h;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        let worst = i;
        if (l < heap.length && better(at(worst), at(l))) worst = l;
        if (l + 1 < heap.length && better(at(worst), at(l + 1))) worst = l + 1;
        if (worst === i) break;
        [heap[i], heap[worst]] = [at(worst), at(i)];
        i = worst;
      }
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

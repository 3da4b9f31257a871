/** A term's postings in one segment: ascending document numbers (documents are added in order). */
export interface PostingSlice {
  list: ArrayLike<number>;
  start: number;
  end: number;
}

export interface Segment {
  /** The exact term, or every term starting with it. */
  lookup(term: string, prefix: boolean, out: PostingSlice[]): void;
}

/** Where new documents go: cheap to append to, scanned linearly for prefixes (small once frozen). */
export class LiveSegment implements Segment {
  readonly terms = new Map<string, number[]>();
  docs = 0;

  add(term: string, p: number): void {
    const list = this.terms.get(term);
    if (list) list.push(p);
    else this.terms.set(term, [p]);
  }

  lookup(term: string, prefix: boolean, out: PostingSlice[]): void {
    if (!prefix) {
      const list = this.terms.get(term);
      if (list) out.push({ list, start: 0, end: list.length });
      return;
    }
    for (const [t, list] of this.terms) {
      if (t.startsWith(term)) out.push({ list, start: 0, end: list.length });
    }
  }
}

/** Sorted terms with one flat postings array: compact, binary-searched, and what is persisted. */
export class FrozenSegment implements Segment {
  constructor(
    readonly terms: readonly string[],
    /** terms.length + 1 entries: term i's postings are postings[offsets[i] .. offsets[i+1]). */
    readonly offsets: Uint32Array,
    readonly postings: Uint32Array,
  ) {}

  #lowerBound(term: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] ?? '') < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  lookup(term: string, prefix: boolean, out: PostingSlice[]): void {
    for (let i = this.#lowerBound(term); i < this.terms.length; i++) {
      const t = this.terms[i] ?? '';
      if (prefix ? !t.startsWith(term) : t !== term) return;
      out.push({ list: this.postings, start: this.offsets[i] ?? 0, end: this.offsets[i + 1] ?? 0 });
      if (!prefix) return;
    }
  }
}

/**
 * One frozen segment from an older frozen one and the live one. The live one's documents are all
 * newer (higher numbers), so each merged list stays ascending by plain concatenation, and both
 * term lists are sorted, so one two-pointer walk merges them: only the live terms are sorted
 * (a lookup per base term made this ~1 s at 100,000 messages).
 */
export function mergeSegments(base: FrozenSegment | null, live: LiveSegment): FrozenSegment {
  const baseTerms = base?.terms ?? [];
  const liveTerms = [...live.terms.keys()].sort();
  let total = base?.postings.length ?? 0;
  for (const list of live.terms.values()) total += list.length;
  const terms: string[] = [];
  const offsets: number[] = [];
  const postings = new Uint32Array(total);
  let at = 0;
  for (let i = 0, j = 0; i < baseTerms.length || j < liveTerms.length;) {
    const b = baseTerms[i];
    const l = liveTerms[j];
    const term = b === undefined ? (l ?? '') : l === undefined || b <= l ? b : l;
    terms.push(term);
    offsets.push(at);
    if (base && b === term) {
      const from = base.offsets[i] ?? 0;
      const to = base.offsets[i + 1] ?? 0;
      postings.set(base.postings.subarray(from, to), at);
      at += to - from;
      i++;
    }
    if (l === term) {
      for (const p of live.terms.get(term) ?? []) postings[at++] = p;
      j++;
    }
  }
  offsets.push(at);
  return new FrozenSegment(terms, Uint32Array.from(offsets), postings);
}

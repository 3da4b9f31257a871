import { describe, expect, it } from 'vitest';
import { matchAll, MatchScratch, topK, type QueryTerm } from '../../../../../electron/core/search/match.js';
import { IN_SUBJECT, bodyWhere, posting } from '../../../../../electron/core/search/postings.js';
import { LiveSegment, mergeSegments } from '../../../../../electron/core/search/segment.js';

// doc -> terms (all in the body once, 'lid' also in the subject of doc 2)
const corpus: string[][] = [['lid', 'loose'], ['lid', 'lost'], ['box', 'loose', 'lid'], ['box']];

function live(): LiveSegment {
  const seg = new LiveSegment();
  corpus.forEach((terms, doc) => {
    for (const t of terms)
      seg.add(t, posting(doc, bodyWhere(1) | (doc === 2 && t === 'lid' ? IN_SUBJECT : 0)));
    seg.docs++;
  });
  return seg;
}

const q = (...spec: string[]): QueryTerm[] =>
  spec.map((s) => ({ term: s.replace(/\*$/, ''), prefix: s.endsWith('*') }));

describe('matchAll over a live segment and the same segment frozen', () => {
  // [terms ("*" = prefix), dead docs, matching docs, why]
  const cases: [QueryTerm[], number[], number[], string][] = [
    [q('lid'), [], [0, 1, 2], 'one term'],
    [q('lid', 'loose'), [], [0, 2], 'AND'],
    [q('lo*'), [], [0, 1, 2], 'prefix: union of loose and lost, each doc once'],
    [q('box', 'lo*'), [], [2], 'AND with a prefix term'],
    [q('lid'), [1], [0, 2], 'dead documents are not answered'],
    [q('lid', 'nope'), [], [], 'a term with no postings empties the answer'],
    [q('l'), [], [], 'without prefix a letter is only itself'],
  ];
  const frozen = mergeSegments(null, live());
  it.each(cases)('%j dead %j -> %j (%s)', (terms, dead, expected) => {
    for (const seg of [live(), frozen]) {
      const m = matchAll([seg], terms, corpus.length, new MatchScratch(), (d) => !dead.includes(d));
      expect([...m.docs].sort()).toEqual(expected);
    }
  });

  it('scratch is reset between queries (a second query is not polluted by the first)', () => {
    const scratch = new MatchScratch();
    matchAll([frozen], q('lid'), corpus.length, scratch, () => true);
    const m = matchAll([frozen], q('box'), corpus.length, scratch, () => true);
    expect([...m.docs].sort()).toEqual([2, 3]);
  });

  // [terms of newer documents 4 and 5, query, docs, why]
  it.each<[string[], string, number[], string]>([
    [['lid'], 'lid', [0, 1, 2, 4, 5], 'a term in both: old postings then new, in document order'],
    [['zip'], 'zip', [4, 5], 'a term only in the newer segment'],
    [['aaa'], 'box', [2, 3], 'a term only in the older one, after a new term sorted before it'],
    [['lo'], 'lo*', [0, 1, 2, 4, 5], 'prefix across both'],
  ])('merging newer %j: %j -> %j (%s)', (newTerms, query, expected) => {
    const newer = new LiveSegment();
    for (const doc of [4, 5]) for (const t of newTerms) newer.add(t, posting(doc, bodyWhere(1)));
    const merged = mergeSegments(frozen, newer);
    expect(merged.terms).toEqual([...new Set([...frozen.terms, ...newTerms])].sort());
    const m = matchAll([merged], q(query), 6, new MatchScratch(), () => true);
    expect([...m.docs].sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('topK', () => {
  const dates = [10, 30, 20, 30, 5];
  // [scores per doc 0..4, limit, docs best first, why]
  it.each<[number[], number, number[], string]>([
    [[1, 2, 3, 4, 5], 3, [4, 3, 2], 'highest scores'],
    [[1, 1, 1, 1, 1], 5, [3, 1, 2, 0, 4], 'ties: newer first, then the later document'],
    [[1, 1, 1, 1, 1], 2, [3, 1], 'ties cut at the limit keep the newest'],
    [[2, 1, 1, 1, 1], 2, [0, 3], 'score beats date'],
    [[1, 2], 0, [], 'limit 0'],
  ])('%j limit %i -> %j (%s)', (scores, limit, expected) => {
    const m = { docs: Uint32Array.from(scores.map((_, i) => i)), scores: Float64Array.from(scores) };
    expect(topK(m, limit, dates).map((h) => m.docs[h])).toEqual(expected);
  });
});

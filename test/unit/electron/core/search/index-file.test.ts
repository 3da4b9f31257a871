import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, type IndexImage } from '../../../../../electron/core/search/index-file.js';
import { posting } from '../../../../../electron/core/search/postings.js';
import { FrozenSegment } from '../../../../../electron/core/search/segment.js';

const image = (terms: string[], offsets: number[], postings: number[], ids = ['a', 'b']): IndexImage => ({
  tokenizer: 7,
  ids,
  dates: ids.map((_, i) => i * 1000),
  segment: new FrozenSegment(terms, Uint32Array.from(offsets), Uint32Array.from(postings)),
});

describe('index file', () => {
  it('round-trips terms (CJK included), postings, ids and dates', () => {
    const original = image(['lid', '破損'], [0, 2, 3], [posting(0, 2), posting(1, 8), posting(1, 1)]);
    const decoded = decodeIndex(encodeIndex(original), 7);
    expect(decoded?.ids).toEqual(['a', 'b']);
    expect(decoded?.dates).toEqual([0, 1000]);
    expect(decoded?.segment.terms).toEqual(['lid', '破損']);
    expect([...(decoded?.segment.postings ?? [])]).toEqual([...original.segment.postings]);
    expect([...(decoded?.segment.offsets ?? [])]).toEqual([0, 2, 3]);
  });

  // An intact file (CRC fine) that is still not to be trusted. [why, image, tokenizer asked]
  it.each<[string, IndexImage, number]>([
    ['a posting names a document the file does not list', image(['lid'], [0, 1], [posting(5, 2)]), 7],
    [
      'terms out of order (binary search would miss)',
      image(['b', 'a'], [0, 1, 2], [posting(0, 2), posting(1, 2)]),
      7,
    ],
    ['offsets do not cover the postings', image(['lid'], [0, 1], [posting(0, 2), posting(1, 2)]), 7],
    ['written by another tokenizer version', image(['lid'], [0, 1], [posting(0, 2)]), 8],
  ])('rejected: %s', (_why, img, tokenizer) => {
    expect(decodeIndex(encodeIndex(img), tokenizer)).toBeNull();
  });
});

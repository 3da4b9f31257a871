import { foldWithMap } from './tokenize.js';

export type Range = [start: number, end: number];

/**
 * Where the matched terms occur in `text`, as merged [start, end) ranges in the original string
 * (UTF-16 offsets, what String.slice and the UI take). Terms are folded like the index folds,
 * so a query 「５０３」 marks "503" and "ABC" marks "abc".
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (text === '' || terms.length === 0) return [];
  const { text: folded, origin } = foldWithMap(text);
  const hits: Range[] = [];
  for (const term of new Set(terms)) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const first = origin ? origin[at] : ([at, at + 1] as const);
      const end = at + term.length - 1;
      const last = origin ? origin[end] : ([end, end + 1] as const);
      if (first && last) hits.push([first[0], last[1]]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const hit of hits) {
    const prev = merged[merged.length - 1];
    if (prev && hit[0] <= prev[1]) prev[1] = Math.max(prev[1], hit[1]);
    else merged.push([hit[0], hit[1]]);
  }
  return merged;
}

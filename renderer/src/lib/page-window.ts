/**
 * Which pages of a long list to fetch for the rows on screen, plus one page of overscan either
 * side so scrolling with the keyboard never shows placeholder rows.
 */
export function pagesForRange(
  startIndex: number,
  endIndex: number,
  total: number,
  pageSize: number,
): number[] {
  if (total <= 0 || pageSize <= 0 || endIndex < startIndex) return [];
  const lastPage = Math.floor((total - 1) / pageSize);
  const first = Math.max(0, Math.floor(Math.max(0, startIndex) / pageSize) - 1);
  const last = Math.min(lastPage, Math.floor(Math.max(0, endIndex) / pageSize) + 1);
  const pages: number[] = [];
  for (let p = first; p <= last; p += 1) pages.push(p);
  return pages;
}

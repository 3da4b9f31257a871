/** Median of a set of numbers; null for an empty set (no data is not "0 ms"). Even counts: mean of the middle two. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/** part / whole, or null when whole is 0: a share of nothing is unknown, not 0 % or 100 %. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Splits text into plain and highlighted runs from [start, end) ranges (UTF-16 offsets, as the
 * core's search sends them). Ranges come over the bridge, so they are clamped, sorted and merged
 * rather than trusted; a range that would cut a surrogate pair is widened so no emoji or rare CJK
 * character is shown as two broken halves.
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const clean = ranges
    .map(([s, e]): [number, number] => [
      widenStart(text, clamp(s, text.length)),
      widenEnd(text, clamp(e, text.length)),
    ])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), hit: false });
  return out;
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(Math.trunc(n), 0), max);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function widenStart(text: string, i: number): number {
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i;
}

function widenEnd(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) ? i + 1 : i;
}

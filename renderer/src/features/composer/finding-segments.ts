import type { Severity } from '../../../../shared/domain/compliance/types.js';

/** A finding's place in one field, as the highlight layer needs it. */
export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

export interface MarkSegment {
  text: string;
  start: number;
  /** The strongest severity covering this run, or null for plain text. */
  severity: Severity | null;
  /** Indexes (into the marks given) of every mark covering this run, ascending. */
  marks: number[];
}

/**
 * Splits a field into runs for the highlight layer behind the textarea. Unlike a search
 * highlight, overlapping marks are not merged away: a warning inside a blocking span still
 * belongs to its own finding (clicking a run names every rule there), and block outranks warn
 * in colour. Offsets may come from the core's verdict on older text, so they are clamped, and a
 * mark never cuts a surrogate pair (an emoji or a rare CJK character drawn as two halves would
 * also shift every later character out of line with the textarea).
 */
export function markSegments(text: string, marks: readonly Mark[]): MarkSegment[] {
  const clean = marks
    .map((m, i) => ({
      i,
      severity: m.severity,
      start: widenStart(text, clamp(m.start, text.length)),
      end: widenEnd(text, clamp(m.end, text.length)),
    }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of clean) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: MarkSegment[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k] ?? 0;
    const end = points[k + 1] ?? start;
    const covering = clean.filter((m) => m.start <= start && m.end >= end);
    const severity = covering.some((m) => m.severity === 'block')
      ? 'block'
      : covering.length > 0
        ? 'warn'
        : null;
    const ids = covering.map((m) => m.i).sort((a, b) => a - b);
    const last = out[out.length - 1];
    if (last !== undefined && last.severity === severity && sameIds(last.marks, ids)) {
      last.text += text.slice(start, end);
    } else {
      out.push({ text: text.slice(start, end), start, severity, marks: ids });
    }
  }
  if (out.length === 0) out.push({ text, start: 0, severity: null, marks: [] });
  return out;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
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

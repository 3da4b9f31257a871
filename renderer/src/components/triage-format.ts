import { countdownOf } from '../../../shared/domain/triage/priority-score.js';
import type { Countdown, RankReason } from '../api/desk-types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface CountdownText {
  countdown: Countdown;
  /** A key under `triage.countdown.` and its values. */
  key: 'leftHM' | 'leftM' | 'overDH' | 'overH' | 'overM';
  values: { d?: number; h?: number; m?: number };
}

/**
 * Time left to the deadline, recomputed from the deadline itself (not the core's msLeft, which
 * was true only when the list was fetched). Rounded down while time is left, so "残り 0分" never
 * shows while the buyer is already waiting past 24 h; overdue rounds down too ("2時間超過").
 */
export function countdownText(deadlineIso: string, now: number): CountdownText | null {
  const deadline = Date.parse(deadlineIso);
  if (Number.isNaN(deadline)) return null;
  const left = deadline - now;
  const countdown = countdownOf(left);
  if (left >= 0) {
    const h = Math.floor(left / HOUR);
    const m = Math.floor((left % HOUR) / MINUTE);
    return h > 0
      ? { countdown, key: 'leftHM', values: { h, m } }
      : { countdown, key: 'leftM', values: { m } };
  }
  const over = -left;
  const d = Math.floor(over / DAY);
  const h = Math.floor((over % DAY) / HOUR);
  if (d > 0) return { countdown, key: 'overDH', values: { d, h } };
  if (h > 0) return { countdown, key: 'overH', values: { h } };
  return { countdown, key: 'overM', values: { m: Math.floor(over / MINUTE) } };
}

export type ReasonPart =
  | { key: 'follow-ups' | 'follow-up'; n: number }
  | { key: Exclude<RankReason['kind'], 'category' | 'follow-ups'> };

/**
 * The "why here" line, short enough for a list row. Time reasons come first from the core; the
 * countdown already shows how much, so only the word is kept. Category reasons are left out:
 * the chip on the same row already says it, and repeating it pushed the useful words off.
 */
export function reasonParts(reasons: readonly RankReason[]): ReasonPart[] {
  const parts: ReasonPart[] = [];
  for (const r of reasons) {
    if (r.kind === 'category') continue;
    if (r.kind === 'follow-ups') {
      const n = typeof r.detail === 'number' ? r.detail : 0;
      if (n > 0) parts.push({ key: n === 1 ? 'follow-up' : 'follow-ups', n });
    } else parts.push({ key: r.kind });
  }
  return parts;
}

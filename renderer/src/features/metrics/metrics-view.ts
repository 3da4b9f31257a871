import type { Res } from '../../../../shared/api/types.js';
import { DEFAULT_WINDOWS_DAYS } from '../../../../shared/domain/triage/metrics.js';

/** Shapes `metrics:get` for the screen: pure, so the rounding and ordering rules have a table test. */

export type ResponseMetrics = Res<'metrics:get'>;
export type WindowMetrics = ResponseMetrics['windows'][number];
export type Bucket = WindowMetrics['byCategory']['inquiry'];
export type StaffSettings = Res<'triage:staff'>;

/** Spam's bucket is empty by definition (metrics.ts excludes it), so the screen never charts it. */
export const CHART_CATEGORIES = ['inquiry', 'complaint', 'thanks'] as const;
export type ChartCategory = (typeof CHART_CATEGORIES)[number];

/** The windows the core computes. */
export const PERIODS = DEFAULT_WINDOWS_DAYS;
export type Period = (typeof PERIODS)[number];

export type DurationKey = 'lessThanMinute' | 'minutes' | 'hours' | 'hoursMinutes' | 'days' | 'daysHours';
export interface DurationParts {
  key: DurationKey;
  d: number;
  h: number;
  m: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "3時間12分": minutes are what staff act on under the 24-hour rule, so they are rounded (not
 * truncated) and shown up to two days; beyond that, days and hours are the useful grain.
 */
export function splitDuration(ms: number): DurationParts {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return { key: 'lessThanMinute', d: 0, h: 0, m: 0 };
  if (minutes < 60) return { key: 'minutes', d: 0, h: 0, m: minutes };
  if (minutes < (2 * DAY) / MINUTE) {
    const m = minutes % 60;
    return { key: m === 0 ? 'hours' : 'hoursMinutes', d: 0, h: Math.floor(minutes / 60), m };
  }
  const hours = Math.round(ms / HOUR);
  const h = hours % 24;
  return { key: h === 0 ? 'days' : 'daysHours', d: Math.floor(hours / 24), h, m: 0 };
}

/** The window for a period, or null when the core did not compute it (an older core). */
export function windowFor(metrics: ResponseMetrics, days: number): WindowMetrics | null {
  return metrics.windows.find((w) => w.days === days) ?? null;
}

/**
 * The 24-hour share's denominator, as metrics.ts defines it: visibly answered + misses, i.e.
 * everything but pending and answered-elsewhere. Shown as "5 of 6" beside the percentage.
 */
export function shareDenominator(
  w: Pick<WindowMetrics, 'buyerMessages' | 'pending' | 'answeredElsewhere'>,
): number {
  return Math.max(0, w.buyerMessages - w.pending - w.answeredElsewhere);
}

/** True when no window has a buyer message and nothing is overdue: the friendly empty state. */
export function isEmptyStore(metrics: ResponseMetrics): boolean {
  return metrics.overdueNow === 0 && metrics.windows.every((w) => w.buyerMessages === 0);
}

export interface StaffRow {
  /** Assignee id; '' for unassigned. */
  id: string;
  /** Display name from the staff list; null when the id is unassigned or unknown. */
  name: string | null;
  known: boolean;
  bucket: Bucket;
  overdue: number;
}

const EMPTY_BUCKET: Bucket = {
  buyerMessages: 0,
  answeredWithin24h: 0,
  shareWithin24h: null,
  medianFirstResponseMs: null,
};

/**
 * One row per assignee that has messages in the window or overdue now, in the staff list's
 * order (how the team thinks of itself), then ids no longer listed, then unassigned last.
 */
export function staffRows(
  window: WindowMetrics,
  overdueByStaff: Readonly<Record<string, number>>,
  staff: StaffSettings['staff'],
): StaffRow[] {
  const ids = new Set([...Object.keys(window.byStaff), ...Object.keys(overdueByStaff)]);
  const listed = staff.filter((s) => ids.has(s.id));
  const unknown = [...ids].filter((id) => id !== '' && !staff.some((s) => s.id === id)).sort();
  const row = (id: string, name: string | null, known: boolean): StaffRow => ({
    id,
    name,
    known,
    bucket: window.byStaff[id] ?? EMPTY_BUCKET,
    overdue: overdueByStaff[id] ?? 0,
  });
  return [
    ...listed.map((s) => row(s.id, s.name.trim() === '' ? s.id : s.name, true)),
    ...unknown.map((id) => row(id, null, false)),
    ...(ids.has('') ? [row('', null, true)] : []),
  ];
}

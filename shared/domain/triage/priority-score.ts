import { URGENCY_SIGNALS, type Category, type UrgencySignal } from './category.js';

/**
 * How one queue item is scored. Three levels, compared in this order:
 *
 * 1. Tier (hard): a real question (inquiry or complaint) always ranks above thanks and spam,
 *    whatever their deadlines — domain.md: thanks and spam need no reply at all, so they must
 *    never push a question down. Between them, thanks or spam the classifier is *uncertain*
 *    about come first (it may be a question in disguise; staff should look at it), then sure
 *    thanks, then sure spam (never answered).
 * 2. Band by time left: overdue, then critical (< 2 h), then the rest. The marketplace scores
 *    every message on its own 24 h clock, so a question that can still just be saved goes before
 *    a cancellation that still has ten hours.
 * 3. Points inside a band, in hours of "time-left equivalent": time pressure (hours since the
 *    clock started, capped at 30 days overdue) plus a weight per urgency signal, complaint
 *    category and follow-up. The cancellation/defect weight (24) is larger than the whole
 *    time-pressure spread of the non-overdue bands (24 h), so inside those bands a cancellation
 *    or defect always comes before a general question (domain.md "Prioritise"); a complaint's
 *    smaller weight (6) only wins against inquiries "of similar time left".
 *
 * `score` folds the three into one number (higher = more urgent): tier × 10,000 + band × 1,000 +
 * points, with points kept below 1,000 by the caps, so sorting by score alone respects tiers.
 */

export const HOUR_MS = 3600_000;
/** domain.md: 24 h, weekends and holidays count — plain elapsed time, no business calendar. */
export const REPLY_WINDOW_MS = 24 * HOUR_MS;
export const CRITICAL_MS = 2 * HOUR_MS;
export const SOON_MS = 8 * HOUR_MS;

/**
 * Time left on the 24 h clock: 'overdue' when msLeft < 0 (due at exactly 24 h is still in time,
 * 1 ms later is late — the same convention as the response metrics), 'critical' under 2 h,
 * 'soon' under 8 h, 'ok' otherwise.
 */
export type Countdown = 'overdue' | 'critical' | 'soon' | 'ok';

export function countdownOf(msLeft: number): Countdown {
  if (msLeft < 0) return 'overdue';
  if (msLeft < CRITICAL_MS) return 'critical';
  if (msLeft < SOON_MS) return 'soon';
  return 'ok';
}

/** Signal weights, listed most important first: that is also the order reasons are given in. */
export const SIGNAL_WEIGHTS: readonly (readonly [UrgencySignal, number])[] = [
  ['cancellation', 24], // must be stopped before dispatch
  ['defect', 24],
  ['claim', 12], // A-to-z / chargeback wording: the buyer is escalating to the marketplace
  ['late-or-missing', 8],
  ['refund', 8],
];
export const COMPLAINT_WEIGHT = 6;
export const FOLLOW_UP_WEIGHT = 3;
export const FOLLOW_UP_CAP = 4;
/** Hours of overdue time that still add pressure; older items keep their place among themselves. */
const MAX_PRESSURE_HOURS = 24 + 30 * 24;

const TIER_STEP = 10_000;
const BAND_STEP = 1_000;

/** Lower = more urgent. */
export function tierOf(category: Category, uncertain: boolean): number {
  if (category === 'inquiry' || category === 'complaint') return 0;
  if (uncertain) return 1;
  return category === 'thanks' ? 2 : 3;
}

/** Lower = more urgent. */
function bandOf(countdown: Countdown): number {
  if (countdown === 'overdue') return 0;
  return countdown === 'critical' ? 1 : 2;
}

/** Signals as a bit set (bit i = URGENCY_SIGNALS[i]): the queue unions thousands of them per re-rank. */
export const SIGNAL_BIT = Object.fromEntries(URGENCY_SIGNALS.map((s, i) => [s, 1 << i])) as Record<
  UrgencySignal,
  number
>;
const WEIGHTED_BITS = SIGNAL_WEIGHTS.map(([s, w]) => [SIGNAL_BIT[s], w] as const);

export function pointsOf(msLeft: number, category: Category, signalMask: number, followUps: number): number {
  const pressure = Math.min(MAX_PRESSURE_HOURS, Math.max(0, (REPLY_WINDOW_MS - msLeft) / HOUR_MS));
  let points = pressure;
  for (const [bit, weight] of WEIGHTED_BITS) if ((signalMask & bit) !== 0) points += weight;
  if (category === 'complaint') points += COMPLAINT_WEIGHT;
  return points + Math.min(followUps, FOLLOW_UP_CAP) * FOLLOW_UP_WEIGHT;
}

export function scoreOf(tier: number, countdown: Countdown, points: number): number {
  return (3 - tier) * TIER_STEP + (2 - bandOf(countdown)) * BAND_STEP + points;
}

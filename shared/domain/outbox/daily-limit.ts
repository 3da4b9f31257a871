/**
 * The marketplace's cap on seller messages: at most 5 × average daily orders + 600 a day
 * (domain.md). Warn early so the desk can prioritise, refuse at the cap so the account is safe.
 */

export type UsageState = 'ok' | 'warn' | 'blocked';

export const WARN_SHARE = 0.8;

export function dailyLimit(averageDailyOrders: number): number {
  const orders = Number.isFinite(averageDailyOrders) ? Math.max(0, Math.floor(averageDailyOrders)) : 0;
  return 5 * orders + 600;
}

export function usageState(sentToday: number, limit: number): UsageState {
  if (sentToday >= limit) return 'blocked';
  // Integer comparison: 0.8 × limit in floating point can land a hair under the true 80%.
  if (sentToday * 5 >= limit * 4) return 'warn';
  return 'ok';
}

/**
 * The desk's calendar day of `at` as YYYY-MM-DD, `utcOffsetMinutes` east of UTC (Tokyo +540).
 * The marketplace counts per local day, so a reply at 08:00 in Tokyo belongs to that day even
 * though it is still yesterday in UTC.
 */
export function dayKey(at: Date, utcOffsetMinutes: number): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

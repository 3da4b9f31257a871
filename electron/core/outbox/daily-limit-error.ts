import { HelpdeskError } from '../errors.js';
import type { DailyUsageView } from './daily-usage-view.js';

/** Enqueue refused: today's sends (and replies already waiting) reach the marketplace's daily cap. */
export class DailyLimitError extends HelpdeskError {
  constructor(readonly usage: DailyUsageView) {
    super('forbidden', `Daily message limit reached (${usage.sentToday} of ${usage.limit})`);
    this.name = 'DailyLimitError';
  }
}

/** By name as well: a second copy of the class (a bundler chunk) would fail instanceof. */
export function isDailyLimitError(error: unknown): boolean {
  return error instanceof DailyLimitError || (error instanceof Error && error.name === 'DailyLimitError');
}

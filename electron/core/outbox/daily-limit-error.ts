import { HelpdeskError } from '../errors.js';
import type { DailyUsageView } from './daily-usage-view.js';

/** Enqueue refused: today's sends (and replies already waiting) reach the marketplace's daily cap. */
export class DailyLimitError extends HelpdeskError {
  constructor(readonly usage: DailyUsageView) {
    super('forbidden', `Daily message limit reached (${usage.sentToday} of ${usage.limit})`);
    this.name = 'DailyLimitError';
  }
}

import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { wholeMessage } from './whole-message.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The marketplace allows proactive messages "within 30 days of order completion" (domain.md). */
const WINDOW_DAYS = 30;

/**
 * Late means strictly more than 30 × 24 h after completion: at exactly 30 days the message is
 * still "within 30 days", one millisecond later it is not. A date-time without an offset is read
 * as local time by `Date` (ECMA-262), so the core should store completion times with one; an
 * unparsable date counts as unknown and never warns, like a missing one.
 */
function check(ctx: RuleContext): RuleHit[] {
  const { proactive, orderCompletedAt } = ctx.draft;
  if (proactive !== true || orderCompletedAt === undefined || orderCompletedAt === null) return [];
  const completed = Date.parse(orderCompletedAt);
  if (Number.isNaN(completed)) return [];
  const elapsed = ctx.now.getTime() - completed;
  if (elapsed <= WINDOW_DAYS * DAY_MS) return [];
  return [wholeMessage(`${Math.floor(elapsed / DAY_MS)} days after order completion`)];
}

export const proactiveLateRule: Rule = {
  id: 'proactive-late',
  severity: 'warn',
  summary: 'Proactive messages are allowed only within 30 days of order completion',
  check,
};

import { extractOrderIds } from '../../../order-ids.js';
import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { wholeMessage } from './whole-message.js';

/**
 * The marketplace asks every message to quote the 17-digit order ID (domain.md). When the thread
 * knows its order IDs, a reply that quotes only IDs nobody knows is treated like one that quotes
 * none: a mistyped ID sends the buyer (and the marketplace, in a dispute) to the wrong order, so
 * it is worse than no ID. One known ID among several is fine: a buyer may ask about two orders.
 */
function check(ctx: RuleContext): RuleHit[] {
  const quoted = [...extractOrderIds(ctx.subject.raw), ...extractOrderIds(ctx.body.raw)];
  if (quoted.length === 0) return [wholeMessage()];
  // Canonicalise the thread's IDs too: they may come from a buyer who typed full-width digits.
  const known = new Set((ctx.draft.orderIds ?? []).flatMap((id) => extractOrderIds(id)));
  if (known.size === 0 || quoted.some((id) => known.has(id))) return [];
  return [wholeMessage(`not an order of this thread: ${[...new Set(quoted)].join(', ')}`)];
}

export const orderIdMissingRule: Rule = {
  id: 'order-id-missing',
  severity: 'warn',
  summary: 'Quote the 17-digit order ID (3-7-7) for reference',
  check,
};

import type { ViewCounts, ViewName } from '../../api/desk-types.js';

export const DESK_VIEWS: readonly ViewName[] = ['needs-reply', 'all', 'buyer', 'no-reply', 'sent', 'spam'];

/** What an older core (no messages:counts) can still list. */
export const LEGACY_VIEWS: readonly ViewName[] = ['all', 'buyer', 'sent'];

const countKey: Record<ViewName, keyof ViewCounts> = {
  'needs-reply': 'needsReply',
  all: 'all',
  buyer: 'buyer',
  'no-reply': 'noReply',
  sent: 'sent',
  spam: 'spam',
};

export function countOf(counts: ViewCounts | null, view: ViewName): number | null {
  return counts === null ? null : counts[countKey[view]];
}

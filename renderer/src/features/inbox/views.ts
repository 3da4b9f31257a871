import { countKeyOf, VIEW_NAMES } from '../../../../shared/domain/views.js';
import type { ViewCounts, ViewName } from '../../api/desk-types.js';

export const DESK_VIEWS: readonly ViewName[] = VIEW_NAMES;

/** What an older core (no messages:counts) can still list. */
export const LEGACY_VIEWS: readonly ViewName[] = ['all', 'buyer', 'sent'];

export function countOf(counts: ViewCounts | null, view: ViewName): number | null {
  return counts === null ? null : counts[countKeyOf(view)];
}

import type { Category } from '../classifier/types.js';

/** The classifier owns the category and signal vocabulary; triage only reads it. */
export { CATEGORIES, URGENCY_SIGNALS } from '../classifier/types.js';
export type { Category, UrgencySignal } from '../classifier/types.js';

/**
 * Higher = keeps the message in front of staff: complaint > inquiry > thanks > spam. Decides a
 * thread's category in the queue and which of two interleaved category keywords wins.
 */
export const SEVERITY: Readonly<Record<Category, number>> = { complaint: 3, inquiry: 2, thanks: 1, spam: 0 };

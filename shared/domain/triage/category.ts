/** The classifier owns the category and signal vocabulary; triage only reads it. */
export { CATEGORIES, URGENCY_SIGNALS } from '../classifier/types.js';
export type { Category, UrgencySignal } from '../classifier/types.js';

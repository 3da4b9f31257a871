import type { Rule } from '../../types.js';

/** Phrase rules and warnings (filled in by the wording-rules work). */
export const wordingRules: readonly Rule[] = [];

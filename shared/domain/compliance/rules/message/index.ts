import type { Rule } from '../../types.js';

/** Whole-message warnings: order ID, language, layout, length, [Important], timing, attachments' purpose. */
export const messageRules: readonly Rule[] = [];

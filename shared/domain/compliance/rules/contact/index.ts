import type { Rule } from '../../types.js';

/** Links, contact details, HTML images and attachments (filled in by the contact-rules work). */
export const contactRules: readonly Rule[] = [];

import type { Rule } from '../../types.js';
import { attachmentPurposeOtherRule } from './attachment-purpose-other.js';
import { blankLinesRule } from './blank-lines.js';
import { gifOrThumbsDownRule } from './gif-or-thumbs-down.js';
import { importantMisuseRule } from './important-misuse.js';
import { languageMismatchRule } from './language-mismatch.js';
import { orderIdMissingRule } from './order-id-missing.js';
import { proactiveLateRule } from './proactive-late.js';
import { tooLongRule } from './too-long.js';

/** Whole-message warnings: order ID, language, layout, length, [Important], timing, attachments' purpose. */
export const messageRules: readonly Rule[] = [
  orderIdMissingRule,
  languageMismatchRule,
  blankLinesRule,
  gifOrThumbsDownRule,
  tooLongRule,
  importantMisuseRule,
  proactiveLateRule,
  attachmentPurposeOtherRule,
];

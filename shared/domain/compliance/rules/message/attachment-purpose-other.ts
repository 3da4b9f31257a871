import type { Rule, RuleContext, RuleHit } from '../../types.js';

/**
 * Only order documents (invoice, warranty, instructions) may be attached (domain.md). The user
 * states the purpose; "other" is their own admission that it is none of those. An attachment
 * with no stated purpose is left to the composer, which asks before it queues.
 */
function check(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  (ctx.draft.attachments ?? []).forEach((a, i) => {
    if (a.purpose === 'other') hits.push({ field: 'attachments', start: i, end: i + 1, detail: a.filename });
  });
  return hits;
}

export const attachmentPurposeOtherRule: Rule = {
  id: 'attachment-purpose-other',
  severity: 'warn',
  summary: 'Attach only invoices, warranties or instructions',
  check,
};

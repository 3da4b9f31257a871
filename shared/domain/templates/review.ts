import type { Template } from './types.js';

const DAY_MS = 86_400_000;

/**
 * Templates go stale when products or policies change (domain.md: "review and update templates").
 * Due once more than `reviewAfterDays` whole days have passed; exactly N days is not yet due.
 * An unreadable date counts as due: a template nobody can prove was reviewed should be looked at.
 */
export function isReviewDue(
  template: Pick<Template, 'reviewedAt'>,
  now: Date,
  reviewAfterDays: number,
): boolean {
  const reviewed = Date.parse(template.reviewedAt);
  if (Number.isNaN(reviewed)) return true;
  return now.getTime() - reviewed > reviewAfterDays * DAY_MS;
}

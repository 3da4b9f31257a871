import type { Rule } from '../../types.js';
import { bannedWordRule } from './banned-words.js';
import { offensiveRule } from './offensive.js';
import { optOutRequestRule } from './opt-out.js';
import { placeholderLeftRule } from './placeholder.js';
import { promotionRule } from './promotion.js';
import { repeatsNoticeRule } from './repeats-notice.js';
import { reviewIncentiveRule } from './review-incentive.js';
import { emptySalutationRule } from './salutation.js';

/** Phrase rules: what the seller wrote, in ja/zh/ko/en (blocking rules first, as in types.ts). */
export const wordingRules: readonly Rule[] = [
  optOutRequestRule,
  reviewIncentiveRule,
  placeholderLeftRule,
  emptySalutationRule,
  bannedWordRule,
  promotionRule,
  repeatsNoticeRule,
  offensiveRule,
];

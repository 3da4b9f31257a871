import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { hasEssentialCue } from './essential-cues.js';

/**
 * The marketplace's "[Important]" tag, in its language, with the brackets people actually type:
 * ASCII/full-width [] (folded), 【】, 〔〕, 〖〗. Near variants that read as the same tag
 * (【重要なお知らせ】, [重要通知], [중요 공지]) count too: they borrow its authority to reach
 * opted-out buyers, which is exactly the misuse. "Important:" without brackets is prose.
 */
const TAG =
  /[[【〔〖][ \t]*(?:important|重要(?:通知|なお知らせ|事項|提示)?|중요[ \t]*(?:공지|안내)?)[ \t]*[\]】〕〗]/i;

function check(ctx: RuleContext): RuleHit[] {
  const m = TAG.exec(ctx.subject.folded);
  if (m === null) return [];
  if (hasEssentialCue(ctx.subject.folded, ctx.body.folded)) return [];
  return [{ field: 'subject', start: m.index, end: m.index + m[0].length }];
}

export const importantMisuseRule: Rule = {
  id: 'important-misuse',
  severity: 'warn',
  summary: '[Important] is only for messages essential to completing the order',
  check,
};

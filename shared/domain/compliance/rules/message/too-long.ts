import type { Rule, RuleContext, RuleHit } from '../../types.js';

/**
 * Counts code points, not UTF-16 units: an emoji or a rare kanji outside the BMP is one
 * character to the person typing. Gives the UTF-16 offset where code point `limit` + 1 starts
 * (and the total count), or null when the text is not longer than `limit` code points.
 */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

function offsetPastLimit(text: string, limit: number): { offset: number; count: number } | null {
  // Fast path: even if every unit were a whole code point the text would fit.
  if (text.length <= limit) return null;
  // No high surrogate: every unit is a code point (the common case, answered natively).
  if (!HIGH_SURROGATE.test(text)) return { offset: limit, count: text.length };
  let count = 0;
  let offset = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue; // second half of a surrogate pair
    }
    count++;
    if (count === limit + 1) offset = i;
  }
  return offset === -1 ? null : { offset, count };
}

function check(ctx: RuleContext): RuleHit[] {
  const limit = Math.max(0, Math.floor(ctx.settings.longMessageChars));
  const past = offsetPastLimit(ctx.body.raw, limit);
  if (past === null) return [];
  return [
    {
      field: 'body',
      start: past.offset,
      end: ctx.body.raw.length,
      detail: `${past.count} characters, limit ${limit}`,
    },
  ];
}

export const tooLongRule: Rule = {
  id: 'too-long',
  severity: 'warn',
  summary: 'The message is very long; buyers skim, keep it short',
  check,
};

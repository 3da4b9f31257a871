import type { Rule } from '../../types.js';
import { COURTESY, NOTICE } from './notice-phrases.js';
import { scanAll } from './scan.js';

/**
 * A reply that only repeats a marketplace notice (order confirmation, shipping notice, a thank
 * you for the order) is a message the rules say not to send (domain.md).
 *
 * The criterion: the body contains a notice phrase, and once the notice phrases, the courtesy
 * around them, the salutation line, the signature block and every token with a digit in it
 * (order IDs, tracking numbers, dates) are taken out, fewer than MIN_CONTENT weighted letters
 * remain. A Latin letter weighs 1 and a CJK, kana or Hangul character 2 (a word takes about
 * half as many characters in those scripts); 30 is about one short sentence. So "Your order has shipped. Tracking: 1Z…" warns,
 * and the same sentence followed by an explanation of a delay does not. A bare "thank you"
 * for the buyer's message is not a notice: it is how one answers a buyer's thanks.
 */
export const MIN_CONTENT = 30;

const SALUTATION_LINE =
  /^(?:dear|hi|hello|hey)(?![a-z])|(?:様|さま|殿|님|先生|女士|小姐)[,、:!]?\s*$|^(?:您好|你好|亲爱的|尊敬的|안녕하세요|こんにちは)/i;
const CLOSING_LINE =
  /^(?:(?:best|kind|warm|warmest)?\s*regards|sincerely|thanks|thank you|cheers|yours|よろしくお願い|敬具|以上|此致|祝|谢谢|감사합니다|드림)/i;
const SIGNATURE_LINES = 6;
const WITH_DIGIT = /\S*\d\S*/g;
const LATIN = /[A-Za-z]/g;
const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff66-\uff9f]/g;

/** What the body says beyond salutation, signature, notices and courtesy, in weighted letters. */
export function contentWeight(folded: string): number {
  const lines = folded.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  if (first >= 0 && (lines[first] ?? '').length <= 40 && SALUTATION_LINE.test(lines[first] ?? ''))
    lines[first] = '';
  const filled = lines.flatMap((l, i) => (l === '' ? [] : [i]));
  const closing = filled.slice(-SIGNATURE_LINES).find((i) => CLOSING_LINE.test(lines[i] ?? ''));
  const kept = closing === undefined ? lines : lines.slice(0, closing);
  let rest = kept.join('\n');
  for (const re of [...NOTICE, ...COURTESY, WITH_DIGIT]) rest = rest.replace(re, ' ');
  return (rest.match(LATIN)?.length ?? 0) + 2 * (rest.match(WIDE)?.length ?? 0);
}

export const repeatsNoticeRule: Rule = {
  id: 'repeats-notice',
  severity: 'warn',
  summary: 'The reply only repeats a notice the marketplace already sends',
  check(ctx) {
    const notices = scanAll(NOTICE, 'body', ctx.body.folded);
    if (notices.length === 0 || contentWeight(ctx.body.folded) >= MIN_CONTENT) return [];
    return notices;
  },
};

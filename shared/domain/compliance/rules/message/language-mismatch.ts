import { detectLanguageWithConfidence } from '../../../language.js';
import type { Language } from '../../../message.js';
import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { letterWeight, replyText, scriptCounts, type ScriptCounts } from './reply-text.js';
import { wholeMessage } from './whole-message.js';

/**
 * Messages should be in the buyer's preferred language, best guessed as the one they wrote in
 * (domain.md). A false warning on every keystroke teaches people to ignore the gate, so this
 * rule only speaks when sure:
 * - the reply carries at least MIN_WEIGHT of letters (four CJK characters, or eight Latin
 *   letters: "了解" and "OK" are both languages at once);
 * - the detector's confidence is at least MIN_CONFIDENCE: kanji-only text such as "発送済" or
 *   "品質保証" could be Chinese or Japanese and stays below it;
 * - a bilingual reply passes when the paragraphs confidently in the buyer's language carry at
 *   least BILINGUAL_SHARE of its letters; a Japanese signature under an English reply does not.
 */
export const MIN_CONFIDENCE = 0.5;
export const MIN_WEIGHT = 8;
export const BILINGUAL_SHARE = 0.35;

const PARAGRAPH_BREAK = /\n[ \t\u3000\r]*\n/;
const CHECKED: ReadonlySet<Language> = new Set<Language>(['ja', 'zh', 'ko', 'en']);

function isConfidently(text: string, language: Language): boolean {
  const g = detectLanguageWithConfidence(text);
  return g.language === language && g.confidence >= MIN_CONFIDENCE;
}

/** Without a character of the buyer's script a paragraph cannot be in their language: skip the detector. */
function canBe(n: ScriptCounts, language: Language): boolean {
  if (language === 'en') return n.latin > 0;
  if (language === 'ko') return n.hangul > 0;
  if (language === 'ja') return n.kana + n.han > 0;
  return n.han > 0;
}

function buyerShare(text: string, buyer: Language): number {
  let total = 0;
  let inBuyer = 0;
  for (const paragraph of text.split(PARAGRAPH_BREAK)) {
    const n = scriptCounts(paragraph);
    const w = letterWeight(n);
    total += w;
    if (w > 0 && canBe(n, buyer) && isConfidently(paragraph, buyer)) inBuyer += w;
  }
  return total === 0 ? 0 : inBuyer / total;
}

function check(ctx: RuleContext): RuleHit[] {
  const buyer = ctx.draft.buyerLanguage;
  if (buyer === undefined || buyer === null || !CHECKED.has(buyer)) return [];
  const text = replyText(ctx.body.raw);
  if (letterWeight(scriptCounts(text)) < MIN_WEIGHT) return [];
  const guess = detectLanguageWithConfidence(text);
  if (guess.language === buyer || guess.confidence < MIN_CONFIDENCE) return [];
  if (PARAGRAPH_BREAK.test(text) && buyerShare(text, buyer) >= BILINGUAL_SHARE) return [];
  return [wholeMessage(guess.language)];
}

export const languageMismatchRule: Rule = {
  id: 'language-mismatch',
  severity: 'warn',
  summary: "Reply in the buyer's language",
  check,
};

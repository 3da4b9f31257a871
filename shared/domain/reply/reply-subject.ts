import type { Language } from '../message.js';
import { foldFullWidthAscii } from '../text-normalize.js';

/**
 * The `[Important]` tag in the marketplace's language (domain.md: a message essential to
 * completing an order may reach an opted-out buyer when its subject carries it).
 * Source/assumption: Amazon's English help names the tag "[Important]"; the Japanese and
 * Chinese Seller Central help translate it as "[重要]". There is no Korean Amazon storefront, so
 * "[중요]" serves Korean-language marketplaces only. The caller passes the MARKETPLACE's
 * language (a Japanese buyer on amazon.com still gets "[Important]"), see marketplaceLanguage.
 */
export const IMPORTANT_TAGS: Readonly<Record<Language, string>> = {
  ja: '[重要]',
  zh: '[重要]',
  ko: '[중요]',
  en: '[Important]',
  other: '[Important]',
};

/** Every tag we or other desks may have added before, in ASCII or lenticular brackets. */
const TAG_WORDS = 'important|importante|wichtig|重要|중요';
// Matched on the width-folded subject so Ｒｅ： and ［Ｉｍｐｏｒｔａｎｔ］ count; folding keeps offsets.
const REPLY_PREFIX = new RegExp(
  `^\\s*(?:(?:re|aw|sv|antw|rif|vs|回复|回覆|答复|答覆|답장|회신|返信)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]|\\[\\s*(?:${TAG_WORDS})\\s*\\]|【\\s*(?:${TAG_WORDS})\\s*】)\\s*`,
  'i',
);
/** A long stack is a mail loop or an attack; after this many the rest is kept as text. */
const MAX_STRIPPED = 50;

export interface ReplySubjectOptions {
  important: boolean;
  /** The marketplace's language: picks the [Important] tag. */
  language: Language;
}

/**
 * "Re: " once (RFC 5322 §3.6.5 suggests exactly "Re: "; localized prefixes like 回复: break
 * other clients' threading), after removing stacked reply prefixes and old [Important] tags.
 * Other bracket labels (【お問い合わせ】) belong to the subject and stay. The tag goes first so
 * the marketplace and a buyer's narrow subject column both see it.
 */
export function replySubject(original: string, opts: ReplySubjectOptions): string {
  const base = stripReplyPrefixes(original);
  const reply = base === '' ? 'Re:' : `Re: ${base}`;
  return opts.important ? `${IMPORTANT_TAGS[opts.language]} ${reply}` : reply;
}

/** The subject without leading reply prefixes and importance tags, as written (width kept). */
export function stripReplyPrefixes(subject: string): string {
  const raw = subject.replace(/[\r\n\t]+/g, ' ');
  const folded = foldFullWidthAscii(raw);
  let at = 0;
  for (let i = 0; i < MAX_STRIPPED; i++) {
    const m = REPLY_PREFIX.exec(folded.slice(at));
    if (m === null || m[0].length === 0) break;
    at += m[0].length;
  }
  return raw.slice(at).replace(/\s+/g, ' ').trim();
}

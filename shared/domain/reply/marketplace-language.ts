import type { Language } from '../message.js';

/**
 * The storefront's language from the buyer's relay address (`…@marketplace.amazon.co.jp`):
 * the [Important] tag must be the one the marketplace reads, not the buyer's language.
 * Storefronts in other languages (de, fr, …) have no tag in our table and get English.
 */
const BY_TLD: ReadonlyArray<[RegExp, Language]> = [
  [/@marketplace\.amazon\.co\.jp$/i, 'ja'],
  [/@marketplace\.amazon\.cn$/i, 'zh'],
  [/@marketplace\.amazon\.[a-z.]+$/i, 'en'],
];

/** The relay's storefront language; for any other address, the buyer's own language. */
export function marketplaceLanguage(buyerAddress: string, buyerLanguage: Language): Language {
  for (const [pattern, language] of BY_TLD) if (pattern.test(buyerAddress.trim())) return language;
  return buyerLanguage;
}

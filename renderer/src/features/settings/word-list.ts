/** The seller's extra banned words: one word or phrase per line (phrases may contain commas). */

/** The contract's limits (shared/api/schemas/replies.ts complianceSettingsSchema). */
export const MAX_BANNED_WORDS = 500;
export const MAX_WORD_CHARS = 100;

export interface WordListResult {
  /** Trimmed and deduplicated; the first spelling of a duplicate is kept. */
  words: string[];
  /** Entries over MAX_WORD_CHARS, as written. */
  tooLong: string[];
}

/**
 * Two spellings the checker treats as one (it is case- and width-insensitive): NFKC folds
 * ＳＡＬＥ to SALE and half-width ｾｰﾙ to セール, then case is folded.
 */
export function wordKey(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}

export function parseWordList(text: string): WordListResult {
  const words: string[] = [];
  const tooLong: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    // The ideographic space (U+3000) is whitespace to trim() as well.
    const word = line.trim();
    if (word === '') continue;
    // UTF-16 length, as the contract (zod .max) counts it.
    if (word.length > MAX_WORD_CHARS) {
      tooLong.push(word);
      continue;
    }
    const key = wordKey(word);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return { words, tooLong };
}

export function tidyWordText(text: string): string {
  const { words, tooLong } = parseWordList(text);
  return [...words, ...tooLong].join('\n');
}

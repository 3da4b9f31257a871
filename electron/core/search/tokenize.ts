/**
 * Search tokens for mixed Japanese, Chinese, Korean and English mail.
 *
 * CJK has no spaces, and a dictionary segmenter splits the same word differently in a query
 * than inside a sentence (「破損」 alone vs 「破損していました」). So every CJK run is indexed as
 * overlapping character bigrams, so a query's bigrams are always a subset of the text's; the
 * query side splits CJK into words with Intl.Segmenter first (see queryTokens). Segmenting at
 * index time was measured at ~1 ms per Japanese text (ICU dictionary): 100 s for 100,000
 * messages, for terms the bigrams already cover, so it is not done. Latin
 * words and digit groups are split on anything that is not a letter or digit; a marketplace
 * order ID (3-7-7 digits) is also kept whole so a pasted ID is one exact term.
 */

/** Text folded for matching (NFKC, lower case), with where each folded unit came from. */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: [start, end) in the original string; null when unit i came from unit i. */
  origin: Array<[number, number]> | null;
}

/** Per code point so offsets map back: NFKC turns ５ into 5 and ㈱ into (株), changing lengths. */
export function foldWithMap(input: string): Folded {
  // Most subjects and snippets are already NFKC and lower-case to the same length: one unit per
  // unit, no map needed. Per-code-point normalising of 400 strings was ~5 ms of every query.
  if (input.normalize('NFKC') === input) {
    const lower = input.toLowerCase();
    if (lower.length === input.length) return { text: lower, origin: null };
  }
  let text = '';
  const origin: Array<[number, number]> = [];
  let at = 0;
  for (const ch of input) {
    const folded = ch.normalize('NFKC').toLowerCase();
    const span: [number, number] = [at, at + ch.length];
    for (let i = 0; i < folded.length; i++) origin.push(span);
    text += folded;
    at += ch.length;
  }
  return { text, origin };
}

/**
 * Fold for indexing and queries. Whole-string NFKC is ~15x faster than per code point and also
 * composes half-width ｶﾞ into ガ; highlights use foldWithMap on the short subject and snippet.
 */
export function fold(input: string): string {
  return input.normalize('NFKC').toLowerCase();
}

// One definition of each character class, for the regular expressions (queries) and the
// one-pass scanner (indexing), which must agree.
const CJK_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー々〆ヶ]';
const WORD_CLASS = '[\\p{L}\\p{N}]';
const CJK_RUN = new RegExp(`${CJK_CLASS}+`, 'gu');
const WORD = new RegExp(`${WORD_CLASS}+`, 'gu');
// Dashes a mailer or an IME may put between the groups, after NFKC folding.
export const ORDER_ID_TEXT = /(?<!\d)(\d{3})[-‐‑‒–—―−ー](\d{7})[-‐‑‒–—―−ー](\d{7})(?!\d)/g;

const segmenters = new Map<string, Intl.Segmenter>();

/** One segmenter per language, reused: building one loads ICU dictionaries. */
function segmenterFor(text: string): Intl.Segmenter {
  const locale = /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)
    ? 'ja'
    : /\p{Script=Hangul}/u.test(text)
      ? 'ko'
      : 'zh';
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

function latinAndDigits(text: string, out: string[]): void {
  for (const m of text.replace(CJK_RUN, ' ').matchAll(WORD)) out.push(m[0]);
}

function orderIds(text: string, out: string[]): void {
  for (const m of text.matchAll(ORDER_ID_TEXT)) out.push(`${m[1]}-${m[2]}-${m[3]}`);
}

const SEPARATOR = 0;
const WORD_CHAR = 1;
const CJK_CHAR = 2;
const CJK_ONE = new RegExp(`^${CJK_CLASS}$`, 'u');
const WORD_ONE = new RegExp(`^${WORD_CLASS}$`, 'u');
/** Per code point, as CJK_RUN and WORD classify it; at most one entry per distinct character seen. */
const kinds = new Map<number, number>();

function kindOf(cp: number): number {
  if (cp < 0x80) {
    const alnum = (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
    return alnum ? WORD_CHAR : SEPARATOR;
  }
  let kind = kinds.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = CJK_ONE.test(ch) ? CJK_CHAR : WORD_ONE.test(ch) ? WORD_CHAR : SEPARATOR;
    kinds.set(cp, kind);
  }
  return kind;
}

/**
 * Terms for indexing: order IDs whole, then the same words and CJK bigrams as the regular
 * expressions above would give, in one pass over the text. The three regex passes were most of
 * the index build (~0.3 ms per 2 KB body, 30 s at 100,000 messages).
 */
export function indexTokens(raw: string): string[] {
  const text = fold(raw);
  const out: string[] = [];
  orderIds(text, out);
  let runKind = SEPARATOR;
  let runStart = 0;
  let prevStart = -1; // where the previous character of the current CJK run starts
  for (let i = 0; i <= text.length;) {
    const cp = i < text.length ? (text.codePointAt(i) ?? 0) : -1;
    const kind = cp < 0 ? SEPARATOR : kindOf(cp);
    if (kind !== runKind) {
      if (runKind === WORD_CHAR) out.push(text.slice(runStart, i));
      else if (runKind === CJK_CHAR && prevStart === runStart) out.push(text.slice(runStart, i)); // one character
      runKind = kind;
      runStart = i;
      prevStart = -1;
    }
    const width = cp > 0xffff ? 2 : 1;
    if (kind === CJK_CHAR) {
      // Slices, not concatenation: a concatenated key is flattened again by every Map lookup.
      if (prevStart >= 0) out.push(text.slice(prevStart, i + width));
      prevStart = i;
    }
    i += width;
  }
  return out;
}

/**
 * Terms of a query. A CJK run is first split into words with Intl.Segmenter, then each word into
 * bigrams: 「破損返金」 becomes 破損 + 返金 rather than also demanding the cross-word bigram 損返,
 * so words the buyer wrote apart still match. One-character words are dropped when the run has
 * longer ones; a lone character (「届」) is matched as a prefix of the indexed bigrams.
 */
export function queryTokens(raw: string): string[] {
  const text = fold(raw);
  const out: string[] = [];
  orderIds(text, out);
  latinAndDigits(text.replace(ORDER_ID_TEXT, ' '), out);
  for (const m of text.matchAll(CJK_RUN)) {
    // Runs of one-character segments are glued back: the segmenter splits names (刘芳 -> 刘 芳)
    // and unknown words into single characters, which only mean something together.
    const words: string[] = [];
    let glued = false;
    for (const { segment } of segmenterFor(m[0]).segment(m[0])) {
      const single = [...segment].length === 1;
      if (single && glued) words[words.length - 1] += segment;
      else words.push(segment);
      glued = single;
    }
    const pairs = words.flatMap((w) => ([...w].length >= 2 ? bigrams(w) : []));
    // Particles and okurigana (が, し, ま) alone add little and expand to many prefixes.
    out.push(...(pairs.length > 0 ? pairs : words));
  }
  return [...new Set(out)];
}

/** Single CJK characters and digit groups are matched as prefixes (typing, partial order IDs). */
export function wantsPrefix(term: string, isLast: boolean): boolean {
  if (isLast) return true;
  return /^\d+$/.test(term) || [...term].length === 1;
}

/**
 * Text helpers for template suggestions: one normalisation and one cheap tokeniser, so a message,
 * a classifier cue and a template are compared in the same terms. No dictionary or segmenter:
 * scripts without spaces (Han, kana) give character bigrams, Hangul gives the word plus syllable
 * bigrams (파손되어 and 파손이 share 파손), Latin gives words — the classifier's own feature
 * scheme, so its cues ('破損', 'broken', '파손') land on template tokens as they are.
 */

/** NFKC folds full-width ASCII and half-width katakana; lower-case makes Latin case-blind. */
export function normalizeForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

// Function words that would match nearly every English template and say nothing about it.
const STOPWORDS = new Set(
  (
    'the and for you your are was were this that with have has had but not can will would could from they ' +
    'them there what when which who how its our out all any one get got just about into been did does dear ' +
    'please thank thanks hello regards best sorry order item we us me my is it of to in on at be as an or'
  ).split(' '),
);

// Plain numbers, as in the classifier's features.ts: keeps the per-character loop cheap.
const Kind = { None: 0, Latin: 1, Cjk: 2, Hangul: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

function kindOf(code: number): Kind {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? Kind.Latin : Kind.None;
  }
  // Kana (without the middle dot), CJK ideographs and extension A, the iteration mark 々.
  if (code >= 0x3040 && code <= 0x30ff) return code === 0x30fb ? Kind.None : Kind.Cjk;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005) {
    return Kind.Cjk;
  }
  if (code >= 0xac00 && code <= 0xd7a3) return Kind.Hangul;
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return Kind.Latin;
  return Kind.None;
}

function isHiragana(code: number): boolean {
  return code >= 0x3040 && code <= 0x309f;
}

function addRun(kind: Kind, run: string, out: Set<string>): void {
  if (kind === Kind.Latin) {
    // Digits alone (quantities, order-ID parts) are never a topic.
    if (run.length >= 3 && !STOPWORDS.has(run) && !/^\d+$/.test(run)) out.add(run);
    return;
  }
  if (kind === Kind.Hangul) {
    if (run.length >= 2) out.add(run);
  } else if (run.length === 1) {
    // A lone ideograph between kana (「壊れ」's 壊) still carries meaning; a lone kana does not.
    if (!isHiragana(run.charCodeAt(0))) out.add(run);
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) {
    // Two hiragana (ます, ござ) are grammar, not content: skipping them keeps the sets small.
    if (kind === Kind.Cjk && isHiragana(run.charCodeAt(i)) && isHiragana(run.charCodeAt(i + 1))) continue;
    out.add(run.slice(i, i + 2));
  }
}

/**
 * Content tokens of already-normalised text, added to `out`. Stops after `maxChars` characters
 * so a 20,000-character body cannot make a keystroke slow.
 */
export function addTokens(normalized: string, out: Set<string>, maxChars = Infinity): void {
  const end = Math.min(normalized.length, maxChars);
  let start = 0;
  let kind: Kind = Kind.None;
  for (let i = 0; i <= end; i++) {
    const k = i === end ? Kind.None : kindOf(normalized.charCodeAt(i));
    if (k === kind) continue;
    if (kind !== Kind.None) addRun(kind, normalized.slice(start, i), out);
    start = i;
    kind = k;
  }
}

export function tokensOf(text: string, maxChars = Infinity): Set<string> {
  const out = new Set<string>();
  addTokens(normalizeForMatch(text), out, maxChars);
  return out;
}

function bigramsFound(term: string, haystack: string): number {
  let found = 0;
  for (let i = 0; i + 1 < term.length; i++) if (haystack.includes(term.slice(i, i + 2))) found++;
  return found / Math.max(1, term.length - 1);
}

/**
 * Whether one normalised search term occurs in a normalised field. Latin terms are substrings
 * (a prefix typed so far matches: "refu" finds "refund"). A CJK or Hangul term of three or more
 * characters also matches when most of its bigrams occur, because a typed phrase rarely matches
 * the template's wording exactly (返品方法 against 「返品の方法」).
 */
export function termMatches(term: string, haystack: string): boolean {
  if (haystack.includes(term)) return true;
  if (term.length < 3 || kindOf(term.charCodeAt(0)) === Kind.Latin) return false;
  return bigramsFound(term, haystack) >= 0.66;
}

/** Search terms of a query: normalised, split on white space, duplicates removed. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      normalizeForMatch(query)
        .split(/\s+/u)
        .filter((t) => t.length > 0),
    ),
  ];
}

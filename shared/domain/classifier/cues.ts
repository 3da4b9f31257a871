import type { ClassifierModel, PerCategory } from './types.js';

// Function words that carry no meaning shown alone as a cue.
const STOPWORDS = new Set(
  'the and for you your are was were this that with have has had but not can will would could from they them ' +
    "there what when which who how its it's our out all any one get got just about into been did does".split(
      ' ',
    ),
);

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function isKatakana(code: number): boolean {
  return code >= 0x30a0 && code <= 0x30ff;
}

/**
 * Whether a feature reads as a word on its own: a Latin word (not a function word), a Han
 * compound (破損), a katakana loanword, a Hangul word or syllable pair. Single characters,
 * kana fragments (りが) and pseudo-features (#url) do not.
 */
function isShowable(f: string): boolean {
  if (f.length < 2 || f.startsWith('#')) return false;
  const a = f.charCodeAt(0);
  const b = f.charCodeAt(1);
  if (/^[a-z][a-z']+$/.test(f)) return f.length >= 3 && !STOPWORDS.has(f);
  if (f.length === 2) return (isHan(a) && isHan(b)) || (isHangul(a) && isHangul(b));
  if (isKatakana(a)) return [...f].every((ch) => isKatakana(ch.charCodeAt(0)));
  return isHangul(a) && [...f].every((ch) => isHangul(ch.charCodeAt(0)));
}

/** The message's features that most favour the winner over the runner-up, as cues. */
export function nbCues(
  model: ClassifierModel,
  features: Set<string>,
  win: number,
  posterior: PerCategory,
  alpha: number,
  taken: readonly string[],
  max: number,
): string[] {
  if (taken.length >= max) return [];
  let second = win === 0 ? 1 : 0;
  for (let c = 0; c < 4; c++) if (c !== win && (posterior[c] ?? 0) > (posterior[second] ?? 0)) second = c;
  const v = model.vocabularySize * alpha;
  const norm = Math.log((model.totals[second] ?? 0) + v) - Math.log((model.totals[win] ?? 0) + v);
  const scored: Array<[string, number]> = [];
  for (const f of features) {
    const row = model.features[f];
    if (!Array.isArray(row)) continue;
    const w = row[win] ?? 0;
    const o = row[second] ?? 0;
    if (w <= o) continue; // cannot favour the winner; skips most features before any Math.log
    const gain = Math.log(w + alpha) - Math.log(o + alpha) + norm;
    if (gain > 1 && isShowable(f)) scored.push([f, gain]);
  }
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const out: string[] = [];
  const all = [...taken];
  for (const [f] of scored) {
    if (all.length >= max) break;
    if (all.some((t) => t.includes(f) || f.includes(t))) continue;
    out.push(f);
    all.push(f);
  }
  return out;
}

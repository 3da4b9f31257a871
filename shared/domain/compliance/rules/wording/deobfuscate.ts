import type { CheckedText } from '../../types.js';
import { fullWidthKatakana } from './half-width-kana.js';

/**
 * A second reading of a field with the usual filter dodges undone: letters spaced out
 * ("c o u p o n", "好 评 返 现", "ク・ー・ポ・ン"), zero-width characters pasted between letters,
 * and half-width katakana (ｸｰﾎﾟﾝ). The phrase patterns stay plain literals — V8 scans a short
 * literal alternation many times faster than one with optional gaps after every character — and
 * run on this view too, when there is one. `starts`/`ends` map each view character back to the
 * original text, so a hit in the view underlines the right span of what the seller typed.
 */
export interface DeobfuscatedView {
  text: string;
  starts: number[];
  ends: number[];
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const HALF_KANA = /[\uff66-\uff9f]/;
const NEEDS_VIEW = /[\u200b-\u200d\u2060\ufeff\uff66-\uff9f]/;
// Four or more single Latin letters, or three or more single CJK or Hangul characters, each
// separated by a short gap ("single": no letter of the same script right before or after it).
const LATIN_LETTER = /[A-Za-z]/;
const WIDE_CHAR = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;
const SPACED_LATIN = /[A-Za-z](?:[ .*_-]{1,2}[A-Za-z](?![A-Za-z])){3,}/g;
const SPACED_WIDE =
  /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3](?:[ \t・·.]{1,2}[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3](?![\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3])){2,}/g;
// Chinese and Japanese do not space words, so even two spaced characters are a dodge (傻 逼);
// Korean does, and single-syllable words (할 수 있습니다) are everywhere, so Hangul needs three.
const SPACED_HAN_KANA =
  /[\u3040-\u30ff\u4e00-\u9fff](?:[ \t・·.]{1,2}[\u3040-\u30ff\u4e00-\u9fff](?![\u3040-\u30ff\u4e00-\u9fff]))+/g;
const GAP = /[ \t.*_・·-]/;

// One view per CheckedText: the rules of one check share it, and it goes with the check.
const cache = new WeakMap<CheckedText, DeobfuscatedView | null>();

export function deobfuscatedView(text: CheckedText): DeobfuscatedView | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const view = build(text.folded);
  cache.set(text, view);
  return view;
}

/** Marks the gaps inside spaced-out runs; the run's first letter must start a word. */
function markGaps(s: string, dropGap: Uint8Array): boolean {
  let found = false;
  for (const [re, letter] of [
    [SPACED_LATIN, LATIN_LETTER],
    [SPACED_WIDE, WIDE_CHAR],
    [SPACED_HAN_KANA, WIDE_CHAR],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (letter.test(s.charAt(m.index - 1))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      found = true;
      for (let i = m.index; i < m.index + m[0].length; i++) if (GAP.test(s.charAt(i))) dropGap[i] = 1;
    }
  }
  return found;
}

function build(s: string): DeobfuscatedView | null {
  const dropGap = new Uint8Array(s.length);
  if (!markGaps(s, dropGap) && !NEEDS_VIEW.test(s)) return null;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    if (dropGap[i] === 1 || ZERO_WIDTH.test(ch)) continue;
    starts.push(i);
    if (HALF_KANA.test(ch)) {
      const full = fullWidthKatakana(ch, s.charAt(i + 1));
      out += full.char;
      i += full.consumed - 1;
    } else {
      out += ch;
    }
    ends.push(i + 1);
  }
  return { text: out, starts, ends };
}

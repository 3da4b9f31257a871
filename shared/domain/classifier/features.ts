/**
 * Features of prepared (normalised) text, binarised: each at most once per message, which
 * suits short texts better than raw counts. Scripts without spaces (Han, kana) give character
 * unigrams and bigrams, so no dictionary or segmenter is needed and 破損 / 破损 / 退款 are
 * features of their own; Hangul gives the eojeol (space-separated word with its particles)
 * plus syllable bigrams so 파손되었습니다 and 파손이 share 파손; Latin gives words and word pairs
 * ("not arrived"). Links, addresses, order IDs and amounts become one pseudo-feature each.
 */

export const URL_FEATURE = '#url';
export const EMAIL_FEATURE = '#email';
export const ORDER_FEATURE = '#order';
export const MONEY_FEATURE = '#money';
export const EMOJI_FEATURE = '#emoji';

const URL =
  /(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]+\.(?:com|net|org|io|co|jp|cn|kr|xyz|top|shop|info|biz)(?:\/[^\s]*)?/g;
const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,255}\.[a-z]{2,}/g;
const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;
const MONEY = /[$¥￥€£₩]\s?\d|\d\s?(?:円|元|万|원|usd|dollars?)/;

// Script classes of a character; plain numbers keep the per-character loop cheap.
const Script = { None: 0, Latin: 1, Han: 2, Kana: 3, Hangul: 4, OtherLetter: 5 } as const;
type Script = (typeof Script)[keyof typeof Script];

const OTHER_LETTER = /\p{L}/u;

function scriptOf(code: number): Script {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return Script.Latin;
    return Script.None;
  }
  if (code >= 0x3040 && code <= 0x30ff) return code === 0x30fb ? Script.None : Script.Kana;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005) {
    return Script.Han;
  }
  if (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  ) {
    return Script.Hangul;
  }
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return Script.Latin;
  if (code >= 0xd800 && code <= 0xdfff) return Script.None; // astral: emoji, counted apart
  return OTHER_LETTER.test(String.fromCharCode(code)) ? Script.OtherLetter : Script.None;
}

function isKatakana(code: number): boolean {
  return code >= 0x30a0 && code <= 0x30ff;
}

function addCjkRun(run: string, out: Set<string>): void {
  let kataStart = -1;
  for (let i = 0; i < run.length; i++) {
    out.add(run.charAt(i));
    if (i + 1 < run.length) out.add(run.slice(i, i + 2));
    // Katakana words (キャンセル, サイズ) are whole loanwords: worth one feature and one cue.
    const kata = isKatakana(run.charCodeAt(i));
    if (kata && kataStart === -1) kataStart = i;
    if (!kata && kataStart !== -1) {
      if (i - kataStart >= 3) out.add(run.slice(kataStart, i));
      kataStart = -1;
    }
  }
  if (kataStart !== -1 && run.length - kataStart >= 3) out.add(run.slice(kataStart));
}

function addHangulRun(run: string, out: Set<string>): void {
  out.add(run);
  for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
}

function replaceFlag(text: string, re: RegExp, feature: string, out: Set<string>): string {
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  out.add(feature);
  return text.replace(re, ' ');
}

/** Adds the features of one prepared text to `out` (a set: binarised). */
function addFeatures(text: string, out: Set<string>): void {
  let t = text;
  // Addresses first: their domain part would otherwise read as a bare link.
  if (t.includes('@')) t = replaceFlag(t, EMAIL, EMAIL_FEATURE, out);
  if (t.includes('.')) t = replaceFlag(t, URL, URL_FEATURE, out);
  if (t.includes('-')) t = replaceFlag(t, ORDER_ID, ORDER_FEATURE, out);
  if (MONEY.test(t)) out.add(MONEY_FEATURE);
  let prevWord = '';
  let start = 0;
  let current: Script = Script.None;
  const flush = (end: number): void => {
    if (current === Script.None || end <= start) return;
    const run = t.slice(start, end);
    if (current === Script.Latin || current === Script.OtherLetter) {
      // Bare numbers say nothing about the kind of message; amounts are #money already.
      if (/^\d+$/.test(run)) {
        prevWord = '';
        return;
      }
      out.add(run);
      if (prevWord !== '') out.add(`${prevWord} ${run}`);
      prevWord = run;
      return;
    }
    prevWord = '';
    if (current === Script.Hangul) addHangulRun(run, out);
    else addCjkRun(run, out);
  };
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    let s: Script = scriptOf(code);
    if (s === Script.Kana || s === Script.Han) s = Script.Han; // one run: 届かない, 破損しました
    // An apostrophe inside a Latin word belongs to it (don't, hasn't).
    if (code === 0x27 && current === Script.Latin) continue;
    if (s !== current) {
      flush(i);
      start = i;
      current = s;
    }
    if (s === Script.None) {
      // Punctuation ends a Latin word pair; spaces do not.
      if (code !== 0x20) prevWord = '';
      if (code === 0x3f) out.add('?');
      else if (code === 0x21) out.add('!');
      else if ((code >= 0xd800 && code <= 0xdbff) || (code >= 0x2600 && code <= 0x27bf))
        out.add(EMOJI_FEATURE);
    }
  }
  flush(t.length);
}

/** All features of a message; the subject is read like more body text. */
export function featuresOf(subject: string, body: string): Set<string> {
  const out = new Set<string>();
  addFeatures(subject, out);
  addFeatures(body, out);
  return out;
}

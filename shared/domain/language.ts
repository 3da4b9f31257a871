import type { Language } from './message.js';
import {
  CHAR_CLASS,
  CHINESE_WORDS,
  CLS,
  ENGLISH_WORDS,
  JAPANESE_WORDS,
  OTHER_LATIN_WORDS,
  STARTS_JA_WORD,
  STARTS_ZH_WORD,
} from './language-chars.js';

/**
 * The language a buyer wrote in: the best guess for the reply language (domain.md). Counts
 * script evidence in one pass; kana decide Japanese, hangul Korean, and for kana-less Han text
 * the language-only character forms, words and punctuation habits (Chinese commas with ，,
 * Japanese with 、) decide. Quoted lines, attributions, URLs and addresses belong to someone
 * else or to no language, so they are removed first; order IDs are digits, never counted.
 */

export interface LanguageGuess {
  language: Language;
  /** 0 = no evidence at all, towards 1 = plenty of one-sided evidence. A heuristic, not a probability. */
  confidence: number;
}

// A buyer's language shows in the first lines; later text is mostly signatures and quotes.
const MAX_INPUT = 8000;
const MAX_ANALYSED = 2000;
const QUOTE_START = /^[ \t\u3000]*[>＞]/;
// Reply attributions in the mail client's language, not the buyer's: "On …, X wrote:",
// "…さんは書きました:", "… 写道：", "…님이 작성:".
const ATTRIBUTION = /(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|書きました|写道|寫道|작성)[:：]$/i;
const FORWARD_MARKER =
  /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|元のメッセージ|転送されたメッセージ|原始邮件|原始郵件|원본 메시지)/i;
const URL = /(?:https?:\/\/|www\.)\S+/gi;
const EMAIL_CHAR = /[A-Za-z0-9._%+-]/;
const LATIN_WORD = /[a-zà-öø-ÿ']+/g;
// Enough words to tell English from its neighbours; the rest of a long text adds nothing.
const MAX_LATIN_WORDS = 200;
const MAX_LATIN_CHARS = 1200;

// One CJK character carries about as much as a four-letter Latin word.
const CJK_TO_LATIN = 4;

// Module-local copies: bundlers may compile imported bindings to getters, costly per word.
const EN_WORDS = ENGLISH_WORDS;
const NON_EN_WORDS = OTHER_LATIN_WORDS;

/** Blank out e-mail addresses by growing around each '@' (a regex over CJK text backtracks badly). */
function dropAddresses(t: string): string {
  let out = '';
  let from = 0;
  for (let at = t.indexOf('@'); at !== -1; at = t.indexOf('@', at + 1)) {
    let s = at;
    while (s > from && EMAIL_CHAR.test(t.charAt(s - 1))) s--;
    let e = at + 1;
    while (e < t.length && EMAIL_CHAR.test(t.charAt(e))) e++;
    if (s === at || e === at + 1) continue;
    out += `${t.slice(from, s)} `;
    from = e;
    at = e - 1;
  }
  return from === 0 ? t : out + t.slice(from);
}

/**
 * The buyer's own words: quoted lines, attributions and everything after an "original
 * message" marker go. Order IDs need no removal: digits and dashes are never counted, and the
 * ー a Japanese IME types for a dash is itself Japanese evidence.
 */
function clean(text: string): string {
  const src = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  const kept: string[] = [];
  let size = 0;
  for (let pos = 0; pos < src.length && size < MAX_ANALYSED;) {
    let nl = src.indexOf('\n', pos);
    if (nl === -1) nl = src.length;
    const line = src.slice(pos, nl);
    pos = nl + 1;
    if (QUOTE_START.test(line)) continue;
    if (line.includes('--') && FORWARD_MARKER.test(line)) break;
    const end = line.trimEnd();
    if ((end.endsWith(':') || end.endsWith('：')) && ATTRIBUTION.test(end)) continue;
    kept.push(line);
    size += line.length + 1;
  }
  let t = kept.join('\n');
  if (t.includes('://') || t.includes('www.')) t = t.replace(URL, ' ');
  if (t.includes('@')) t = dropAddresses(t);
  return t.length > MAX_ANALYSED ? t.slice(0, MAX_ANALYSED) : t;
}

interface Counts {
  latin: number;
  diacritic: number;
  otherScript: number;
  kana: number;
  hangul: number;
  han: number;
  jaOnly: number;
  zhOnly: number;
  zhLeaning: number;
  doubledHan: number;
  jaPunct: number;
  zhPunct: number;
  jaWords: number;
  zhWords: number;
}

/** Words indexed by their first character, so the one pass over the text can spot them. */
function byFirstChar(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const first = w.charCodeAt(0);
    index.set(first, [...(index.get(first) ?? []), w]);
  }
  return index;
}

const JA_WORDS = byFirstChar(JAPANESE_WORDS);
const ZH_WORDS = byFirstChar(CHINESE_WORDS);

function countWords(t: string, i: number, words: readonly string[] | undefined): number {
  let n = 0;
  for (const w of words ?? []) if (t.startsWith(w, i)) n++;
  return n;
}

// Module-local copies: bundlers may turn imported bindings into getter calls, too slow per character.
const { han: HAN, hanZh: HAN_ZH, hanJa: HAN_JA, hanLean: HAN_LEAN, latin: LATIN, kana: KANA } = CLS;
const { hangul: HANGUL, diacritic: DIACRITIC, otherScript: OTHER, jaPunct: JA_PUNCT } = CLS;
const { zhComma: ZH_COMMA, zhPunct: ZH_PUNCT } = CLS;
const JA_WORD_FLAG = STARTS_JA_WORD;
const ZH_WORD_FLAG = STARTS_ZH_WORD;

function count(t: string): Counts {
  const c: Counts = {
    latin: 0,
    diacritic: 0,
    otherScript: 0,
    kana: 0,
    hangul: 0,
    han: 0,
    jaOnly: 0,
    zhOnly: 0,
    zhLeaning: 0,
    doubledHan: 0,
    jaPunct: 0,
    zhPunct: 0,
    jaWords: 0,
    zhWords: 0,
  };
  const table = CHAR_CLASS;
  let prev = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    const k = table[ch] ?? 0;
    if (k !== 0) {
      const cls = k & 0x0f;
      if (cls >= HAN && cls <= HAN_LEAN) {
        c.han++;
        if (cls === HAN_ZH) c.zhOnly++;
        else if (cls === HAN_JA) c.jaOnly++;
        else if (cls === HAN_LEAN) c.zhLeaning++;
        // 谢谢 / 謝謝: Japanese writes a repeated kanji with 々 instead.
        if (ch === prev) c.doubledHan++;
        if ((k & JA_WORD_FLAG) !== 0) c.jaWords += countWords(t, i, JA_WORDS.get(ch));
        if ((k & ZH_WORD_FLAG) !== 0) c.zhWords += countWords(t, i, ZH_WORDS.get(ch));
      } else if (cls === LATIN) c.latin++;
      else if (cls === KANA) c.kana++;
      else if (cls === HANGUL) c.hangul++;
      else if (cls === DIACRITIC) {
        c.latin++;
        c.diacritic++;
      } else if (cls === OTHER) c.otherScript++;
      else if (cls === JA_PUNCT) c.jaPunct++;
      else if (cls === ZH_COMMA) c.zhPunct += 2;
      else if (cls === ZH_PUNCT) c.zhPunct++;
    }
    prev = ch;
    // Past this much one-sided evidence the answer cannot change; stop paying for the rest.
    if (
      (i & 63) === 63 &&
      (c.kana >= 40 ||
        c.hangul >= 40 ||
        (c.zhOnly >= 30 && c.kana === 0) ||
        (c.latin >= 600 && c.han + c.kana + c.hangul === 0))
    )
      break;
  }
  return c;
}

function confidenceOf(best: number, second: number): number {
  if (best <= 0) return 0;
  const share = best / (best + second);
  const strength = 1 - Math.exp(-best / 6);
  return Math.round(share * strength * 100) / 100;
}

function guessCjk(c: Counts): LanguageGuess {
  const ko = c.hangul * 3;
  const ja = c.kana * 3 + c.jaOnly * 2 + c.jaWords * 3 + c.jaPunct * 0.5;
  const zh = c.zhOnly * 2 + c.zhWords * 3 + c.zhPunct * 0.5 + c.doubledHan * 2 + c.zhLeaning * 0.5;
  if (ko > ja && ko > zh) return { language: 'ko', confidence: confidenceOf(ko, Math.max(ja, zh)) };
  if (zh > ja) return { language: 'zh', confidence: confidenceOf(zh, Math.max(ja, ko)) };
  if (ja > 0) return { language: 'ja', confidence: confidenceOf(ja, Math.max(zh, ko)) };
  // Han with no telling form at all ("品質", "商品"): the desk's users are mostly Japanese sellers.
  return { language: 'ja', confidence: 0.1 };
}

function guessLatin(t: string, c: Counts): LanguageGuess {
  let en = 0;
  let other = c.diacritic * 0.5;
  const lower = (t.length > MAX_LATIN_CHARS ? t.slice(0, MAX_LATIN_CHARS) : t).toLowerCase();
  LATIN_WORD.lastIndex = 0;
  for (
    let n = 0, m = LATIN_WORD.exec(lower);
    m !== null && n < MAX_LATIN_WORDS;
    n++, m = LATIN_WORD.exec(lower)
  ) {
    if (EN_WORDS.has(m[0])) en++;
    else if (NON_EN_WORDS.has(m[0])) other++;
    if (Math.abs(en - other) >= 12) break; // decided; the rest of a long text adds nothing
  }
  if (other > en) return { language: 'other', confidence: confidenceOf(other * 2, en * 2) };
  // Latin letters without any function word ("Xperia 10 IV"): English is the likeliest reader.
  return en > 0
    ? { language: 'en', confidence: confidenceOf(en * 2, other * 2) }
    : { language: 'en', confidence: 0.1 };
}

export function detectLanguageWithConfidence(text: string): LanguageGuess {
  const t = clean(text);
  const c = count(t);
  const cjk = (c.kana + c.hangul + c.han) * CJK_TO_LATIN;
  if (cjk === 0 && c.latin === 0 && c.otherScript === 0) return { language: 'other', confidence: 0 };
  if (c.otherScript > c.latin && c.otherScript > cjk) {
    return { language: 'other', confidence: confidenceOf(c.otherScript, Math.max(c.latin, cjk)) };
  }
  return cjk >= c.latin ? guessCjk(c) : guessLatin(t, c);
}

export function detectLanguage(text: string): Language {
  return detectLanguageWithConfidence(text).language;
}

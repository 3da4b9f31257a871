import { stripOrderIds } from '../../../order-ids.js';

/**
 * The reply as the language check should read it. Order IDs, URLs and quoted lines belong to
 * no language or to someone else. On a line whose grammar is visibly CJK (kana or hangul
 * particles, or a run of Han), Latin words are product names and brands ("iPhone 15 Pro Max
 * Case with Stand のご注文") and go too: left in, their letters and the odd "with"/"for"
 * would outvote a short Japanese sentence.
 */
const URL = /(?:https?:\/\/|www\.)\S+/gi;
const QUOTED_LINE = /^[ \t\u3000]*[>＞].*$/gm;
const HAS_LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/;
const HAS_CJK = /[\u3041-\u30ff\u3400-\u9fff\uac00-\ud7a3]/;
const LATIN_WORD = /[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’.&+-]*/g;

const PARTICLES_NEEDED = 2;
const HAN_NEEDED = 4;

type ScriptClass = 'latin' | 'kana' | 'hangul' | 'han' | 'none';

function scriptOf(c: number): ScriptClass {
  if (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  )
    return 'latin';
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return 'latin';
  if ((c >= 0x3041 && c <= 0x30ff && c !== 0x30fb && c !== 0x30fc) || (c >= 0xff66 && c <= 0xff9f))
    return 'kana';
  if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3131 && c <= 0x318e))
    return 'hangul';
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return 'han';
  return 'none';
}

function hasCjkGrammar(line: string): boolean {
  let particles = 0;
  let han = 0;
  for (let i = 0; i < line.length; i++) {
    const s = scriptOf(line.charCodeAt(i));
    if (s === 'kana' || s === 'hangul') particles++;
    else if (s === 'han') han++;
    if (particles >= PARTICLES_NEEDED || han >= HAN_NEEDED) return true;
  }
  return false;
}

/**
 * The reply's language shows in its first paragraphs, and the detector itself reads no more
 * than its first 2,000 characters: analysing more of a 5 KB draft on every keystroke buys
 * nothing. A bilingual reply must therefore start its second language within the sample.
 */
const LANGUAGE_SAMPLE = 2500;

export function replyText(body: string): string {
  let text = stripOrderIds(body.length > LANGUAGE_SAMPLE ? body.slice(0, LANGUAGE_SAMPLE) : body);
  if (text.includes('://') || /www\./i.test(text)) text = text.replace(URL, ' ');
  if (text.includes('>') || text.includes('＞')) text = text.replace(QUOTED_LINE, '');
  // Only text mixing Latin letters with CJK pays for the line-by-line pass.
  if (!HAS_LATIN.test(text) || !HAS_CJK.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (hasCjkGrammar(line) ? line.replace(LATIN_WORD, ' ') : line))
    .join('\n');
}

export interface ScriptCounts {
  latin: number;
  kana: number;
  hangul: number;
  han: number;
}

export function scriptCounts(text: string): ScriptCounts {
  const n: ScriptCounts = { latin: 0, kana: 0, hangul: 0, han: 0 };
  for (let i = 0; i < text.length; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s !== 'none') n[s]++;
  }
  return n;
}

/**
 * How much language a piece of text carries: a CJK character says about what two Latin
 * letters do (a Japanese sentence runs about half the length of its English translation).
 */
export function letterWeight(n: ScriptCounts): number {
  return n.latin + 2 * (n.kana + n.hangul + n.han);
}

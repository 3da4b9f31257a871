import type { Rule } from '../../types.js';
import { anyOf, cjk, latin } from './phrase.js';
import { both, compile, latinBounded, scanFields } from './scan.js';

/**
 * Offensive, threatening or unprofessional wording (domain.md). A short curated list per
 * language rather than a big lexicon: a tired staff member's slip is what this catches, and
 * every extra entry is a false-positive risk in product talk. Latin words must stand alone
 * (Scunthorpe: "assess", "class", "shitake"); katakana words must not be part of a longer
 * katakana word (バカンス, カスタマー, ピンボケ). Deliberately left out because they are ordinary
 * product words: 垃圾 alone (rubbish; 垃圾袋 is a bin bag), 滚 alone (滚轮 is a scroll wheel),
 * ゴミ (debris in a parcel), 새끼 alone (새끼손가락 is the little finger).
 */

const EN = [
  // Suffixes are optional parts of one alternative: a rejected "idiot" in "idiots" would not
  // fall back to a later alternative at the same position.
  ...['stupid', 'bitch', 'bastard', 'asshole', 'bullshit', 'dickhead'].map(latin),
  latin('idiot') + '(?:s|ic)?',
  latin('moron') + '(?:s|ic)?',
  latin('fuck') + '[a-z]*',
  'f[*#@]{2}k',
  'f[*#@]ck[a-z]*',
  latin('shit') + '(?:s|ty|head)?',
  'sh[*#@]t',
  'dumb(?:ass)?',
  'crap(?:py)?',
  'damn(?:ed|it)?',
  'retard(?:ed|s)?',
  'shut up',
  'piss off',
  'screw you',
  'go to hell',
  'get lost',
  "you(?:'ll| will) regret",
  'kill you',
];

const KATAKANA_WORDS = ['バカ', 'アホ', 'カス', 'ボケ', 'クソ', 'ウザ', 'キモ'];

const JA = [
  ...KATAKANA_WORDS.map(cjk),
  ...['馬鹿', '阿呆', 'ふざけるな', 'ふざけんな', '死ね', '氏ね', '黙れ', 'だまれ', '消えろ'].map(cjk),
  ...['うざい', 'きもい', '殺す', 'ぶっ殺', 'いい加減にしろ', '頭おかしい', '糞'].map(cjk),
  `${cjk('ばか')}(?!り)`, // ばかり (only) is a very common word
];

const ZH = [
  ...['傻逼', '傻B', '煞笔', '白痴', '笨蛋', '蠢货', '蠢猪', '神经病', '去死', '他妈的', '你妈的'].map(cjk),
  ...['尼玛', '草泥马', '闭嘴', '混蛋', '王八蛋', '脑残', '你有病', '操你', '滚开', '滚蛋', '给我滚'].map(
    cjk,
  ),
  `你(?:是|这个|真是?)?${cjk('垃圾')}`,
  `${cjk('垃圾')}(?:买家|客户|顾客)`,
  `${cjk('滚')}(?=[!。]|$)`,
];

const KO = [
  ...['바보', '꺼져', '씨발', '씨바', '병신', '개새끼', '새끼야', '미친놈', '미친년', '닥쳐'].map(cjk),
  ...['멍청이', '멍청한', '죽을래', '죽어라', '엿 먹어', '짜증나'].map(cjk),
  `${cjk('시발')}(?![점역])`, // 시발점 / 시발역: starting point, first station
  'ㅅㅂ',
  'ㅂㅅ',
  '좆',
];

const PATTERNS = compile([...EN, ...JA, ...ZH, ...KO]);

const KATAKANA = /[ァ-ヶーｦ-ﾟ]/;
const KATAKANA_START = new RegExp(`^${anyOf(KATAKANA_WORDS.map(cjk))}$`);

/** A katakana insult must not sit inside a longer katakana word (バカンス, カスタマー). */
function standaloneKatakana(text: string, start: number, end: number): boolean {
  if (!KATAKANA_START.test(text.slice(start, end))) return true;
  return !KATAKANA.test(text.charAt(start - 1)) && !KATAKANA.test(text.charAt(end));
}

export const offensiveRule: Rule = {
  id: 'offensive',
  severity: 'warn',
  summary: 'Offensive or unprofessional wording',
  check: (ctx) => scanFields(ctx, PATTERNS, both(latinBounded, standaloneKatakana)),
};

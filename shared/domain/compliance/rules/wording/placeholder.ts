import type { Rule } from '../../types.js';
import { anyOf } from './phrase.js';
import { compile, scanFields } from './scan.js';

/**
 * Template leftovers: a reply that reaches the buyer as "Dear {{buyerName}}" or "○○様" tells
 * them it is canned, and an unfilled order ID or date is simply wrong information.
 *
 * Decisions: `{{…}}` (our own syntax, issue 6) and a stray `{{` / `}}` always fire. Single
 * braces fire only around an identifier (`{name}`, `{お客様名}`), since `{` rarely appears in
 * prose. Square, lenticular and angle brackets fire only around placeholder vocabulary
 * ([Buyer Name], 【購入者名】, <order id>) or an ALL_CAPS_SNAKE name, so "[Important]",
 * "【重要】" and "[¥1,200]" pass. Mask runs (○○, XX, ＿＿) fire before an honorific (○○様,
 * XX先生, OOO 고객님), after "Dear", and — for ○/●/◯ — anywhere, because a Japanese template
 * marks every blank that way; 〇 between kanji numerals (二〇〇〇年) is the digit zero.
 */

const VOCAB = anyOf([
  '(?:buyer|customer|client|recipient|first|last|full|your|seller|shop|store|company|product|item)[ _]?names?',
  'names?',
  'order[ _]?(?:id|number|no\\.?|#)',
  'tracking[ _]?(?:id|number|no\\.?|#|code)',
  '(?:delivery |ship(?:ping)? )?dates?',
  'signature',
  '(?:shipping )?address',
  'amount',
  'x{2,}',
  '(?:お客様|購入者|ご購入者|顧客|宛|担当者|ショップ|店舗|会社|商品)名',
  'お?名前',
  '氏名',
  '(?:注文|追跡|問い合わせ)番号',
  '(?:発送|お届け)?日(?:付|時)?',
  '(?:买家|客户|顾客|收件人)(?:姓名|名字|名称|昵称)?',
  '姓名',
  '名字',
  '订单(?:号|编号)',
  '(?:快递|物流|运单)(?:单号|号)',
  '(?:商品|店铺)名称?',
  '(?:고객|구매자|상품|판매자|업체)(?:명|\\s*이름)',
  '이름',
  '성함',
  '(?:주문|송장|운송장)\\s*번호',
]);

const MASK = '(?:[○〇●◯□■△＊*＿_]{2,}|[Xx×]{2,}|O{2,3}(?=\\s*(?:고객)?님))';
const HONORIFIC = '(?:様|さま|さん|殿|御中|先生|女士|小姐|亲|고객님|님|씨)';

const PATTERNS = compile(
  [
    '\\{\\{[^{}\\n]{0,80}\\}\\}',
    '\\{\\{|\\}\\}',
    '\\{\\s*[A-Za-z_\\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3][\\w.\\- \\u3040-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3]{0,40}\\}',
    `[\\[【〔〈《«<]\\s*${VOCAB}\\s*[\\]】〕〉》»>]`,
    '\\[[A-Z0-9]+(?:_[A-Z0-9]+)+\\]',
    '<<\\s*[^<>\\n]{1,40}?\\s*>>',
    '%[A-Za-z_][A-Za-z0-9_]*%',
    '\\$[A-Za-z_][A-Za-z0-9_]*\\$',
    `${MASK}\\s*${HONORIFIC}`,
    `(?:고객님|님)\\s*${MASK}`,
    `(?:dear|hi|hello)\\s+${MASK}`,
    '[○●◯〇]{2,}',
    '[○●◯〇]\\s*月\\s*[○●◯〇]\\s*日',
  ],
  'gi',
);

const KANJI_NUMERAL = /[一二三四五六七八九十百千〇零]/;

// 〇 is also the kanji zero: 二〇〇〇年 is a year, not a blank.
function notANumeral(text: string, start: number, end: number): boolean {
  if (text.charAt(start) !== '〇' || text.charAt(start + 1) !== '〇') return true;
  return !KANJI_NUMERAL.test(text.charAt(start - 1)) && !KANJI_NUMERAL.test(text.charAt(end));
}

export const placeholderLeftRule: Rule = {
  id: 'placeholder-left',
  severity: 'block',
  summary: 'A template placeholder was left in the reply',
  check: (ctx) => scanFields(ctx, PATTERNS, notANumeral),
};

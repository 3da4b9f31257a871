import { cleanBuyerName } from '../buyer.js';
import type { Language } from '../message.js';
import { stripOrderIds } from '../order-ids.js';
import { normalizeSubject } from '../subject.js';
import type { TemplateLanguage, TemplateSettings } from './types.js';
import { CUSTOM_PREFIX } from './types.js';

/**
 * What the desk can fill in before staff type anything (issue 6: personalise every reply with
 * the buyer's name, a one-line summary of the concern and the order ID). Only non-empty values
 * are returned: an absent name is a missing value, which the renderer leaves as `{{name}}` so
 * sending stays blocked until someone fills it — never "Dear ,". deliveryDate is never guessed.
 */

export type ValueSource = 'message' | 'settings' | 'staff' | 'typed' | 'today' | 'none';

export interface MessageFacts {
  buyerName: string | null;
  orderIds: readonly string[];
  subject: string;
  body: string;
  language: Language;
}

type Prefilled = Record<string, { value: string; source: ValueSource }>;

/** Japanese and Chinese list with the ideographic comma; English and Korean with ", ". */
const LIST_SEPARATOR: Readonly<Record<TemplateLanguage, string>> = { ja: '、', zh: '、', ko: ', ', en: ', ' };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Today's date as a letter in that language writes it, at a fixed offset (no host time zone). */
export function formatToday(now: Date, language: TemplateLanguage, tzOffsetMinutes: number): string {
  const t = new Date(now.getTime() + tzOffsetMinutes * 60_000);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const d = t.getUTCDate();
  if (language === 'ko') return `${y}년 ${m}월 ${d}일`;
  if (language === 'en') return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
  return `${y}年${m}月${d}日`;
}

// "Taro <t969…@marketplace.amazon.com>", a bare address, or mailto: left in a display name.
const EMAILISH = /<[^<>]*>|\S+@\S+|mailto:\S*/gi;

/** The name to greet the buyer with, or '' when the display name holds nothing personal. */
function buyerNameOf(raw: string): string {
  const withoutAddress = raw.replace(EMAILISH, ' ');
  const cleaned = cleanBuyerName(withoutAddress)
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Capped: a display name is attacker-chosen text that lands in the reply.
  return [...cleaned].slice(0, 60).join('');
}

const ITEM_LINE =
  /^[ \t\u3000]*(?:商品名称?|商品|品名|item(?:[ \t]+name)?|product(?:[ \t]+name)?|상품명|상품|제품명)[ \t\u3000]*[:：][ \t\u3000]*(\S.*)$/im;

/** The product, only when the buyer named it on a line of its own ("商品名：…", "Item: …"). */
function itemOf(body: string): string {
  const unquoted = body
    .split(/\r?\n/)
    .filter((l) => !/^\s*[>＞]/.test(l))
    .join('\n');
  const m = ITEM_LINE.exec(unquoted);
  return [...(m?.[1]?.trim() ?? '')].slice(0, 120).join('');
}

export function prefillValues(
  facts: MessageFacts | null,
  settings: TemplateSettings,
  staffName: string | null,
  now: Date,
  language: TemplateLanguage,
  tzOffsetMinutes: number,
): Prefilled {
  const out: Prefilled = {};
  const put = (name: string, value: string, source: ValueSource): void => {
    const v = value.trim();
    if (v !== '') out[name] = { value: v, source };
  };
  if (facts !== null) {
    put('buyerName', buyerNameOf(facts.buyerName ?? ''), 'message');
    put('orderId', facts.orderIds[0] ?? '', 'message');
    put('orderIds', facts.orderIds.join(LIST_SEPARATOR[language]), 'message');
    put('concern', concernOf(facts.subject, facts.body, facts.language), 'message');
    put('item', itemOf(facts.body), 'message');
  }
  put('shopName', settings.shopName, 'settings');
  for (const f of settings.customFields) put(`${CUSTOM_PREFIX}${f.key}`, f.value, 'settings');
  put('staffName', staffName ?? '', 'staff');
  put('today', formatToday(now, language, tzOffsetMinutes), 'today');
  return out;
}

const GREETING = new RegExp(
  `^(?:${[
    'こんにちは',
    'こんばんは',
    'おはようございます',
    '(?:はじめまして|初めまして)',
    '(?:いつも)?お世話に(?:なって(?:おり)?ます|なります)',
    '失礼(?:いた)?します',
    '您好',
    '你好',
    '(?:亲爱的|尊敬的)[^，,：:\\n]{0,20}',
    '(?:卖家|老板|店家)(?:您好|你好)?',
    '안녕하세요',
    '안녕하십니까',
    '수고하십니다',
    '(?:hello|hi|hey)(?: there)?(?![A-Za-z])',
    'good (?:morning|afternoon|evening|day)',
    'greetings',
    'dear [^,，\\n]{0,40}?(?:[,，]|$)',
  ].join('|')})[\\s,，、。.!！~～:：]*`,
  'i',
);
// "ショップ様", "ご担当者様", "판매자님," — the line names the seller, not the concern.
const ADDRESSEE = /^.{0,30}(?:様|さま|御中|殿|님)[\s,，、:：]*$/;
const CLOSING =
  /^(?:よろしくお願い(?:いた)?します|宜しくお願いします|谢谢|謝謝|감사합니다|thanks|thank you|regards|best regards|sincerely)[\s.!。！]*$/i;
// Where a mailer starts quoting the earlier message: nothing below is the buyer's new text.
const QUOTE_HEADER = /^(?:-{3,}|_{3,}|on .{0,200}wrote:$|.{0,200}(?:のメッセージ|写道|작성|>)[:：]$)/i;
const ORDER_LABEL =
  /order\s*(?:id|number|no\.?|#)?|ご?注文(?:番号|ID)?|订单(?:号|编号)?|訂單(?:號|編號)?|주문\s*번호|주문/gi;
const ORDER_ID_ONLY = /^[^\p{L}]*$/u;
const SENTENCE = /^.*?(?:[。！？!?](?=.)|\.(?=\s)|$)/;
const MAX_CONCERN = 80;

/** A line worth summarising: not a greeting, addressee, sign-off, item or order-ID line. */
function meaningful(line: string): string {
  let l = line;
  for (let i = 0; i < 3; i++) l = l.replace(GREETING, '').trim();
  if (l === '' || ADDRESSEE.test(l) || CLOSING.test(l) || ITEM_LINE.test(l)) return '';
  if (ORDER_ID_ONLY.test(stripOrderIds(l).replace(ORDER_LABEL, ''))) return '';
  return l;
}

/** At most 80 characters (code points), ending with "…" when cut; at a space where words have them. */
function clip(text: string, language: Language): string {
  const chars = [...text];
  if (chars.length <= MAX_CONCERN) return text;
  let cut = chars.slice(0, MAX_CONCERN - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (language !== 'ja' && language !== 'zh' && space > cut.length - 20) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** One line summarising what the buyer wants: the first meaningful sentence, else the subject. */
export function concernOf(subject: string, body: string, language: Language): string {
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\s\u3000]+/g, ' ').trim();
    if (/^[>＞]/.test(line)) continue;
    if (QUOTE_HEADER.test(line)) break;
    const l = meaningful(line);
    if (l === '') continue;
    const sentence = (SENTENCE.exec(l)?.[0] ?? l).replace(/[。．.]+$/, '').trim();
    if (sentence !== '') return clip(sentence, language);
  }
  return clip(normalizeSubject(subject), language);
}

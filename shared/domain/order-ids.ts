import { DASH_CHARS, foldFullWidthAscii } from './text-normalize.js';

/**
 * Amazon order IDs: 17 digits written 3-7-7 (`503-1234567-1234567`). Digital orders (Kindle,
 * apps, music) use the prefix `D01` instead of three digits. Buyers type them from phones and
 * Japanese/Chinese IMEs, so full-width digits, long dashes, the katakana prolonged-sound mark
 * and a space on either side of a dash all occur.
 */

const DIGIT = '[0-9０-９]';
const SEP = `[ \\u3000]?[${DASH_CHARS}][ \\u3000]?`;
const PREFIX = `(?:${DIGIT}{3}|[DdＤｄ][0０][1１])`;
const ORDER_ID = new RegExp(`(${PREFIX})${SEP}(${DIGIT}{7})${SEP}(${DIGIT}{7})`, 'g');

const IS_DIGIT = /[0-9０-９]/;
const IS_LETTER_OR_DIGIT = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/;
const IS_DASH = new RegExp(`[${DASH_CHARS}]`);

// The guards keep a 3-7-7 slice of something longer from matching: a longer digit run
// (`1503-…`, `…-12345678`), another dashed group glued on (`1-503-…-…`, `…-…-9`), or a
// product code (`SKU503-…`). Phone numbers (090-1234-5678, 03-1234-5678) are 3-4-4 / 2-4-4
// and never fit 3-7-7. Checked by hand rather than with lookbehinds: a regex that starts
// with a lookbehind cannot skip ahead and costs ten times as much on a 5 KB body.
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (before !== '' && IS_LETTER_OR_DIGIT.test(before)) return false;
  if (after !== '' && IS_DIGIT.test(after)) return false;
  if (IS_DASH.test(before) && IS_DIGIT.test(text.charAt(start - 2))) return false;
  return !(IS_DASH.test(after) && IS_DIGIT.test(text.charAt(end + 1)));
}

/** Calls `visit` for every order ID in `text` that stands alone, in order. */
function eachMatch(text: string, visit: (m: RegExpExecArray) => void): void {
  ORDER_ID.lastIndex = 0;
  for (let m = ORDER_ID.exec(text); m !== null; m = ORDER_ID.exec(text)) {
    if (standsAlone(text, m.index, m.index + m[0].length)) visit(m);
    // Retry one character on: the rejected text may overlap a real ID.
    else ORDER_ID.lastIndex = m.index + 1;
  }
}

// Digit groups are nearly always typed in ASCII already; only the others need folding.
const foldDigits = (group: string): string => (/^[0-9]*$/.test(group) ? group : foldFullWidthAscii(group));

/** Canonical ASCII form `ddd-ddddddd-ddddddd` (or `D01-…`) of every order ID in `text`, first-seen order, no duplicates. */
export function extractOrderIds(text: string): string[] {
  const seen = new Set<string>();
  // Quoted history repeats the same ID dozens of times: fold each spelling once.
  const spellings = new Set<string>();
  eachMatch(text, (m) => {
    if (spellings.has(m[0])) return;
    spellings.add(m[0]);
    const [, prefix = '', middle = '', last = ''] = m;
    seen.add(`${foldFullWidthAscii(prefix).toUpperCase()}-${foldDigits(middle)}-${foldDigits(last)}`);
  });
  return [...seen];
}

/** `text` with every order ID replaced by a space (for analyses that must not see them). */
export function stripOrderIds(text: string): string {
  let out = '';
  let from = 0;
  eachMatch(text, (m) => {
    out += `${text.slice(from, m.index)} `;
    from = m.index + m[0].length;
  });
  return from === 0 ? text : out + text.slice(from);
}

const CANONICAL = /^(?:\d{3}|D01)-\d{7}-\d{7}$/;

/** True when `id` is already in the canonical form `extractOrderIds` returns. */
export function isCanonicalOrderId(id: string): boolean {
  return CANONICAL.test(id);
}

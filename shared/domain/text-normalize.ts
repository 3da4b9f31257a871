/**
 * Width folding shared by the extractors. Japanese and Chinese input methods happily emit
 * full-width forms (０-９, Ｒｅ：, －), so anything matched against ASCII patterns goes through here.
 */

const FULL_WIDTH_DIGITS = /[０-９]/g;
// U+FF01..U+FF5E mirror ASCII U+0021..U+007E at a fixed offset; U+3000 is the ideographic space.
const FULL_WIDTH_ASCII = /[！-～\u3000]/g;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Every character people type where an ASCII hyphen is meant in an order ID. */
export const DASH_CHARS = '\\-－ー‐‑‒–—―−ｰ';

function shiftToAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - FULL_WIDTH_OFFSET);
}

/** Full-width digits (０-９) to ASCII; everything else untouched. */
export function normalizeDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, shiftToAscii);
}

/** Full-width ASCII forms (letters, digits, punctuation) and the ideographic space to ASCII. */
export function foldFullWidthAscii(s: string): string {
  return s.replace(FULL_WIDTH_ASCII, shiftToAscii);
}

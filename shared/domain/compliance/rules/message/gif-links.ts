/**
 * Links to GIF animations: a URL or file path ending in .gif/.gifv, a data:image/gif URI, or
 * a GIF host (giphy, tenor, gfycat). The word "GIF" alone is talk about GIFs, not one.
 * Found by a literal search, then grown to the surrounding URL: a pattern that scanned whole
 * URL-shaped tokens would backtrack over long unspaced CJK text.
 */
const CUE = /\.gifv?(?![a-z0-9_])|data:image\/gif|\b(?:giphy|tenor|gfycat)\.com\b/gi;

export interface Span {
  start: number;
  end: number;
}

// Printable ASCII that can sit inside a URL as people paste it; quotes, angle brackets and
// parentheses end it (they wrap links in text and attributes in HTML).
function isUrlChar(c: number): boolean {
  return (
    c > 0x20 &&
    c < 0x7f &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x3c &&
    c !== 0x3e &&
    c !== 0x28 &&
    c !== 0x29 &&
    c !== 0x60
  );
}

/**
 * In plain text a ".gif" counts only inside something link-like (a '/' or ':'), so a file name
 * mentioned in a sentence does not warn; in HTML an attribute value (`src="anim.gif"`) counts too.
 */
export function findGifLinks(text: string, html: boolean): Span[] {
  const spans: Span[] = [];
  let covered = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    if (m.index < covered) continue;
    let start = m.index;
    while (start > 0 && isUrlChar(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    covered = end;
    const token = text.slice(start, end);
    const isName = m[0].charAt(0) === '.';
    if (isName && start === m.index) continue; // ".gif" with no name before it
    const linkLike = token.includes('/') || token.includes(':');
    const inAttribute = html && /["'=]/.test(text.charAt(start - 1));
    if (isName && !linkLike && !inAttribute) continue;
    spans.push({ start, end });
  }
  return spans;
}

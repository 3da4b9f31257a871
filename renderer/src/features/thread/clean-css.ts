/**
 * Makes mail CSS unable to fetch anything: url(), @import, @font-face, image-set and the old IE/
 * Gecko script hooks are removed. CSS escapes go first because `\75 rl(` is `url(` to a CSS
 * parser but not to a regex, so they are decoded before matching. The iframe's own CSP blocks
 * fetches too; this is the second wall.
 */
export function cleanCss(css: string): string {
  return (
    decodeEscapes(css)
      // An escaped backslash (`\5c 75 rl(`) would decode to a new escape: none may survive.
      .replace(/\\/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@import[^;]*;?/gi, '')
      .replace(/@font-face\s*\{[^}]*\}?/gi, '')
      .replace(/(?:-webkit-)?image-set\s*\(/gi, 'none(')
      .replace(/url\s*\((?:[^()]|\([^()]*\))*\)/gi, 'none')
      .replace(/url\s*\(/gi, 'none(')
      .replace(/expression\s*\(/gi, 'none(')
      .replace(/-moz-binding|behavior\s*:/gi, 'x-blocked:')
      .replace(/<\/?style/gi, '')
  );
}

function decodeEscapes(css: string): string {
  return css.replace(
    /\\([0-9a-f]{1,6})\s?|\\([\s\S])/gi,
    (_m, hex: string | undefined, ch: string | undefined) => {
      if (hex === undefined) return ch ?? '';
      const cp = Number.parseInt(hex, 16);
      // CSS Syntax §4.3.7: zero, surrogates and out-of-range code points become U+FFFD.
      return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff
        ? '\ufffd'
        : String.fromCodePoint(cp);
    },
  );
}

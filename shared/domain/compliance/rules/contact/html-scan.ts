/**
 * A small start-tag scanner for the composer's simple HTML: no DOM in shared/, and the gate only
 * needs image tags, their attributes, whether an ancestor hides them, and CSS url()s, with
 * offsets into the text as written. Not parse5: a full tree builder does ~10× the work to answer
 * that, and the text it would be wrong on (unclosed <p>, stray "<") is the text this reads right:
 * a tag is hidden only while its own element is open, and "<" not followed by a name is text.
 */

export interface HtmlAttribute {
  value: string;
  /** Offsets of the value in the HTML (without quotes). */
  start: number;
  end: number;
}

export interface HtmlTag {
  name: string;
  start: number;
  end: number;
  attributes: ReadonlyMap<string, HtmlAttribute>;
  /** This element or an open ancestor is display:none / visibility:hidden / [hidden]. */
  hidden: boolean;
}

export interface CssUrl {
  url: string;
  start: number;
  end: number;
  /** From a background / background-image declaration. */
  background: boolean;
}

export interface HtmlScan {
  tags: HtmlTag[];
  cssUrls: CssUrl[];
}

const VOID = new Set([
  'img',
  'br',
  'hr',
  'meta',
  'link',
  'input',
  'source',
  'area',
  'base',
  'col',
  'wbr',
  'embed',
  'track',
  'param',
]);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CSS_URL = /url\(\s*(["']?)([^"')]*)\1\s*\)/gi;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)(?:<\/style\s*>|$)/gi;

function styleHides(style: string): boolean {
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|!|$))/i.test(
    style,
  );
}

function parseAttributes(source: string, offset: number): Map<string, HtmlAttribute> {
  const attrs = new Map<string, HtmlAttribute>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m !== null; m = ATTR.exec(source)) {
    const name = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    // The value's offset: the last occurrence of it inside the match, after the "=".
    const rel = m[0].length - value.length - (m[2] !== undefined || m[3] !== undefined ? 1 : 0);
    const start = offset + m.index + rel;
    if (!attrs.has(name)) attrs.set(name, { value, start, end: start + value.length });
  }
  return attrs;
}

function cssUrls(css: string, offset: number, out: CssUrl[]): void {
  CSS_URL.lastIndex = 0;
  for (let m = CSS_URL.exec(css); m !== null; m = CSS_URL.exec(css)) {
    const url = (m[2] ?? '').trim();
    const start = offset + m.index + m[0].indexOf(m[2] ?? '');
    const before = css.slice(
      Math.max(0, css.lastIndexOf(';', m.index) + 1, css.lastIndexOf('{', m.index) + 1),
      m.index,
    );
    out.push({ url, start, end: start + (m[2] ?? '').length, background: /background/i.test(before) });
  }
}

export function scanHtml(html: string): HtmlScan {
  const tags: HtmlTag[] = [];
  const urls: CssUrl[] = [];
  const open: Array<{ name: string; hidden: boolean }> = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (name === '') continue; // a comment
    if (m[1] === '/') {
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    const attrSource = m[3] ?? '';
    const attributes = parseAttributes(attrSource, m.index + 1 + name.length);
    const style = attributes.get('style');
    if (style) cssUrls(style.value, style.start, urls);
    const hidden =
      (open.at(-1)?.hidden ?? false) ||
      attributes.has('hidden') ||
      (style !== undefined && styleHides(style.value));
    tags.push({ name, start: m.index, end: m.index + m[0].length, attributes, hidden });
    if (!VOID.has(name) && !attrSource.trimEnd().endsWith('/')) open.push({ name, hidden });
  }
  STYLE_BLOCK.lastIndex = 0;
  for (let m = STYLE_BLOCK.exec(html); m !== null; m = STYLE_BLOCK.exec(html)) {
    const css = m[1] ?? '';
    cssUrls(css, m.index + m[0].indexOf(css), urls);
  }
  return { tags, cssUrls: urls };
}

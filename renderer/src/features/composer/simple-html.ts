/**
 * The "simple HTML" mode: the seller edits a small HTML source with a toolbar (bold, italic,
 * list, link) and the plain-text part of the mail is derived from it, so both parts always say
 * the same thing. Pure string work: no DOM, so it is testable and runs the same in any window.
 */

export type HtmlFormat = 'bold' | 'italic' | 'list' | 'link';

export interface Edit {
  text: string;
  /** The selection to restore after the edit (the formatted text). */
  selStart: number;
  selEnd: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

/** Plain text to the HTML the mode starts from: blank lines make paragraphs, single newlines <br>. */
export function textToHtml(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return paragraphs
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The text/plain part for an HTML reply. Links keep their address in brackets, because the
 * plain part is what the compliance gate and many buyers' mail apps read.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(
        /<a\b[^>]*\bhref\s*=\s*"([^"]*)"[^>]*>([\s\S]*?)<\/a\s*>/gi,
        (_, href: string, label: string) => (label.trim() === href.trim() ? href : `${label} (${href})`),
      )
      .replace(/\n/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<\/(p|div|ul|ol|h[1-6]|blockquote)\s*>/gi, '\n\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Wraps the selection [start, end) in the format's markup; an empty selection inserts a stub. */
export function applyFormat(text: string, start: number, end: number, format: HtmlFormat, href = ''): Edit {
  const s = Math.max(0, Math.min(start, end, text.length));
  const e = Math.min(text.length, Math.max(start, end, 0));
  const selected = text.slice(s, e);
  let open: string;
  let inner = selected;
  let close: string;
  switch (format) {
    case 'bold':
      [open, close] = ['<b>', '</b>'];
      break;
    case 'italic':
      [open, close] = ['<i>', '</i>'];
      break;
    case 'link':
      [open, close] = [`<a href="${escapeHtml(href)}">`, '</a>'];
      if (inner === '') inner = escapeHtml(href);
      break;
    case 'list': {
      const lines = selected.split('\n').filter((l) => l.trim() !== '');
      [open, close] = ['<ul>\n', '\n</ul>'];
      inner = (lines.length > 0 ? lines : ['']).map((l) => `  <li>${l.trim()}</li>`).join('\n');
      break;
    }
  }
  return {
    text: text.slice(0, s) + open + inner + close + text.slice(e),
    selStart: s + open.length,
    selEnd: s + open.length + inner.length,
  };
}

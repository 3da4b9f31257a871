import { foldFullWidthAscii } from '../text-normalize.js';
import { CUSTOM_PREFIX, PLACEHOLDERS } from './types.js';

/**
 * The placeholder engine (issue 6). Syntax: `{{name}}`, inner spaces allowed (`{{ name }}`),
 * name one of PLACEHOLDERS or `custom.<key>` for a key the shop set up. Nothing else is special.
 *
 * Why a tiny parser of our own rather than mustache/handlebars:
 * - mustache renders a missing value as '' — exactly the "Dear ," bug the issue forbids. Here a
 *   missing value stays `{{name}}` in the text (and is listed in `missing`), so the compliance
 *   gate's placeholder-left rule blocks sending until staff fill it in.
 * - The editor needs precise UTF-16 spans for its highlights and three distinct problem kinds
 *   (unclosed, unknown name, stray `}}`); mustache throws one message on the first error, or
 *   renders `{{` as text without a word.
 * - Values are inserted literally and never re-expanded: a value holding `{{x}}` or `<b>` is text.
 *
 * Decisions:
 * - Japanese/Chinese IMEs type full-width braces, so `｛｛name｝｝` (either brace may be
 *   full-width) is a placeholder too, and a full-width name (`ｂｕｙｅｒＮａｍｅ`) is folded.
 * - A placeholder lives on one line: `{{` closes at the first `}}` before the next `{{`, the end
 *   of the line or the end of the text; otherwise it is "unclosed", spanning from `{{` to
 *   whichever of those comes first (so the span never swallows the next, valid placeholder).
 *   The compliance rule reads `{{…}}` the same way (no newline inside).
 * - Braces pair from the left: `{{{{a}}` is an unclosed `{{` then `{{a}}`; `{{{a}}}` is a
 *   placeholder named `{a` (unknown) and a literal `}`. Single braces are ordinary text.
 * - One left-to-right pass, no regex backtracking: a 100 KB text parses in about a millisecond.
 */

export type SyntaxProblemKind = 'unclosed' | 'unknown-name' | 'stray-close';
export interface SyntaxProblem {
  kind: SyntaxProblemKind;
  start: number;
  end: number;
  name: string;
}
export type TemplateToken =
  { kind: 'text'; text: string; start: number } | { kind: 'field'; name: string; start: number; end: number };

export interface RenderOutput {
  text: string;
  missing: string[];
  used: string[];
  problems: SyntaxProblem[];
}

/** A stretch of rendered output and the template text it came from (for mapping findings back). */
export interface RenderPiece {
  outStart: number;
  outEnd: number;
  srcStart: number;
  srcEnd: number;
  /** True when the output is the template's own text (offsets map one to one). */
  literal: boolean;
}

const KNOWN = new Set<string>(PLACEHOLDERS);
const MAX_NAME = 60;
const NON_ASCII = /[^\x20-\x7e]/;

const isOpenBrace = (ch: string | undefined): boolean => ch === '{' || ch === '｛';
const isCloseBrace = (ch: string | undefined): boolean => ch === '}' || ch === '｝';

/** True for a name the engine can fill: one of PLACEHOLDERS or `custom.<key>` with a known key. */
export function isKnownPlaceholder(name: string, customKeys: ReadonlySet<string>): boolean {
  if (KNOWN.has(name)) return true;
  return name.startsWith(CUSTOM_PREFIX) && customKeys.has(name.slice(CUSTOM_PREFIX.length));
}

/** The name between the braces: folded to ASCII width, spaces (also U+3000) trimmed. */
function fieldName(inner: string): string {
  // Most names are plain ASCII; folding only when needed keeps dense 100 KB texts fast.
  return (NON_ASCII.test(inner) ? foldFullWidthAscii(inner) : inner).trim();
}

/** The word right after an unclosed `{{`, so the message can say which placeholder is open. */
function leadingName(rest: string): string {
  const m = /^\s*([^\s{}｛｝,，、。!?！？:：;；()（）<>「」]*)/.exec(foldFullWidthAscii(rest));
  return (m?.[1] ?? '').replace(/\.+$/, '').slice(0, MAX_NAME);
}

export function parseTemplateText(
  text: string,
  customKeys: ReadonlySet<string>,
): { tokens: TemplateToken[]; problems: SyntaxProblem[] } {
  const tokens: TemplateToken[] = [];
  const problems: SyntaxProblem[] = [];
  let textStart = 0;
  let open = -1;
  const unclosed = (end: number): void => {
    problems.push({ kind: 'unclosed', start: open, end, name: leadingName(text.slice(open + 2, end)) });
    open = -1;
  };
  const n = text.length;
  // Jump between the only characters that matter; prose between them is never looked at twice.
  const special = /[{}｛｝\n\r]/g;
  let i = 0;
  while (i < n) {
    special.lastIndex = i;
    const hit = special.exec(text);
    if (hit === null) break;
    i = hit.index;
    const ch = text[i];
    if (isOpenBrace(ch) && isOpenBrace(text[i + 1])) {
      if (open >= 0) unclosed(i);
      open = i;
      i += 2;
    } else if (isCloseBrace(ch) && isCloseBrace(text[i + 1])) {
      if (open >= 0) {
        if (open > textStart)
          tokens.push({ kind: 'text', text: text.slice(textStart, open), start: textStart });
        const name = fieldName(text.slice(open + 2, i));
        tokens.push({ kind: 'field', name, start: open, end: i + 2 });
        if (!isKnownPlaceholder(name, customKeys))
          problems.push({ kind: 'unknown-name', start: open, end: i + 2, name: name.slice(0, MAX_NAME) });
        textStart = i + 2;
        open = -1;
      } else {
        problems.push({ kind: 'stray-close', start: i, end: i + 2, name: '' });
      }
      i += 2;
    } else {
      if ((ch === '\n' || ch === '\r') && open >= 0) unclosed(i);
      i += 1;
    }
  }
  if (open >= 0) unclosed(n);
  if (textStart < n) tokens.push({ kind: 'text', text: text.slice(textStart), start: textStart });
  problems.sort((a, b) => a.start - b.start);
  return { tokens, problems };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Renders and also reports where each stretch of output came from, so a compliance finding on
 * the rendered text can be shown at its place in the template (template-check.ts).
 */
export function renderWithSourceMap(
  text: string,
  values: Readonly<Record<string, string>>,
  customKeys: ReadonlySet<string>,
  opts: { escape?: 'none' | 'html' } = {},
): RenderOutput & { pieces: RenderPiece[] } {
  const { tokens, problems } = parseTemplateText(text, customKeys);
  const missing = new Set<string>();
  const used = new Set<string>();
  const pieces: RenderPiece[] = [];
  let out = '';
  const emit = (s: string, srcStart: number, srcEnd: number, literal: boolean): void => {
    pieces.push({ outStart: out.length, outEnd: out.length + s.length, srcStart, srcEnd, literal });
    out += s;
  };
  for (const t of tokens) {
    if (t.kind === 'text') {
      emit(t.text, t.start, t.start + t.text.length, true);
    } else if (!isKnownPlaceholder(t.name, customKeys)) {
      // Unknown: kept exactly as written, so nothing the seller typed is lost; the gate blocks it.
      missing.add(t.name);
      emit(text.slice(t.start, t.end), t.start, t.end, true);
    } else {
      used.add(t.name);
      // Own-property lookup: a name like "constructor" must not find Object.prototype.
      const value = Object.hasOwn(values, t.name) ? values[t.name] : undefined;
      if (value === undefined || value === '') {
        missing.add(t.name);
        emit(`{{${t.name}}}`, t.start, t.end, false);
      } else {
        emit(opts.escape === 'html' ? escapeHtml(value) : value, t.start, t.end, false);
      }
    }
  }
  return { text: out, missing: [...missing], used: [...used], problems, pieces };
}

/** escape 'html': values are HTML-escaped (the template text itself is not touched). Missing stays `{{name}}`. */
export function renderTemplateText(
  text: string,
  values: Readonly<Record<string, string>>,
  customKeys: ReadonlySet<string>,
  opts?: { escape?: 'none' | 'html' },
): RenderOutput {
  const { pieces: _pieces, ...output } = renderWithSourceMap(text, values, customKeys, opts);
  return output;
}

/** Maps a [start, end) range of rendered output back to the template text; a value maps to its whole placeholder. */
export function sourceSpan(
  pieces: readonly RenderPiece[],
  start: number,
  end: number,
): { start: number; end: number } {
  const at = (pos: number, isEnd: boolean): number => {
    for (const p of pieces) {
      const inside = isEnd ? pos > p.outStart && pos <= p.outEnd : pos >= p.outStart && pos < p.outEnd;
      if (!inside) continue;
      if (!p.literal) return isEnd ? p.srcEnd : p.srcStart;
      return p.srcStart + (pos - p.outStart);
    }
    const last = pieces[pieces.length - 1];
    return last === undefined ? 0 : isEnd || pos >= last.outEnd ? last.srcEnd : 0;
  };
  const s = at(start, false);
  return { start: s, end: Math.max(s, end > start ? at(end, true) : s) };
}

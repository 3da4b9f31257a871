import { escapeHtml, textToHtml } from '../composer/simple-html.js';

export interface TextInsertion {
  text: string;
  /** Where the caret goes afterwards: right after the inserted text, so staff keep typing there. */
  caret: number;
}

/**
 * Puts a rendered template into the reply body at the cursor (replacing a selection). A body
 * that is still blank is replaced outright, so the reply does not start with stray blank lines.
 * A template is whole paragraphs: inserted mid-line it gets its own lines, or it would glue
 * onto the staff's sentence.
 */
export function insertTemplateText(
  current: string,
  selStart: number,
  selEnd: number,
  insert: string,
): TextInsertion {
  if (current.trim() === '') return { text: insert, caret: insert.length };
  const [a, b] = ordered(clamp(selStart, current.length), clamp(selEnd, current.length));
  const before = current.slice(0, a);
  const after = current.slice(b);
  const lead = before === '' || before.endsWith('\n') ? '' : '\n';
  const trail = after === '' || after.startsWith('\n') ? '' : '\n';
  const piece = `${lead}${insert}${trail}`;
  return { text: `${before}${piece}${after}`, caret: before.length + lead.length + insert.length };
}

/**
 * The same for the simple-HTML mode, where the editor holds HTML source: the template is text,
 * so it is escaped (a `<` in a template is a character, never markup) and its line breaks
 * become <br>. A blank source gets proper paragraphs, as switching the mode on would make.
 */
export function insertTemplateIntoHtml(
  current: string,
  selStart: number,
  selEnd: number,
  insert: string,
): TextInsertion {
  if (current.trim() === '') {
    const html = textToHtml(insert);
    return { text: html, caret: html.length };
  }
  const fragment = escapeHtml(insert).replace(/\r\n?/g, '\n').replace(/\n/g, '<br>\n');
  const [a, b] = ordered(clamp(selStart, current.length), clamp(selEnd, current.length));
  const text = `${current.slice(0, a)}${fragment}${current.slice(b)}`;
  return { text, caret: a + fragment.length };
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), max) : max;
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/**
 * Blank lines in the simple-HTML version of a reply: `<br>` runs and empty paragraphs. The
 * items of a run begin with `<` and the separators are whitespace, so the pattern cannot
 * backtrack across them: linear on a 5 KB body.
 */
const RUN = /(?:(?:<br\s*\/?>|<(?:p|div)\b[^>]*>(?:\s|&nbsp;|&#160;|<br\s*\/?>)*<\/(?:p|div)>)\s*){2,}/gi;
const ITEM = /<br\s*\/?>|<(?:p|div)\b[^>]*>(?:\s|&nbsp;|&#160;|<br\s*\/?>)*<\/(?:p|div)>/gi;

export interface BlankRun {
  start: number;
  end: number;
  blank: number;
}

/**
 * `text<br><br><br><br>text` shows three blank lines: the first `<br>` only ends the line of
 * text. An empty `<p>` or `<div>` is one blank line of its own (the `<br>`s inside it are its
 * height, not more lines).
 */
export function countBlankHtml(html: string): BlankRun[] {
  const runs: BlankRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(html); m !== null; m = RUN.exec(html)) {
    let brs = 0;
    let blocks = 0;
    for (const item of m[0].matchAll(ITEM)) {
      if (item[0].charAt(1).toLowerCase() === 'b') brs++;
      else blocks++;
    }
    const blank = blocks + Math.max(0, brs - 1);
    runs.push({ start: m.index, end: m.index + m[0].trimEnd().length, blank });
  }
  return runs;
}

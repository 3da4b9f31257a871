import type { Rule, RuleContext, RuleHit } from '../../types.js';
import { countBlankHtml } from './blank-lines-html.js';
import { wholeMessage } from './whole-message.js';

/**
 * "Excessive line breaks" look like spam to the marketplace (domain.md). Two blank lines
 * between paragraphs is a style; three in a row is the rule's case. Over the whole message,
 * blank lines that outnumber the lines of text (and are at least MIN_BLANK_TOTAL) mean the
 * whole reply is airy, even when no single gap reaches three: "a⏎⏎⏎b⏎⏎⏎c⏎⏎⏎d" has 6 blank lines
 * for 4 lines of text. One blank line between paragraphs never reaches that (n − 1 < n).
 */
export const MAX_CONSECUTIVE_BLANK = 2;
export const MIN_BLANK_TOTAL = 6;

// Whitespace a line can hold and still look empty: tabs, NBSP, the ideographic space (IMEs
// type it for a space), zero-width space and a stray BOM.
function isBlankChar(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x200b ||
    c === 0xfeff
  );
}

function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

interface Gap {
  /** Offset of the first line break of the gap (0 for blank lines at the start). */
  start: number;
  /** Offset just after the gap's last line break. */
  end: number;
  blank: number;
}

interface Layout {
  gaps: Gap[];
  textLines: number;
  blankTotal: number;
}

/** One pass: each run of blank lines between two lines of text (or the text's start/end). */
function layout(text: string): Layout {
  const gaps: Gap[] = [];
  let textLines = 0;
  let blankTotal = 0;
  let breaks = 0;
  let gapStart = 0;
  let gapEnd = 0;
  let seenText = false;
  let lineHasText = false;
  const close = (): void => {
    // Blank lines at the start have no text line to end; elsewhere the first break ends a text line.
    const blank = seenText ? breaks - 1 : breaks;
    if (blank > 0) {
      blankTotal += blank;
      gaps.push({ start: seenText ? gapStart : 0, end: gapEnd, blank });
    }
    breaks = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      if (breaks === 0) gapStart = i;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++; // CRLF is one break
      breaks++;
      gapEnd = i + 1;
      lineHasText = false;
    } else if (!isBlankChar(c) && !lineHasText) {
      if (breaks > 0) close();
      seenText = true;
      lineHasText = true;
      textLines++;
    }
  }
  if (breaks > 0) close();
  return { gaps, textLines, blankTotal };
}

function check(ctx: RuleContext): RuleHit[] {
  const { gaps, textLines, blankTotal } = layout(ctx.body.raw);
  const hits: RuleHit[] = gaps
    .filter((g) => g.blank > MAX_CONSECUTIVE_BLANK)
    .map((g) => ({ field: 'body', start: g.start, end: g.end, detail: `${g.blank} blank lines in a row` }));
  if (hits.length === 0 && blankTotal >= MIN_BLANK_TOTAL && blankTotal > textLines) {
    hits.push(wholeMessage(`${blankTotal} blank lines for ${textLines} lines of text`));
  }
  if (ctx.html !== null) {
    for (const run of countBlankHtml(ctx.html.folded)) {
      if (run.blank > MAX_CONSECUTIVE_BLANK) {
        hits.push({
          field: 'html',
          start: run.start,
          end: run.end,
          detail: `${run.blank} blank lines in a row`,
        });
      }
    }
  }
  return hits;
}

export const blankLinesRule: Rule = {
  id: 'blank-lines',
  severity: 'warn',
  summary: 'Too many blank lines: the marketplace treats excessive line breaks as spam',
  check,
};

import type { Rule } from '../../types.js';
import { scan } from './scan.js';

/**
 * A salutation whose name was never filled in: "Dear ,", "Hi ,", a line that starts with 様,
 * "亲爱的，", "님," at the start of a line. Generic forms are complete salutations and pass:
 * "Dear customer", "Hello,", "お客様", "尊敬的客户", "고객님" (a polite form in its own right).
 * Only the body is read: that is where a salutation lives.
 */

const AT_LINE_START = new RegExp(
  [
    // "Dear ,", "Dear,", "Dear" alone on its line, "Dear Mr. ,"
    'dear(?:[ \\t]+(?:mr|mrs|ms|miss|dr)\\.?)?[ \\t]*(?:[,:;!]|\\n|$)',
    // "Hi ,": the space before the comma is where the name was; "Hi," alone is a normal greeting.
    '(?:hi|hello|hey)[ \\t]+[,:;!]',
    // 様 with nothing before it; 様々 (various) and さまざま are ordinary words.
    '(?:様(?![々子式相態])|さま(?!ざ)|殿|先生|女士|小姐)[、,:]?',
    '님(?:께)?(?![가-힣])',
  ].join('|'),
  'gi',
);
const ANYWHERE = new RegExp(
  [
    '(?:尊敬的|亲爱的)[ \\t]*(?:[,:、!]|\\n|$)',
    // "안녕하세요 님,": the greeting, then 님 with no name between.
    '(?:안녕하세요|안녕하십니까)[,!.]?[ \\t]+님(?:께)?(?![가-힣])',
  ].join('|'),
  'g',
);

/** Only spaces and tabs between the start of the line and the match. */
function startsLine(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text.charAt(i);
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

export const emptySalutationRule: Rule = {
  id: 'empty-salutation',
  severity: 'block',
  summary: 'The salutation has no name',
  check(ctx) {
    const text = ctx.body.folded;
    return [...scan(AT_LINE_START, 'body', text, (t, s) => startsLine(t, s)), ...scan(ANYWHERE, 'body', text)]
      .map((h) => ({ ...h, end: trimEnd(text, h.start, h.end) }))
      .sort((a, b) => a.start - b.start);
  },
};

/** The newline some alternatives consume is not part of the salutation to underline. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

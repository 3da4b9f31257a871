import type { CheckedText, RuleContext, RuleHit } from '../../types.js';
import { deobfuscatedView } from './deobfuscate.js';

export type TextField = 'subject' | 'body';

/**
 * The fields the phrase rules read: the subject and the plain-text body. The HTML version is
 * the same text with markup, so checking it too would report every phrase twice with offsets
 * into markup; the contact rules cover what only HTML can carry (images, pixels).
 */
export function textFields(ctx: RuleContext): Array<[TextField, CheckedText]> {
  return [
    ['subject', ctx.subject],
    ['body', ctx.body],
  ];
}

/** Extra test on a match: the whole folded text, the match's bounds and its groups. */
export type MatchFilter = (text: string, start: number, end: number, match: RegExpExecArray) => boolean;

const ASCII_LETTER = /[A-Za-z]/;

/**
 * A match that starts or ends with a Latin letter must not continue a longer word, so "ass" is
 * not found in "class" (the Scunthorpe problem). Checked after the match rather than with a
 * lookbehind: a regex that starts with a lookbehind cannot skip ahead and is ten times slower.
 */
export function latinBounded(text: string, start: number, end: number): boolean {
  if (ASCII_LETTER.test(text.charAt(start)) && ASCII_LETTER.test(text.charAt(start - 1))) return false;
  return !(ASCII_LETTER.test(text.charAt(end - 1)) && ASCII_LETTER.test(text.charAt(end)));
}

/**
 * Every match of a global regex in one field's folded text, as hits on that field. A rejected
 * match resumes one character later, so a shorter alternative that starts inside it is still
 * tried.
 */
export function scan(
  re: RegExp,
  field: TextField,
  text: string,
  accept: MatchFilter = latinBounded,
  detail?: string,
): RuleHit[] {
  const hits: RuleHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start || !accept(text, start, end, m)) {
      re.lastIndex = start + 1;
      continue;
    }
    hits.push(detail === undefined ? { field, start, end } : { field, start, end, detail });
  }
  return hits;
}

// V8 scans an alternation fast while the set of characters that can start (and follow) a match
// stays small; past roughly 16 alternatives it falls back to trying every alternative at every
// position, and a 40-word list costs 4x as much as the same list split into three regexes.
const CHUNK = 10;

/** Global regexes for a list of alternatives, a few alternatives each (see CHUNK). */
export function compile(sources: readonly string[], flags = 'gi'): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i < sources.length; i += CHUNK)
    out.push(new RegExp(sources.slice(i, i + CHUNK).join('|'), flags));
  return out;
}

/** Every accepted match of any of the regexes in one text; a hit inside a longer hit is dropped. */
export function scanAll(
  res: readonly RegExp[],
  field: TextField,
  text: string,
  accept: MatchFilter = latinBounded,
): RuleHit[] {
  const hits = res.flatMap((re) => scan(re, field, text, accept));
  return res.length === 1 ? hits : dropContained(hits);
}

/** Sorted by position; a hit inside an earlier, longer one (or equal to it) is dropped. */
function dropContained(hits: RuleHit[]): RuleHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => !hits.some((o, j) => j < i && o.start <= h.start && h.end <= o.end));
}

/**
 * `scanAll` on one field's folded text and on its deobfuscated view, if it has one; view hits
 * are mapped back to offsets in the original text.
 */
export function scanText(
  res: readonly RegExp[],
  field: TextField,
  text: CheckedText,
  accept: MatchFilter = latinBounded,
): RuleHit[] {
  const hits = scanAll(res, field, text.folded, accept);
  const view = deobfuscatedView(text);
  if (view === null) return hits;
  for (const h of scanAll(res, field, view.text, accept)) {
    hits.push({ ...h, start: view.starts[h.start] ?? h.start, end: view.ends[h.end - 1] ?? h.end });
  }
  return dropContained(hits);
}

/** `scanText` over the subject and the body. */
export function scanFields(
  ctx: RuleContext,
  res: readonly RegExp[],
  accept: MatchFilter = latinBounded,
): RuleHit[] {
  return textFields(ctx).flatMap(([field, text]) => scanText(res, field, text, accept));
}

/** Both filters must accept. */
export function both(a: MatchFilter, b: MatchFilter): MatchFilter {
  return (text, start, end, m) => a(text, start, end, m) && b(text, start, end, m);
}

const SENTENCE_END = /[.!?。！？\n]/;

/** Up to `max` characters before `start`, cut at the previous sentence end. */
export function clauseBefore(text: string, start: number, max: number): string {
  let from = start;
  while (from > 0 && start - from < max && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  return text.slice(from, start);
}

/** Up to `max` characters after `end`, cut at the next sentence end. */
export function clauseAfter(text: string, end: number, max: number): string {
  let to = end;
  while (to < text.length && to - end < max && !SENTENCE_END.test(text.charAt(to))) to++;
  return text.slice(end, to);
}

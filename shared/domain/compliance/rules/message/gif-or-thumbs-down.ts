import type { CheckedText, FindingField, Rule, RuleContext, RuleHit } from '../../types.js';
import { baseContentType } from '../contact/attachment-rules.js';
import { findGifLinks } from './gif-links.js';

/**
 * The marketplace bans thumbs-down emoji and GIFs (domain.md). 🖕 is held to the same rule: a
 * gesture is an emoji, which the word-based "offensive" rule does not look at. Angry faces
 * (😠🤬) are tone, left to people. Skin tones (U+1F3FB..F) and VS16 belong to the emoji and
 * are underlined with it.
 */
const GESTURES = /\u{1F44E}|\u{1F595}/gu;
const THUMBS_DOWN = '\u{1F44E}';
const TONE = /[\u{1F3FB}-\u{1F3FF}]|\uFE0F/u;
// Both gestures live in the U+1F4xx/U+1F5xx block: the same high surrogate. Text without it
// (the common case) skips the regex.
const HIGH_SURROGATE = '\uD83D';

function gestures(field: FindingField, text: string): RuleHit[] {
  if (!text.includes(HIGH_SURROGATE)) return [];
  const hits: RuleHit[] = [];
  GESTURES.lastIndex = 0;
  for (let m = GESTURES.exec(text); m !== null; m = GESTURES.exec(text)) {
    let end = m.index + m[0].length;
    // A skin tone and VS16 may follow, as written: take up to one of each.
    for (let k = 0; k < 2; k++) {
      const next = text.codePointAt(end);
      if (next === undefined || !TONE.test(String.fromCodePoint(next))) break;
      end += next > 0xffff ? 2 : 1;
    }
    const detail = m[0] === THUMBS_DOWN ? 'thumbs-down emoji' : 'offensive gesture emoji';
    hits.push({ field, start: m.index, end, detail });
  }
  return hits;
}

function links(field: FindingField, text: CheckedText, html: boolean): RuleHit[] {
  return findGifLinks(text.folded, html).map((s) => ({
    field,
    start: s.start,
    end: s.end,
    detail: 'GIF image',
  }));
}

function isGifAttachment(contentType: string, filename: string): boolean {
  // The name counts too: the buyer sees "anim.gif" whatever the bytes are.
  return baseContentType(contentType) === 'image/gif' || /\.gifv?$/i.test(filename.trim());
}

function check(ctx: RuleContext): RuleHit[] {
  const hits = [
    ...gestures('subject', ctx.subject.raw),
    ...gestures('body', ctx.body.raw),
    ...links('body', ctx.body, false),
  ];
  if (ctx.html !== null) hits.push(...gestures('html', ctx.html.raw), ...links('html', ctx.html, true));
  (ctx.draft.attachments ?? []).forEach((a, i) => {
    if (isGifAttachment(a.contentType, a.filename)) {
      hits.push({ field: 'attachments', start: i, end: i + 1, detail: `GIF attachment ${a.filename}` });
    }
  });
  return hits;
}

export const gifOrThumbsDownRule: Rule = {
  id: 'gif-or-thumbs-down',
  severity: 'warn',
  summary: 'No GIFs or thumbs-down emoji',
  check,
};

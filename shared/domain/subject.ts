import { foldFullWidthAscii } from './text-normalize.js';

/**
 * Subject prefixes mailers add when replying or forwarding, in the languages the desk meets:
 * Re/Fwd (en), AW/WG (de), SV (nordic), RIF (it), TR (fr), 回复/答复/转发 (zh-Hans),
 * 回覆/答覆/轉寄 (zh-Hant), 답장/회신/전달 (ko), 返信/転送 (ja). Outlook numbers them ("RE[2]:").
 * Tags in brackets ([Important], 【重要】) are stripped as well: the marketplace adds
 * [Important] to essential messages (domain.md) and sellers add 【…】 labels.
 */
const PREFIX =
  /^\s*(?:(re|aw|sv|antw|rif|vs|回复|回覆|答复|答覆|답장|회신|返信|fwd?|wg|tr|转发|轉寄|轉發|전달|転送)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]|\[[^\]]{0,40}\]|【[^】]{0,40}】)\s*/i;
const REPLY_WORDS = /^(?:re|aw|sv|antw|rif|vs|回复|回覆|答复|答覆|답장|회신|返信)$/i;

function strip(subject: string): { subject: string; reply: boolean } {
  let s = foldFullWidthAscii(subject);
  let reply = false;
  for (let i = 0; i < 20; i++) {
    const m = PREFIX.exec(s);
    if (m === null || m[0].length === 0) break;
    if (m[1] !== undefined && REPLY_WORDS.test(m[1])) reply = true;
    s = s.slice(m[0].length);
  }
  return { subject: s.replace(/\s+/g, ' ').trim(), reply };
}

/** The subject without reply/forward prefixes and leading bracket tags, whitespace collapsed. */
export function normalizeSubject(subject: string): string {
  return strip(subject).subject;
}

/** True when a reply prefix (Re:, RE:, Ｒｅ：, 回复:, 답장: …) leads the subject, possibly after tags. */
export function isReplySubject(subject: string): boolean {
  return strip(subject).reply;
}

/**
 * The buyer's own words, normalised: what both the rules and the statistical model read.
 * NFKC folds full-width ASCII (ｃａｎｃｅｌ, ？) and half-width katakana (ｷｬﾝｾﾙ) to the forms
 * the rules are written in; earlier messages quoted below a reply and signatures belong to
 * someone else or to no one, so they go before they can outvote the new text.
 */

/** A 1 MB body must stay fast; a buyer states the point within the first few KB. */
export const MAX_RAW_CHARS = 16_000;
export const MAX_ANALYSED_CHARS = 4_000;
export const MAX_SUBJECT_CHARS = 1_000;

const QUOTE_START = /^[ \t]*>/;
// Everything after these is an earlier message or a forwarded one, in the mail client's language.
const QUOTE_MARKER =
  /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|元のメッセージ|転送されたメッセージ|原始邮件|原始郵件|转发的邮件|원본 메시지|전달된 메시지)/;
// "On Mon, 1 Jan 2024 X wrote:", "…さんは書きました:", "… 写道:", "…님이 작성:".
const ATTRIBUTION = /(?:wrote|書きました|写道|寫道|작성)[ \t]*:$/;
// Outlook-style header block of a quoted message.
const OUTLOOK_FROM = /^(?:from|差出人|发件人|發件人|보낸 사람)[ \t]*:/;
// RFC 3676 §4.3 signature separator "-- " (some clients drop the space), and mobile footers.
const SIGNATURE =
  /^(?:--[ \t]?$|_{5,}$|sent from my |iphoneから送信|android.*から送信|发自我的|从我的.*发送|iphone에서 보냄)/;
const TAG = /<\/?[a-z!][^<>]{0,500}>/g;
const STYLE_BLOCK = /<(style|script)[^>]{0,200}>[^<]{0,20000}<\/\1>/g;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#39);/g;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** NFKC + lower case: full-width and half-width forms fold to what the rules are written in. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function dropHtml(text: string): string {
  let t = text;
  if (t.includes('<') && t.includes('>')) {
    t = t
      .replace(STYLE_BLOCK, ' ')
      .replace(TAG, (tag) => (/^<\/?(?:br|p|div|li|tr)\b/.test(tag) ? '\n' : ' '));
  }
  return t.includes('&') ? t.replace(ENTITY, (e) => ENTITIES[e] ?? ' ') : t;
}

/** Lines the buyer wrote now: stop at the first quote marker or signature, skip `>` lines. */
export function stripQuotesAndSignature(normalised: string): string {
  const kept: string[] = [];
  let size = 0;
  for (let pos = 0; pos < normalised.length && size < MAX_ANALYSED_CHARS;) {
    let nl = normalised.indexOf('\n', pos);
    if (nl === -1) nl = normalised.length;
    const line = normalised.slice(pos, nl);
    pos = nl + 1;
    if (QUOTE_START.test(line)) continue;
    const trimmed = line.trim();
    if (SIGNATURE.test(trimmed) || QUOTE_MARKER.test(line)) break;
    if (ATTRIBUTION.test(trimmed) || (kept.length > 0 && OUTLOOK_FROM.test(trimmed))) break;
    kept.push(line);
    size += line.length + 1;
  }
  const text = kept.join('\n');
  return text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
}

export interface PreparedText {
  subject: string;
  body: string;
}

export function prepareInput(subject: string, body: string): PreparedText {
  const rawSubject = subject.length > MAX_SUBJECT_CHARS ? subject.slice(0, MAX_SUBJECT_CHARS) : subject;
  const rawBody = body.length > MAX_RAW_CHARS ? body.slice(0, MAX_RAW_CHARS) : body;
  return {
    subject: normalizeText(dropHtml(rawSubject)).replace(/\s+/g, ' ').trim(),
    body: stripQuotesAndSignature(normalizeText(dropHtml(rawBody).replace(/\r\n?/g, '\n'))),
  };
}

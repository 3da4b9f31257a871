import PostalMime from 'postal-mime';
import type { ParsedMessage } from '../parsed-message.js';
import { decodeText } from './charset-guess.js';
import { envelopeOf, firstHeader } from './header-fields.js';
import { decodeWords } from './encoded-words.js';
import { headerBlockEnd } from './raw-headers.js';

/** Enough of a broken message to read on screen without holding megabytes of junk. */
export const MAX_FALLBACK_TEXT_BYTES = 1024 * 1024;

async function headersOnly(raw: Uint8Array): Promise<Partial<ParsedMessage>> {
  try {
    const end = headerBlockEnd(raw);
    if (end === 0 || end > 256 * 1024) return {};
    const block = new Uint8Array(end + 2);
    block.set(raw.subarray(0, end));
    block.set([0x0d, 0x0a], end);
    const email = await PostalMime.parse(block);
    const h = email.headers;
    return { ...envelopeOf(h), subject: decodeWords(firstHeader(h, 'subject') ?? '') };
  } catch {
    return {};
  }
}

/**
 * What a message the parser could not read becomes: the raw source as text (capped), and
 * whatever the header block alone still yields. Never throws.
 */
export async function failedMessage(
  raw: Uint8Array,
  reason: string,
  forceCharset: string | undefined,
  readHeaders: boolean,
): Promise<ParsedMessage> {
  const shown = raw.subarray(0, MAX_FALLBACK_TEXT_BYTES);
  let decoded = { text: '', charset: 'utf-8' };
  try {
    decoded = decodeText(shown, null, forceCharset);
  } catch {
    decoded = { text: new TextDecoder('utf-8').decode(shown), charset: 'utf-8' };
  }
  const best = readHeaders ? await headersOnly(raw) : {};
  return {
    messageId: best.messageId ?? null,
    inReplyTo: best.inReplyTo ?? null,
    references: best.references ?? [],
    date: best.date ?? null,
    from: best.from ?? null,
    to: [],
    cc: [],
    replyTo: [],
    subject: best.subject ?? '',
    text: decoded.text,
    html: null,
    hasHtml: false,
    attachments: [],
    headers: best.headers ?? {},
    charset: raw.length > 0 ? decoded.charset : null,
    parseError: reason,
  };
}

import PostalMime from 'postal-mime';
import { decodeText } from './charset-guess.js';
import type { TextLeaf } from './message-tree.js';

export interface BodyText {
  text: string;
  /** Null when there is no HTML part, or when it was deferred (see ParseOptions.deferHtml). */
  html: string | null;
  hasHtml: boolean;
  charset: string | null;
}

// "=_" cannot occur in quoted-printable or base64 and is unlikely at a line start in HTML.
const BOUNDARY = '=_helpdesk-html-to-text_=';

/**
 * HTML to readable text with postal-mime's own converter, which it only exposes when a
 * message mixes an HTML part with a plain-text one: so the HTML is wrapped beside an empty
 * text part. One converter for every path, and no second HTML library.
 */
export async function htmlToText(html: string): Promise<string> {
  const raw =
    `Content-Type: multipart/mixed; boundary="${BOUNDARY}"\r\n\r\n` +
    `--${BOUNDARY}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n` +
    `--${BOUNDARY}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n--${BOUNDARY}--\r\n`;
  const email = await PostalMime.parse(raw);
  return (email.text ?? '').trim();
}

/**
 * Decodes the text leaves (charset checked, guessed or forced) and assembles the body. With
 * `deferHtml`, HTML leaves are skipped when a plain leaf gives the text.
 */
export async function bodyFromLeaves(
  leaves: readonly TextLeaf[],
  forceCharset?: string,
  deferHtml = false,
): Promise<BodyText> {
  const plain: string[] = [];
  const html: string[] = [];
  let plainCharset: string | null = null;
  let htmlCharset: string | null = null;
  const hasHtml = leaves.some((leaf) => leaf.kind === 'html');
  const skipHtml = deferHtml && leaves.some((leaf) => leaf.kind === 'plain');
  for (const leaf of leaves) {
    if (skipHtml && leaf.kind === 'html') continue;
    const decoded = decodeText(leaf.bytes, leaf.charset, forceCharset);
    const text = leaf.flowed && leaf.unflow ? leaf.unflow(decoded.text, leaf.delSp) : decoded.text;
    if (leaf.kind === 'plain') {
      plain.push(text);
      plainCharset ??= decoded.charset;
    } else {
      html.push(text);
      htmlCharset ??= decoded.charset;
    }
  }
  const htmlText = html.length > 0 ? html.join('\n') : null;
  const text = plain.length > 0 ? plain.join('\n') : htmlText !== null ? await htmlToText(htmlText) : '';
  return { text, html: htmlText, hasHtml, charset: plainCharset ?? htmlCharset };
}

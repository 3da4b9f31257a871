import { randomBytes } from 'node:crypto';
import MailComposer, { type MailComposerAttachment } from 'nodemailer/lib/mail-composer';
import { quoteLines, type QuoteParts } from '../../../shared/domain/reply/quote.js';

/**
 * The reply as bytes. Built once, when the user presses send, with its Message-ID inside: the
 * outbox never rewrites it, so after a crash the Sent folder is searched for exactly this id.
 */

export interface MimeAttachment {
  filename: string;
  contentType: string;
  charset: string | null;
  content: Buffer;
}

export interface ReplyMimeInput {
  from: string;
  to: { name: string; address: string };
  subject: string;
  /** Without angle brackets. */
  messageId: string;
  inReplyTo: string | null;
  references: readonly string[];
  date: Date;
  text: string;
  html: string | null;
  attachments: readonly MimeAttachment[];
  /** RFC 3834 §5: an automatic answer says so, so the buyer's side never auto-answers it back. */
  autoReplied: boolean;
}

/** `<random>@<shop domain>`: unique without a registry, and traceable to the shop that sent it. */
export function newMessageId(fromAddress: string): string {
  const domain = /@([A-Za-z0-9.-]+)$/.exec(fromAddress.trim())?.[1] ?? 'seller-helpdesk.invalid';
  return `${randomBytes(16).toString('hex')}@${domain.toLowerCase()}`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The quote as the HTML part shows it: the buyer's text escaped, never interpreted. */
export function quoteHtml(parts: QuoteParts): string {
  const lines = parts.lines.map((l) => escapeHtml(l)).join('<br>\n');
  return (
    `<div>${escapeHtml(parts.attribution)}</div>\n` +
    `<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n${lines}\n</blockquote>`
  );
}

/** The plain-text body: the reply, a blank line, the quote. */
export function replyText(body: string, parts: QuoteParts): string {
  return `${body.replace(/\s+$/, '')}\n\n${[parts.attribution, ...quoteLines(parts.lines)].join('\n')}\n`;
}

export function replyHtml(html: string, parts: QuoteParts): string {
  return `${html}\n<br>\n${quoteHtml(parts)}`;
}

const bracket = (id: string): string => `<${id}>`;
// Text parts travel in canonical form (RFC 2046 §4.1.1): CRLF line ends, whatever the editor used.
const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

export async function buildReplyMime(input: ReplyMimeInput): Promise<Buffer> {
  const attachments: MailComposerAttachment[] = input.attachments.map((a) => ({
    filename: a.filename,
    content: a.content,
    contentType: a.charset === null ? a.contentType : `${a.contentType}; charset=${a.charset}`,
    // base64 keeps the bytes exact (a text file's line ends and charset included).
    contentTransferEncoding: 'base64',
  }));
  const composer = new MailComposer({
    from: input.from,
    to: input.to.name === '' ? input.to.address : { name: input.to.name, address: input.to.address },
    subject: input.subject,
    messageId: bracket(input.messageId),
    ...(input.inReplyTo === null ? {} : { inReplyTo: bracket(input.inReplyTo) }),
    ...(input.references.length === 0 ? {} : { references: input.references.map(bracket) }),
    date: input.date,
    text: crlf(input.text),
    ...(input.html === null ? {} : { html: crlf(input.html) }),
    attachments,
    headers: input.autoReplied ? { 'Auto-Submitted': 'auto-replied' } : {},
    // Everything is in memory; a path or URL in the input must never be read or fetched.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  return composer.compile().build();
}

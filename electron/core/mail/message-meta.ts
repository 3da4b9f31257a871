import { hash } from 'node:crypto';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { extractOrderIds } from '../../../shared/domain/order-ids.js';
import { extractBuyer } from '../../../shared/domain/buyer.js';
import { detectLanguage } from '../../../shared/domain/language.js';
import { classifyAutomated } from '../../../shared/domain/automated.js';
import type { ParsedMessage } from './parsed-message.js';
import type { FetchedMessage, MailboxContext } from './build-message.js';
import { localMessageId } from './message-id.js';

const snippetLength = 160;

// The HTML-to-text converter writes a link as "(https://…) text": right for reading, noise in a preview.
const LINK_TARGET = /\((?:https?|mailto|tel):[^\s)]*\)\s?/gi;

const QUOTED = /^\s*>/;

function preview(joined: string): string {
  return joined.replace(LINK_TARGET, '').replace(/\s+/g, ' ').trim();
}

/**
 * The one-line preview: the text's unquoted lines (quoted earlier messages are noise in it)
 * joined, link targets dropped, whitespace collapsed, first 160 characters. Lines are read
 * only until the preview is full, not the whole quoted history: no link target or whitespace
 * run crosses the space that joins two lines, so a longer prefix only ever appends to it.
 */
export function snippetOf(text: string): string {
  let joined = '';
  let lines = 0;
  let checkAt = snippetLength * 2;
  for (let pos = 0; pos <= text.length;) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end > pos && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end);
    pos = end + 1;
    if (QUOTED.test(line)) continue;
    joined = lines++ === 0 ? line : `${joined} ${line}`;
    if (joined.length >= checkAt) {
      const shown = preview(joined);
      if (shown.length >= snippetLength) return shown.slice(0, snippetLength);
      checkAt = joined.length * 2;
    }
  }
  return preview(joined).slice(0, snippetLength);
}

function isoOrNull(value: Date | string | undefined): string | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A Date header from the far future or before e-mail existed is a lie; trust the server's clock. */
function plausibleDate(headerDate: string | null, internalDate: string, now: Date): string {
  if (headerDate === null) return internalDate;
  const t = Date.parse(headerDate);
  const earliest = Date.UTC(1995, 0, 1);
  const latest = now.getTime() + 2 * 24 * 3600 * 1000;
  return t >= earliest && t <= latest ? headerDate : internalDate;
}

export function metaFromParsed(
  parsed: ParsedMessage,
  fetched: FetchedMessage,
  mailbox: MailboxContext,
  now: Date,
): MessageMeta {
  const internalDate = isoOrNull(fetched.internalDate) ?? now.toISOString();
  const searchable = `${parsed.subject}\n${parsed.text}`;
  const automated =
    mailbox.role === 'sent'
      ? 'none'
      : classifyAutomated({ from: parsed.from, subject: parsed.subject, headers: parsed.headers });
  return {
    id: localMessageId(mailbox.role, mailbox.uidValidity, fetched.uid),
    mailbox: mailbox.role,
    mailboxPath: mailbox.path,
    uid: fetched.uid,
    uidValidity: mailbox.uidValidity,
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    date: plausibleDate(parsed.date, internalDate, now),
    internalDate,
    from: parsed.from,
    to: parsed.to,
    subject: parsed.subject,
    snippet: snippetOf(parsed.text),
    language: detectLanguage(searchable),
    orderIds: extractOrderIds(searchable),
    // In Sent the buyer is the recipient; in INBOX the sender.
    buyer:
      mailbox.role === 'sent'
        ? extractBuyer(parsed.to[0] ?? null, [])
        : extractBuyer(parsed.from, parsed.replyTo),
    automated,
    attachments: parsed.attachments,
    hasHtml: parsed.hasHtml,
    flags: [...(fetched.flags ?? [])].sort(),
    modseq: fetched.modseq === undefined ? null : fetched.modseq.toString(),
    size: fetched.size ?? fetched.source.byteLength,
    threadId: '',
    parseError: parsed.parseError,
    charset: parsed.charset,
    sha256: hash('sha256', fetched.source, 'hex'),
    expungedAt: null,
    triage: null,
    downloaded: 'whole',
  };
}

import type { MessageMeta, StoredBody } from '../../../shared/domain/message.js';
import type { FetchedMessage, MailboxContext } from './build-message.js';
import { metaFromParsed } from './message-meta.js';
import { parseMessage } from './mime/parse-message.js';

/** One message to parse: plain data, so it can cross to a worker thread. */
export interface AnalyseRequest {
  fetched: FetchedMessage;
  mailbox: MailboxContext;
  nowIso: string;
}

export interface AnalyseResult {
  meta: MessageMeta;
  body: StoredBody;
}

/**
 * Above this size the HTML beside a text part is stored after all: decoding it later means
 * parsing the whole message again when it is opened (~150 ms for 30 MB, mostly attachments),
 * while at sync time it costs next to nothing beside the parse of such a message.
 */
export const DEFER_HTML_UP_TO_BYTES = 1024 * 1024;

/** Parse + extract everything but the thread (which needs the whole mailbox's index). */
export async function analyseFetched(request: AnalyseRequest): Promise<AnalyseResult> {
  const deferHtml = request.fetched.source.byteLength <= DEFER_HTML_UP_TO_BYTES;
  const parsed = await parseMessage(request.fetched.source, { deferHtml });
  const meta = metaFromParsed(parsed, request.fetched, request.mailbox, new Date(request.nowIso));
  return { meta, body: { text: parsed.text, html: parsed.html } };
}

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

/** Parse + extract everything but the thread (which needs the whole mailbox's index). */
export async function analyseFetched(request: AnalyseRequest): Promise<AnalyseResult> {
  const parsed = await parseMessage(request.fetched.source, { deferHtml: true });
  const meta = metaFromParsed(parsed, request.fetched, request.mailbox, new Date(request.nowIso));
  return { meta, body: { text: parsed.text, html: parsed.html } };
}

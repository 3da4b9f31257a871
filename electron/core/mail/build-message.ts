import type { DownloadExtent, MailboxRole, MessageMeta } from '../../../shared/domain/message.js';
import type { IncomingMessage } from '../store/mail-store.js';
import { analyseFetched, type AnalyseRequest, type AnalyseResult } from './analyse-message.js';

/** What the server told us about one message, next to its source. */
export interface FetchedMessage {
  uid: number;
  flags: ReadonlySet<string> | undefined;
  internalDate: Date | string | undefined;
  size: number | undefined;
  modseq: bigint | undefined;
  source: Uint8Array;
}

export interface MailboxContext {
  role: MailboxRole;
  path: string;
  uidValidity: string;
}

/** Assigns a thread to a new message; the core keeps one index across both mailboxes. */
export type ThreadAssigner = (meta: MessageMeta) => string;

/** Parses a message (here or on a worker thread); returns everything but the thread. */
export type Analyser = (request: AnalyseRequest) => Promise<AnalyseResult>;

/** Parses one fetched message into what the store keeps. Never throws: a bad mail is still kept. */
export async function buildIncoming(
  fetched: FetchedMessage,
  mailbox: MailboxContext,
  assignThread: ThreadAssigner,
  now: Date,
  analyse: Analyser = analyseFetched,
  downloaded: DownloadExtent = 'whole',
): Promise<IncomingMessage> {
  const { meta, body } = await analyse({ fetched, mailbox, nowIso: now.toISOString() });
  meta.downloaded = downloaded;
  meta.threadId = assignThread(meta);
  return { meta, body, raw: fetched.source };
}

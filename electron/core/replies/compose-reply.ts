import { ApiFailure } from '../../../shared/api/result.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { quoteParts } from '../../../shared/domain/reply/quote.js';
import { replyInReplyTo, replyReferences } from '../../../shared/domain/reply/reply-references.js';
import { replySubject } from '../../../shared/domain/reply/reply-subject.js';
import type { CoreContext } from '../core-context.js';
import type { OutgoingReply } from '../outbox/outbox-port.js';
import type { JsonValue } from '../store/index.js';
import type { DraftBox, StoredDraft } from './draft-box.js';
import {
  localOffsetMinutes,
  quoteSourceOf,
  recipientOf,
  shopAddress,
  smtpUser,
  tagLanguage,
} from './reply-source.js';
import { buildReplyMime, newMessageId, replyHtml, replyText, type MimeAttachment } from './reply-mime.js';

/** Turns a draft (or an automatic acknowledgement) into the OutgoingReply the outbox persists. */

const SNIPPET_CHARS = 120;

/** The subject as it goes out: the user's (or the original's), one "Re: ", the tag if asked. */
export function sentSubject(draft: { subject: string; important: boolean }, answered: MessageMeta): string {
  const base = draft.subject.trim() === '' ? answered.subject : draft.subject;
  return replySubject(base, { important: draft.important, language: tagLanguage(answered) });
}

interface Content {
  kind: OutgoingReply['kind'];
  subject: string;
  body: string;
  html: string | null;
  attachments: MimeAttachment[];
  threadId: string;
  draftStartedAt: string;
  draft: JsonValue | null;
}

async function compose(ctx: CoreContext, answered: MessageMeta, content: Content): Promise<OutgoingReply> {
  const from = shopAddress(answered, smtpUser(ctx));
  if (from === null) {
    throw new ApiFailure(
      'invalid-request',
      'No shop address to send from: the buyer message names none, and the SMTP user is not an email address.',
    );
  }
  const to = recipientOf(answered);
  if (to === '')
    throw new ApiFailure('draft-conflict', 'The message being answered has no sender to reply to.');
  const body = await ctx.store.readBody(answered.id);
  const parts = quoteParts(
    quoteSourceOf(answered),
    body.text,
    answered.language,
    localOffsetMinutes(answered.date),
  );
  const messageId = newMessageId(from);
  const raw = await buildReplyMime({
    from,
    to: { name: '', address: to },
    subject: content.subject,
    messageId,
    inReplyTo: replyInReplyTo(answered),
    references: replyReferences(answered),
    date: ctx.clock.now(),
    text: replyText(content.body, parts),
    html: content.html === null ? null : replyHtml(content.html, parts),
    attachments: content.attachments,
    autoReplied: content.kind === 'auto-ack',
  });
  return {
    kind: content.kind,
    messageId,
    raw,
    envelope: { from, to: [to] },
    to,
    subject: content.subject,
    snippet: content.body.replace(/\s+/g, ' ').trim().slice(0, SNIPPET_CHARS),
    threadId: content.threadId,
    inReplyTo: answered.id,
    draftStartedAt: content.draftStartedAt,
    draft: content.draft,
  };
}

/** A fresh Message-ID each call: call it once per press of send. */
export async function composeReply(
  ctx: CoreContext,
  drafts: DraftBox,
  draft: StoredDraft,
  answered: MessageMeta,
): Promise<OutgoingReply> {
  const attachments: MimeAttachment[] = [];
  for (const a of draft.attachments) {
    attachments.push({ ...a, content: await drafts.readAttachment(a.id) });
  }
  return compose(ctx, answered, {
    kind: 'reply',
    subject: sentSubject(draft, answered),
    body: draft.body,
    html: draft.html,
    attachments,
    threadId: draft.threadId,
    draftStartedAt: draft.startedAt,
    draft,
  });
}

/**
 * The automatic first answer (RFC 3834 Auto-Submitted: auto-replied), in the buyer's thread
 * with the buyer's message quoted like any reply. The caller picks the body by language and
 * decides whether to send at all.
 */
export async function composeAutoAck(
  ctx: CoreContext,
  meta: MessageMeta,
  body: string,
): Promise<OutgoingReply> {
  return compose(ctx, meta, {
    kind: 'auto-ack',
    subject: sentSubject({ subject: meta.subject, important: false }, meta),
    body,
    html: null,
    attachments: [],
    threadId: meta.threadId,
    draftStartedAt: ctx.clock.now().toISOString(),
    draft: null,
  });
}

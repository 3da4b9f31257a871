import { decideCollision, type CollisionDecision } from '../../../shared/domain/outbox/collision.js';
import type { CoreContext } from '../core-context.js';
import { HelpdeskError } from '../errors.js';

export interface BeforeSendItem {
  threadId: string;
  /** Store id of the buyer message answered. */
  inReplyTo: string | null;
  draftStartedAt: string;
  /** Message-ID of the reply about to be sent, without angle brackets. */
  messageId: string;
  /** The outbox passes it; absent = 'reply'. */
  kind?: 'reply' | 'auto-ack';
}

/** Called by the outbox worker right before each send; `hold` stops the item in state 'held'. */
export type BeforeSend = (item: BeforeSendItem) => Promise<CollisionDecision>;

/**
 * The collision check against the server, not the cache: a sync first, so a reply another desk
 * sent a second ago (its Sent copy, the \Answered flag) and a follow-up the buyer just wrote are
 * in the store before deciding. A failed sync rejects: the outbox cannot send while the server is
 * unreachable anyway, and treats the rejection as offline and tries again later.
 *
 * `ctx.sync` is read at each call: it is rebuilt when the account changes.
 */
export function createCollisionCheck(ctx: Pick<CoreContext, 'store' | 'sync'>): BeforeSend {
  return async (item) => {
    const sync = ctx.sync;
    if (sync === null) throw new HelpdeskError('offline', 'No mail account: the server cannot be checked');
    await sync.syncNow();
    // A late parent may have merged the thread since the draft started: the answered message's
    // current thread counts as well as the one the draft was written in.
    // '' means "no thread": it would match every unthreaded message in the store.
    const target = item.inReplyTo === null ? null : ctx.store.getMessage(item.inReplyTo);
    const threads = new Set([item.threadId, target?.threadId ?? ''].filter((t) => t !== ''));
    const thread = ctx.store
      .listMessages({ includeExpunged: true, order: 'sync' })
      .filter((m) => threads.has(m.threadId) || m.id === target?.id);
    const decision = decideCollision({
      thread,
      answeredId: item.inReplyTo,
      draftStartedAt: item.draftStartedAt,
      ownMessageId: item.messageId,
    });
    // An acknowledgement says "we got your message(s)": a second buyer message makes it no less
    // true (and it is queued moments after the first), while an answer already sent makes it moot.
    if (item.kind === 'auto-ack' && decision.hold && decision.code === 'newer-message')
      return { hold: false };
    return decision;
  };
}

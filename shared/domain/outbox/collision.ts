import type { MessageMeta } from '../message.js';
import { triageMarksOf } from '../triage/keywords.js';

/**
 * The collision check right before a reply goes on the wire (issue 5): several desks share one
 * mailbox, so while this desk drafted, another may have answered the thread, or the buyer may
 * have written again. Either way the reply as typed may now be wrong or doubled, so the outbox
 * holds it and shows what happened. Pure: the core syncs first, then asks this with the
 * thread's stored messages.
 *
 * What counts:
 * - answered-elsewhere: a reply in Sent in this thread that arrived after the draft was started
 *   and is not ours (another Message-ID), or \Answered / $HD_NoReply on the message being
 *   answered that no reply we know of explains.
 * - newer-message: a buyer message (inbox, automated 'none', not marked spam) in the thread that
 *   is newer than the message being answered AND arrived after the draft was started. Both,
 *   because a message newer than the target that was already there when the user started typing
 *   was on screen (the thread view shows everything), and one that arrived during drafting but is
 *   older than the target (a late relay of an old message) adds nothing the reply misses.
 *
 * Flags carry no time, so a mark can only be judged by what explains it:
 * - \Answered on the target is explained by any reply in the thread's Sent dated after the target:
 *   our own (a crash after sending: the outbox's Sent check handles that, it is not a collision),
 *   an earlier one from before the draft started (the user is replying a second time, knowingly),
 *   or another desk's new one (already listed itself). Unexplained, it was answered where we
 *   cannot see the reply (another mail client without a Sent copy), and the target is listed.
 * - $HD_NoReply on the target has no such explanation. A user who deliberately answers a message
 *   already marked "no response needed" gets a hold and sends anyway with one click; a desk that
 *   marks it while another drafts is the case that matters, and a double answer costs more.
 * - Marks on messages older than the target are ignored: they most likely predate the draft, and
 *   the reply answers those messages anyway.
 *
 * Time ("arrived after the draft was started") is the later of the Date header and the server's
 * INTERNALDATE: the buyer's relay stamps Date before a delivery that may take minutes, so a
 * follow-up can be dated before the draft start yet arrive after it. For buyer messages a further
 * SKEW_TOLERANCE_MS absorbs the difference between this desk's clock and the server's (a false
 * hold costs a look, a missed follow-up costs a wrong reply). Replies in Sent get no tolerance:
 * a user who sends and at once starts a second "I forgot to add" reply would be held by their own
 * first one.
 */

export const SKEW_TOLERANCE_MS = 2 * 60_000;

export type CollisionMessage = Pick<
  MessageMeta,
  'id' | 'mailbox' | 'messageId' | 'date' | 'internalDate' | 'automated' | 'flags' | 'expungedAt'
>;

export interface CollisionInput {
  /** Every stored message of the thread, expunged ones included (a sent reply stays sent). */
  thread: readonly CollisionMessage[];
  /** Store id of the buyer message being answered, or null for a reply that answers none. */
  answeredId: string | null;
  /** ISO 8601, as the composer recorded it. */
  draftStartedAt: string;
  /** Message-ID of the reply being sent, without angle brackets. */
  ownMessageId: string;
}

export type CollisionCode = 'answered-elsewhere' | 'newer-message';

export type CollisionDecision = { hold: false } | { hold: true; code: CollisionCode; messageIds: string[] };

/** Milliseconds of the later of Date and INTERNALDATE; an unparsable one is ignored. */
export function arrivedAt(m: Pick<CollisionMessage, 'date' | 'internalDate'>): number {
  const times = [Date.parse(m.date), Date.parse(m.internalDate)].filter((t) => Number.isFinite(t));
  return times.length === 0 ? Number.NaN : Math.max(...times);
}

function time(iso: string): number {
  return Date.parse(iso);
}

function isHumanReply(m: CollisionMessage): boolean {
  // Our own automatic acknowledgement carries Auto-Submitted (RFC 3834): it answers nothing.
  return m.mailbox === 'sent' && m.automated === 'none';
}

function isOwn(m: CollisionMessage, ownMessageId: string): boolean {
  return m.messageId !== null && m.messageId.trim() === ownMessageId.trim();
}

/** Staff marks only: a classifier's spam verdict on a follow-up in a buyer's thread is too weak to hide it. */
function markedSpam(m: CollisionMessage): boolean {
  const marks = triageMarksOf(m.flags);
  return marks.spam || marks.category === 'spam';
}

function isNewerBuyerMessage(
  m: CollisionMessage,
  target: CollisionMessage | undefined,
  started: number,
): boolean {
  if (m.mailbox !== 'inbox' || m.automated !== 'none' || m.expungedAt !== null) return false;
  if (target !== undefined && (m.id === target.id || time(m.date) <= time(target.date))) return false;
  if (markedSpam(m)) return false;
  return arrivedAt(m) > started - SKEW_TOLERANCE_MS;
}

function targetMarkUnexplained(
  target: CollisionMessage,
  replies: readonly CollisionMessage[],
  ownMessageId: string,
): boolean {
  const marks = triageMarksOf(target.flags);
  if (marks.noReply) return true;
  if (!marks.answered) return false;
  return !replies.some((r) => isOwn(r, ownMessageId) || time(r.date) >= time(target.date));
}

function byTime(a: CollisionMessage, b: CollisionMessage): number {
  return arrivedAt(a) - arrivedAt(b) || a.id.localeCompare(b.id);
}

/**
 * Hold or send. When both happened, 'answered-elsewhere' wins (a doubled answer is the costlier
 * mistake) and the ids list the other replies first, then the buyer's newer messages, so the
 * user sees everything that changed.
 */
export function decideCollision(input: CollisionInput): CollisionDecision {
  const started = time(input.draftStartedAt);
  if (!Number.isFinite(started))
    throw new RangeError(`draftStartedAt is not a date: ${input.draftStartedAt}`);
  const target = input.thread.find((m) => m.id === input.answeredId);
  const replies = input.thread.filter(isHumanReply);

  const otherReplies = replies
    .filter((r) => !isOwn(r, input.ownMessageId) && arrivedAt(r) > started)
    .sort(byTime);
  const marked =
    target !== undefined && targetMarkUnexplained(target, replies, input.ownMessageId) ? [target] : [];
  const newer = input.thread.filter((m) => isNewerBuyerMessage(m, target, started)).sort(byTime);

  if (otherReplies.length > 0 || marked.length > 0) {
    const ids = [...otherReplies, ...marked, ...newer].map((m) => m.id);
    return { hold: true, code: 'answered-elsewhere', messageIds: [...new Set(ids)] };
  }
  if (newer.length > 0) return { hold: true, code: 'newer-message', messageIds: newer.map((m) => m.id) };
  return { hold: false };
}

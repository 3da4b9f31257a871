import type { AutomatedKind, MailboxRole } from '../message.js';
import { triageMarksOf } from './keywords.js';
import type { Category } from './category.js';
import { REPLY_WINDOW_MS } from './priority-score.js';

/** What happened to one counted buyer message, as of `now`. */
export type Outcome =
  | { kind: 'replied'; ms: number } // a visible reply in Sent; ms may exceed 24 h (a late reply)
  | { kind: 'elsewhere' } // \Answered without a visible reply (e.g. answered in Seller Central)
  | { kind: 'pending' } // unanswered, its 24 h not yet run out
  | { kind: 'missed' }; // unanswered past 24 h

export interface OutcomeInput {
  threadId: string;
  mailbox: MailboxRole;
  date: number;
  automated: AutomatedKind;
  flags: readonly string[];
  category: Category;
}

/**
 * Counted = what the marketplace measures: a person's message in the inbox, not marked
 * "no response needed" and not spam (flag or category). Flags compare case-insensitively
 * (RFC 3501 §2.3.2).
 */
export function isCountedBuyerMessage(m: OutcomeInput): boolean {
  if (m.mailbox !== 'inbox' || m.automated !== 'none' || m.category === 'spam') return false;
  const marks = triageMarksOf(m.flags);
  return !marks.noReply && !marks.spam;
}

/**
 * Thread id -> dates of our real replies, ascending. An automatic acknowledgement we sent
 * (automated 'auto-reply': Auto-Submitted, RFC 3834) is not a response — the marketplace does not
 * count it either. Messages without a thread ('') answer nothing.
 */
export function repliesByThread(messages: readonly OutcomeInput[]): Map<string, number[]> {
  const replies = new Map<string, number[]>();
  for (const m of messages) {
    if (m.mailbox !== 'sent' || m.automated !== 'none' || m.threadId === '') continue;
    const dates = replies.get(m.threadId);
    if (dates === undefined) replies.set(m.threadId, [m.date]);
    else dates.push(m.date);
  }
  for (const dates of replies.values()) dates.sort((a, b) => a - b);
  return replies;
}

/** Index of the first date >= at, or dates.length. */
function firstAtOrAfter(dates: readonly number[], at: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first reply in the thread at or after the message answers it (a reply answers every
 * earlier buyer message in the thread). A reply at the same instant counts, as in views.ts
 * needsReply. Within 24 h means ms <= 24 h; unanswered becomes a miss 1 ms after 24 h — the same
 * boundary as the queue's countdown.
 */
export function outcomeOf(
  m: OutcomeInput,
  replies: ReadonlyMap<string, readonly number[]>,
  now: number,
): Outcome {
  const dates = m.threadId === '' ? undefined : replies.get(m.threadId);
  if (dates !== undefined) {
    const reply = dates[firstAtOrAfter(dates, m.date)];
    if (reply !== undefined) return { kind: 'replied', ms: reply - m.date };
  }
  if (triageMarksOf(m.flags).answered) return { kind: 'elsewhere' };
  return now - m.date > REPLY_WINDOW_MS ? { kind: 'missed' } : { kind: 'pending' };
}

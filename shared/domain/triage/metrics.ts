import { CATEGORIES, type Category } from './category.js';
import {
  isCountedBuyerMessage,
  outcomeOf,
  repliesByThread,
  type Outcome,
  type OutcomeInput,
} from './first-response.js';
import { median, share } from './median.js';
import { REPLY_WINDOW_MS } from './priority-score.js';

/**
 * Response metrics (issue 4 item 7), measured like the marketplace measures a seller:
 *
 * - Counted buyer messages: inbox, automated 'none', received in the window. Expunged ones
 *   stay in (they were received). Excluded: "no response needed" ($HD_NoReply) and spam
 *   ($HD_Spam, $Junk, or category 'spam').
 * - First response: the earliest message in Sent in the same thread dated at or after the buyer
 *   message, automated 'none'; our automatic acknowledgement (automated 'auto-reply') does not
 *   count. One reply answers every earlier buyer message in the thread.
 * - \Answered without a visible reply (answered in Seller Central, say): in `answered` and
 *   `answeredElsewhere`, but out of the 24 h share and the median — its time is unknown.
 * - Unanswered and within its 24 h: `pending`, out of the share's denominator. Unanswered past
 *   24 h: a miss. Within 24 h = reply at most 24 h after (exactly 24 h is in time).
 * - Share denominator = visibly answered + misses. Share of nothing and median of nothing: null.
 * - Window of N days: received at or after now − N × 24 h. No upper bound: a Date header a few
 *   minutes in the future (the sender's clock) is still a received message.
 * - overdueNow: counted messages of any age, unanswered and older than 24 h.
 * - byCategory always has all four categories (spam's bucket is empty by the exclusion above);
 *   byStaff is keyed by assignee, '' for unassigned, and lists only assignees that occur.
 */

export const DEFAULT_WINDOWS_DAYS = [7, 30, 90] as const;
const DAY_MS = 24 * 3600_000;

export interface MetricsMessage extends OutcomeInput {
  id: string;
  assignee: string | null;
}

export interface Bucket {
  buyerMessages: number;
  answeredWithin24h: number;
  shareWithin24h: number | null;
  medianFirstResponseMs: number | null;
}

export interface WindowMetrics {
  days: number;
  buyerMessages: number;
  /** Visibly answered + answeredElsewhere. */
  answered: number;
  /** \Answered with no reply in Sent: counted as answered, time unknown. */
  answeredElsewhere: number;
  answeredWithin24h: number;
  shareWithin24h: number | null;
  medianFirstResponseMs: number | null;
  pending: number;
  byCategory: Record<Category, Bucket>;
  /** Key: assignee, or '' for unassigned. */
  byStaff: Record<string, Bucket>;
}

export interface ResponseMetrics {
  generatedAt: string;
  windows: WindowMetrics[];
  overdueNow: number;
  overdueByCategory: Record<Category, number>;
  overdueByStaff: Record<string, number>;
}

class Tally {
  buyerMessages = 0;
  within = 0;
  denominator = 0;
  readonly times: number[] = [];

  add(outcome: Outcome): void {
    this.buyerMessages++;
    if (outcome.kind === 'replied') {
      this.denominator++;
      this.times.push(outcome.ms);
      if (outcome.ms <= REPLY_WINDOW_MS) this.within++;
    } else if (outcome.kind === 'missed') this.denominator++;
  }

  bucket(): Bucket {
    return {
      buyerMessages: this.buyerMessages,
      answeredWithin24h: this.within,
      shareWithin24h: share(this.within, this.denominator),
      medianFirstResponseMs: median(this.times),
    };
  }
}

interface Counted {
  message: MetricsMessage;
  outcome: Outcome;
}

function windowOf(days: number, counted: readonly Counted[], now: number): WindowMetrics {
  const start = now - days * DAY_MS;
  const all = new Tally();
  const byCategory = new Map<Category, Tally>(CATEGORIES.map((c) => [c, new Tally()]));
  const byStaff = new Map<string, Tally>();
  let elsewhere = 0;
  let pending = 0;
  for (const { message, outcome } of counted) {
    if (message.date < start) continue;
    all.add(outcome);
    byCategory.get(message.category)?.add(outcome);
    const staff = message.assignee ?? '';
    let tally = byStaff.get(staff);
    if (tally === undefined) byStaff.set(staff, (tally = new Tally()));
    tally.add(outcome);
    if (outcome.kind === 'elsewhere') elsewhere++;
    else if (outcome.kind === 'pending') pending++;
  }
  const total = all.bucket();
  return {
    days,
    buyerMessages: total.buyerMessages,
    answered: all.times.length + elsewhere,
    answeredElsewhere: elsewhere,
    answeredWithin24h: total.answeredWithin24h,
    shareWithin24h: total.shareWithin24h,
    medianFirstResponseMs: total.medianFirstResponseMs,
    pending,
    byCategory: Object.fromEntries(
      CATEGORIES.map((c) => [c, (byCategory.get(c) ?? new Tally()).bucket()]),
    ) as Record<Category, Bucket>,
    byStaff: Object.fromEntries([...byStaff].map(([k, t]) => [k, t.bucket()])),
  };
}

export function computeMetrics(
  messages: readonly MetricsMessage[],
  now: number,
  windowsDays: readonly number[] = DEFAULT_WINDOWS_DAYS,
): ResponseMetrics {
  const replies = repliesByThread(messages);
  const counted: Counted[] = [];
  for (const message of messages) {
    if (isCountedBuyerMessage(message)) counted.push({ message, outcome: outcomeOf(message, replies, now) });
  }
  const overdueByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  // A Map, not an object: an assignee is free text and could be '__proto__'.
  const overdueByStaff = new Map<string, number>();
  let overdueNow = 0;
  for (const { message, outcome } of counted) {
    if (outcome.kind !== 'missed') continue;
    overdueNow++;
    overdueByCategory[message.category]++;
    const staff = message.assignee ?? '';
    overdueByStaff.set(staff, (overdueByStaff.get(staff) ?? 0) + 1);
  }
  return {
    generatedAt: new Date(now).toISOString(),
    windows: windowsDays.map((days) => windowOf(days, counted, now)),
    overdueNow,
    overdueByCategory,
    overdueByStaff: Object.fromEntries(overdueByStaff),
  };
}

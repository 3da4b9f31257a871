import type { MessageMeta } from './message.js';

/**
 * The navigation views of the desk and which messages belong to each. Pure: the core keeps one
 * partition per store generation (electron/core/search/view-index.ts) and the tests read the
 * rules here.
 *
 * Needs reply — the marketplace measures response time per buyer message and a reply in the
 * thread answers everything before it (domain.md "Time rules", "Opt-out and threads"). So a
 * buyer message needs a reply when all of these hold:
 * - it is in the INBOX, not expunged, and written by a person (automated 'none');
 * - nobody marked it: no \Answered (RFC 3501 system flag, set by us or another client on
 *   reply), no $HD_NoReply ("no response needed", 返信不要), no $Junk / $HD_Spam (spam is
 *   never answered);
 * - it is newer than our latest message in Sent in the same thread. A follow-up that arrives
 *   after our reply therefore needs a reply again, while the older messages it follows do not.
 * Keywords are compared case-insensitively (RFC 3501 §2.3.2 flag names are case-insensitive).
 */

export const VIEW_NAMES = ['needs-reply', 'all', 'buyer', 'no-reply', 'sent', 'spam'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const DESK_FLAGS = {
  answered: '\\Answered',
  noReply: '$HD_NoReply',
  junk: '$Junk',
  spam: '$HD_Spam',
} as const;

export interface ViewCounts {
  needsReply: number;
  all: number;
  buyer: number;
  noReply: number;
  sent: number;
  spam: number;
}

/** The fields the view rules read; a whole MessageMeta satisfies it. */
export type ViewInput = Pick<
  MessageMeta,
  'id' | 'mailbox' | 'automated' | 'flags' | 'expungedAt' | 'threadId' | 'date'
>;

const countKey: Record<ViewName, keyof ViewCounts> = {
  'needs-reply': 'needsReply',
  all: 'all',
  buyer: 'buyer',
  'no-reply': 'noReply',
  sent: 'sent',
  spam: 'spam',
};

export function countKeyOf(view: ViewName): keyof ViewCounts {
  return countKey[view];
}

interface Marks {
  answered: boolean;
  noReply: boolean;
  spam: boolean;
}

const ANSWERED = DESK_FLAGS.answered.toLowerCase();
const NO_REPLY = DESK_FLAGS.noReply.toLowerCase();
const JUNK = DESK_FLAGS.junk.toLowerCase();
const SPAM = DESK_FLAGS.spam.toLowerCase();

/** One scan of the flags (this runs for every message on every rebuild). */
function marksOf(flags: readonly string[]): Marks {
  const marks = { answered: false, noReply: false, spam: false };
  for (const flag of flags) {
    const f = flag.toLowerCase();
    if (f === ANSWERED) marks.answered = true;
    else if (f === NO_REPLY) marks.noReply = true;
    else if (f === JUNK || f === SPAM) marks.spam = true;
  }
  return marks;
}

export function isSpam(meta: Pick<ViewInput, 'flags'>): boolean {
  return marksOf(meta.flags).spam;
}

/**
 * Thread id -> ISO date of our newest message in Sent. Expunged copies still count: the reply
 * was sent even if someone later cleaned up the Sent folder.
 */
export function latestReplyByThread(metas: Iterable<ViewInput>): Map<string, string> {
  const latest = new Map<string, string>();
  for (const m of metas) {
    if (m.mailbox !== 'sent' || m.threadId === '') continue;
    const seen = latest.get(m.threadId);
    // Dates are ISO 8601 UTC strings (store contract), so string order is time order.
    if (seen === undefined || m.date > seen) latest.set(m.threadId, m.date);
  }
  return latest;
}

function needsReplyWith(meta: ViewInput, marks: Marks, latestReply: string | undefined): boolean {
  if (meta.mailbox !== 'inbox' || meta.expungedAt !== null || meta.automated !== 'none') return false;
  if (marks.answered || marks.noReply || marks.spam) return false;
  return latestReply === undefined || meta.date > latestReply;
}

export function needsReply(meta: ViewInput, latestReply: string | undefined): boolean {
  return needsReplyWith(meta, marksOf(meta.flags), latestReply);
}

/** Every view the message is listed in (a message may be in several: all + buyer + needs-reply). */
export function viewsOf(meta: ViewInput, latestReply: string | undefined): ViewName[] {
  if (meta.expungedAt !== null) return reportedSpam(meta) ? ['spam'] : [];
  if (meta.mailbox === 'sent') return ['sent'];
  const marks = marksOf(meta.flags);
  const views: ViewName[] = [];
  if (needsReplyWith(meta, marks, latestReply)) views.push('needs-reply');
  views.push('all');
  if (meta.automated === 'none') views.push('buyer');
  if (marks.noReply) views.push('no-reply');
  if (marks.spam) views.push('spam');
  return views;
}

/**
 * Spam reported from the desk is moved to the server's Junk folder, so our INBOX copy shows as
 * expunged; the Spam view keeps listing it (the seller keeps the history, domain.md "Reporting").
 */
function reportedSpam(meta: ViewInput): boolean {
  return meta.mailbox === 'inbox' && marksOf(meta.flags).spam;
}

export interface ViewPartition<T extends ViewInput> {
  lists: Record<ViewName, T[]>;
  counts: ViewCounts;
}

/** One pass over the store: every view's members in the input's order (pass newest first). */
export function partitionViews<T extends ViewInput>(metas: readonly T[]): ViewPartition<T> {
  const replies = latestReplyByThread(metas);
  const lists: Record<ViewName, T[]> = {
    'needs-reply': [],
    all: [],
    buyer: [],
    'no-reply': [],
    sent: [],
    spam: [],
  };
  // viewsOf inlined: no array per message, one flag scan (100,000 messages on every change).
  for (const m of metas) {
    if (m.expungedAt !== null) {
      if (reportedSpam(m)) lists.spam.push(m);
      continue;
    }
    if (m.mailbox === 'sent') {
      lists.sent.push(m);
      continue;
    }
    const marks = marksOf(m.flags);
    if (needsReplyWith(m, marks, replies.get(m.threadId))) lists['needs-reply'].push(m);
    lists.all.push(m);
    if (m.automated === 'none') lists.buyer.push(m);
    if (marks.noReply) lists['no-reply'].push(m);
    if (marks.spam) lists.spam.push(m);
  }
  const counts: ViewCounts = { needsReply: 0, all: 0, buyer: 0, noReply: 0, sent: 0, spam: 0 };
  for (const view of VIEW_NAMES) counts[countKey[view]] = lists[view].length;
  return { lists, counts };
}

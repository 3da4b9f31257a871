import { SEVERITY, URGENCY_SIGNALS, type Category, type UrgencySignal } from './category.js';
import {
  countdownOf,
  pointsOf,
  REPLY_WINDOW_MS,
  scoreOf,
  SIGNAL_BIT,
  SIGNAL_WEIGHTS,
  tierOf,
  type Countdown,
} from './priority-score.js';

/**
 * The Needs-reply queue (issue 4 item 4): one item per thread, ordered most urgent first. The
 * scoring rules are in priority-score.ts; this file groups and explains.
 *
 * The caller passes only buyer messages that need a reply (views.ts needsReply): automated
 * notices, auto-replies, no-reply/spam-marked and answered messages never reach this function.
 *
 * All arithmetic is on absolute epoch milliseconds, so a message's deadline is the same instant
 * whatever the desk's time zone and across daylight-saving changes.
 */

export { REPLY_WINDOW_MS, type Countdown };

export interface QueueMessage {
  id: string;
  threadId: string;
  /** Epoch ms. */
  receivedAt: number;
  buyer: string | null;
  category: Category;
  uncertain: boolean;
  signals: readonly UrgencySignal[];
}

export interface RankReason {
  kind: 'overdue' | 'due-soon' | UrgencySignal | 'follow-ups' | 'category';
  /** overdue: ms past the deadline; due-soon: ms left; follow-ups: count; category: its name. */
  detail?: string | number;
}

export interface QueueItem {
  threadId: string;
  /** Oldest first. */
  messageIds: string[];
  latestId: string;
  /** Oldest unanswered message + 24 h: a follow-up never resets the marketplace's clock. */
  deadline: number;
  msLeft: number;
  countdown: Countdown;
  /** The most severe of its messages: complaint > inquiry > thanks > spam. */
  category: Category;
  /** Thanks/spam only: some message in it was classified with low confidence. */
  uncertain: boolean;
  /** Union over its messages, in URGENCY_SIGNALS order. */
  signals: UrgencySignal[];
  /** Messages beyond the first. */
  followUps: number;
  /** Higher = more urgent; see priority-score.ts. */
  score: number;
  /** Why it ranks here, most important first. */
  reasons: RankReason[];
}

function byReceived(a: QueueMessage, b: QueueMessage): number {
  return a.receivedAt - b.receivedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function reasonsOf(item: Omit<QueueItem, 'reasons' | 'score'>, mask: number, tier: number): RankReason[] {
  const reasons: RankReason[] = [];
  // Thanks and spam rank where they do because of their category; say that first.
  if (tier > 0) reasons.push({ kind: 'category', detail: item.category });
  if (item.countdown === 'overdue') reasons.push({ kind: 'overdue', detail: -item.msLeft });
  else if (item.countdown !== 'ok') reasons.push({ kind: 'due-soon', detail: item.msLeft });
  for (const [signal] of SIGNAL_WEIGHTS)
    if ((mask & SIGNAL_BIT[signal]) !== 0) reasons.push({ kind: signal });
  if (tier === 0 && item.category === 'complaint') reasons.push({ kind: 'category', detail: 'complaint' });
  if (item.followUps > 0) reasons.push({ kind: 'follow-ups', detail: item.followUps });
  return reasons;
}

/** What ranks a group, gathered without allocating (the scratch object is reused). */
interface Aggregate {
  oldest: QueueMessage;
  latest: QueueMessage;
  category: Category;
  mask: number;
  anyUncertain: boolean;
  size: number;
}

function aggregate(group: QueueMessage | QueueMessage[], into: Partial<Aggregate>): Aggregate {
  const members = Array.isArray(group) ? group : null;
  const first = members === null ? (group as QueueMessage) : members[0];
  if (first === undefined) throw new Error('empty queue group');
  let oldest = first;
  let latest = first;
  let category = first.category;
  let mask = 0;
  let anyUncertain = false;
  const size = members === null ? 1 : members.length;
  for (let i = 0; i < size; i++) {
    const m = members === null ? first : (members[i] as QueueMessage);
    if (byReceived(m, oldest) < 0) oldest = m;
    if (byReceived(m, latest) > 0) latest = m;
    if (SEVERITY[m.category] > SEVERITY[category]) category = m.category;
    for (const s of m.signals) mask |= SIGNAL_BIT[s];
    if (m.uncertain) anyUncertain = true;
  }
  into.oldest = oldest;
  into.latest = latest;
  into.category = category;
  into.mask = mask;
  into.anyUncertain = anyUncertain;
  into.size = size;
  return into as Aggregate;
}

function rankOf(a: Aggregate, now: number): { deadline: number; score: number; tier: number } {
  const deadline = a.oldest.receivedAt + REPLY_WINDOW_MS;
  const msLeft = deadline - now;
  const tier = tierOf(a.category, a.anyUncertain);
  const score = scoreOf(tier, countdownOf(msLeft), pointsOf(msLeft, a.category, a.mask, a.size - 1));
  return { deadline, score, tier };
}

function itemOf(group: QueueMessage | QueueMessage[], now: number): QueueItem {
  const a = aggregate(group, {});
  const messages = Array.isArray(group) ? [...group].sort(byReceived) : [group];
  const signals: UrgencySignal[] = [];
  if (a.mask !== 0) for (const s of URGENCY_SIGNALS) if ((a.mask & SIGNAL_BIT[s]) !== 0) signals.push(s);
  const { deadline, score, tier } = rankOf(a, now);
  const msLeft = deadline - now;
  const item: QueueItem = {
    threadId: a.oldest.threadId,
    messageIds: messages.map((m) => m.id),
    latestId: a.latest.id,
    deadline,
    msLeft,
    countdown: countdownOf(msLeft),
    category: a.category,
    uncertain: tier > 0 && a.anyUncertain,
    signals,
    followUps: a.size - 1,
    score,
    reasons: [],
  };
  item.reasons = reasonsOf(item, a.mask, tier);
  return item;
}

/** The queue in rank order; an item is built only when asked for (a list shows one page). */
export interface RankedQueue {
  readonly size: number;
  /** The item at 0-based rank `rank`; the same object on every call. */
  at(rank: number): QueueItem | undefined;
}

/**
 * Ranks most urgent first; ties by earlier deadline, then thread id (a total order). Only the
 * numbers that order the queue are computed for every thread: at 100,000 open messages, building
 * every QueueItem up front spent ~0.6 s, mostly in the garbage collector, for a page of 100 rows.
 */
export function rankQueue(messages: readonly QueueMessage[], now: number): RankedQueue {
  // Most threads have one open message: keep it bare and make an array only for a follow-up.
  const groups = new Map<string, QueueMessage | QueueMessage[]>();
  for (const m of messages) {
    // A message not yet threaded ('') is its own item rather than joining every other such message.
    const key = m.threadId === '' ? `\u0000${m.id}` : m.threadId;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, m);
    else if (Array.isArray(group)) group.push(m);
    else groups.set(key, [group, m]);
  }
  const n = groups.size;
  const members: (QueueMessage | QueueMessage[])[] = [];
  const keys: string[] = [];
  const scores = new Float64Array(n);
  const deadlines = new Float64Array(n);
  const scratch: Partial<Aggregate> = {};
  for (const [key, group] of groups) {
    const { deadline, score } = rankOf(aggregate(group, scratch), now);
    scores[members.length] = score;
    deadlines[members.length] = deadline;
    members.push(group);
    keys.push(key);
  }
  // Sort indices over flat arrays: the comparator runs ~n log n times per re-rank.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const byScore = (scores[b] ?? 0) - (scores[a] ?? 0) || (deadlines[a] ?? 0) - (deadlines[b] ?? 0);
    if (byScore !== 0) return byScore;
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const built = new Map<number, QueueItem>();
  return {
    size: n,
    at(rank) {
      const index = order[rank];
      if (index === undefined) return undefined;
      let item = built.get(rank);
      if (item === undefined) {
        item = itemOf(members[index] as QueueMessage | QueueMessage[], now);
        built.set(rank, item);
      }
      return item;
    },
  };
}

/** Every item, most urgent first (tests and the triage benchmark; the desk pages rankQueue). */
export function buildQueue(messages: readonly QueueMessage[], now: number): QueueItem[] {
  const ranked = rankQueue(messages, now);
  const items: QueueItem[] = [];
  for (let rank = 0; rank < ranked.size; rank++) {
    const item = ranked.at(rank);
    if (item !== undefined) items.push(item);
  }
  return items;
}

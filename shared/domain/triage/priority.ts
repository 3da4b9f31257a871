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

function itemOf(messages: QueueMessage[], now: number): QueueItem {
  if (messages.length > 1) messages.sort(byReceived);
  const oldest = messages[0];
  const latest = messages[messages.length - 1];
  if (oldest === undefined || latest === undefined) throw new Error('empty queue group');
  let category = oldest.category;
  let mask = 0;
  let anyUncertain = false;
  const messageIds: string[] = [];
  for (const m of messages) {
    if (SEVERITY[m.category] > SEVERITY[category]) category = m.category;
    for (const s of m.signals) mask |= SIGNAL_BIT[s];
    if (m.uncertain) anyUncertain = true;
    messageIds.push(m.id);
  }
  const signals: UrgencySignal[] = [];
  if (mask !== 0) for (const s of URGENCY_SIGNALS) if ((mask & SIGNAL_BIT[s]) !== 0) signals.push(s);
  const deadline = oldest.receivedAt + REPLY_WINDOW_MS;
  const msLeft = deadline - now;
  const countdown = countdownOf(msLeft);
  const followUps = messages.length - 1;
  const tier = tierOf(category, anyUncertain);
  const item: QueueItem = {
    threadId: oldest.threadId,
    messageIds,
    latestId: latest.id,
    deadline,
    msLeft,
    countdown,
    category,
    uncertain: tier > 0 && anyUncertain,
    signals,
    followUps,
    score: scoreOf(tier, countdown, pointsOf(msLeft, category, mask, followUps)),
    reasons: [],
  };
  item.reasons = reasonsOf(item, mask, tier);
  return item;
}

/** Sorted, most urgent first; ties by earlier deadline, then thread id (a total order). */
export function buildQueue(messages: readonly QueueMessage[], now: number): QueueItem[] {
  // Most threads have one open message: keep it bare and make an array only for a follow-up
  // (allocation is what a 10,000-message re-rank mostly spends its time on).
  const groups = new Map<string, QueueMessage | QueueMessage[]>();
  for (const m of messages) {
    // A message not yet threaded ('') is its own item rather than joining every other such message.
    const key = m.threadId === '' ? `\u0000${m.id}` : m.threadId;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, m);
    else if (Array.isArray(group)) group.push(m);
    else groups.set(key, [group, m]);
  }
  // Sort indices over flat arrays: the comparator runs ~n log n times per re-rank.
  const n = groups.size;
  const items: QueueItem[] = [];
  const keys: string[] = [];
  const scores = new Float64Array(n);
  const deadlines = new Float64Array(n);
  const order: number[] = [];
  for (const [key, group] of groups) {
    const item = itemOf(Array.isArray(group) ? group : [group], now);
    scores[items.length] = item.score;
    deadlines[items.length] = item.deadline;
    order.push(items.length);
    items.push(item);
    keys.push(key);
  }
  order.sort((a, b) => {
    const byScore = (scores[b] ?? 0) - (scores[a] ?? 0) || (deadlines[a] ?? 0) - (deadlines[b] ?? 0);
    if (byScore !== 0) return byScore;
    const ka = keys[a] ?? '';
    const kb = keys[b] ?? '';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const sorted: QueueItem[] = [];
  for (const i of order) sorted.push(items[i] as QueueItem);
  return sorted;
}

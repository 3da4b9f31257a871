import { triageMarksOf } from '../../../../shared/domain/triage/keywords.js';
import { latestReplyByThread, needsReply } from '../../../../shared/domain/views.js';
import type { Category, MessageMeta, QueueSummary } from '../../api/desk-types.js';
import { effectiveCategoryOf } from '../../components/CategoryChip.js';

/** What the triage actions act on for one conversation (a list row or the open thread). */
export interface TriageTarget {
  /** Buyer messages still waiting for a reply: "返信不要" and "report" act on these. */
  openIds: string[];
  /** Every buyer message in the inbox: an assignment covers the whole conversation. */
  buyerIds: string[];
  /** The latest buyer message: a category change applies to it (it is what the chip shows). */
  latestId: string | null;
  category: Category | null;
  staffSet: boolean;
  assignee: string | null;
}

type ThreadMessage = Pick<
  MessageMeta,
  'id' | 'mailbox' | 'automated' | 'flags' | 'expungedAt' | 'threadId' | 'date' | 'triage' | 'buyer'
>;

function isBuyerMessage(m: ThreadMessage): boolean {
  return m.mailbox === 'inbox' && m.automated === 'none' && m.expungedAt === null;
}

function latestOf<T extends { date: string }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>(
    (best, m) => (best === undefined || m.date > best.date ? m : best),
    undefined,
  );
}

/** The open thread: same "needs reply" rule as the core's views (shared/domain/views.ts). */
export function targetOfThread(messages: readonly ThreadMessage[]): TriageTarget {
  const replies = latestReplyByThread(messages);
  const buyer = messages.filter(isBuyerMessage);
  const latest = latestOf(buyer);
  const effective = latest === undefined ? null : effectiveCategoryOf(latest);
  return {
    openIds: buyer.filter((m) => needsReply(m, replies.get(m.threadId))).map((m) => m.id),
    buyerIds: buyer.map((m) => m.id),
    latestId: latest?.id ?? null,
    category: effective?.category ?? null,
    staffSet: effective?.staffSet ?? false,
    assignee: latest === undefined ? null : triageMarksOf(latest.flags).assignee,
  };
}

/**
 * A list row without its thread loaded: a Needs-reply row carries its open message ids; any
 * other row stands for itself (a later reply in Sent is not known here, the core rechecks).
 */
export function targetOfRow(row: QueueSummary): TriageTarget {
  const buyer = isBuyerMessage(row);
  const effective = buyer ? effectiveCategoryOf(row) : null;
  const open = row.queue?.messageIds ?? (buyer && needsReply(row, undefined) ? [row.id] : []);
  return {
    openIds: open,
    buyerIds: buyer ? [...new Set([...open, row.id])] : [],
    latestId: buyer ? row.id : null,
    category: effective?.category ?? null,
    staffSet: effective?.staffSet ?? false,
    assignee: buyer ? triageMarksOf(row.flags).assignee : null,
  };
}

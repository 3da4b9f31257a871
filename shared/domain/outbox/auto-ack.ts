import { isMarketplaceRelayAddress } from '../buyer.js';
import type { MessageMeta } from '../message.js';
import { triageMarksOf } from '../triage/keywords.js';

/**
 * Which newly arrived messages get the automatic acknowledgement (issue 5, off by default).
 * An automatic message is still a message the seller answers for, and an automatic answer to an
 * automatic message is how mail loops start (RFC 3834 §2), so this errs towards not sending:
 *
 * - buyer messages only: INBOX, a buyer relay address, written by a person (automated 'none' —
 *   never auto-replies, bounces or marketplace notices), not expunged;
 * - not spam: a staff mark ($HD_Spam, $Junk, a spam correction) or the classifier's verdict. A
 *   message the classifier has not judged yet waits (the core asks again when the verdict lands);
 * - not already handled: \Answered or $HD_NoReply means another desk was faster than the ack;
 * - only fresh mail: dated within `maxAgeMs` of now AND arrived on the server (INTERNALDATE) after
 *   the feature was switched on. The first sync of an old mailbox, or of a desk that was off for
 *   hours, must not acknowledge mail that staff may already have answered from elsewhere; an
 *   acknowledgement hours late says nothing useful anyway;
 * - at most once per buyer address per local calendar day (RFC 3834 §2 asks for no more than one
 *   response per sender per period), counting the acknowledgements already sent (`prior`: this
 *   desk's ledger and auto-replies in Sent) and, within one batch, the oldest message wins;
 * - the body in the message's language (ja/zh/ko/en), English when that one is empty or the
 *   language is 'other'; no English either means nothing to send.
 *
 * It is never counted as a response: the composer marks it `Auto-Submitted: auto-replied`, which
 * first-response.ts leaves out of the metrics.
 */

export type AckCandidate = Pick<
  MessageMeta,
  | 'id'
  | 'mailbox'
  | 'messageId'
  | 'date'
  | 'internalDate'
  | 'buyer'
  | 'automated'
  | 'flags'
  | 'expungedAt'
  | 'triage'
  | 'language'
>;

export type AckLanguage = 'ja' | 'zh' | 'ko' | 'en';
export type AckBodies = Readonly<Record<AckLanguage, string>>;

/** An acknowledgement already sent (or attempted): ours from the ledger, or any found in Sent. */
export interface PriorAck {
  buyer: string;
  day: string;
  /** Store ids and header Message-IDs of the message it acknowledged, when known. */
  messageIds: readonly string[];
}

export interface AckRules {
  now: number;
  /** ISO 8601: when this desk first saw the feature switched on. */
  enabledSince: string;
  maxAgeMs: number;
  /** The local calendar day of an instant, e.g. '2024-05-01' (the caller knows the time zone). */
  dayKey: (ms: number) => string;
}

export type AckSkipReason =
  | 'not-buyer-message'
  | 'automated'
  | 'spam'
  | 'not-judged'
  | 'handled'
  | 'outside-window'
  | 'before-enabled'
  | 'already-acked'
  | 'buyer-acked-today'
  | 'no-body';

export interface AckPlan<T extends AckCandidate> {
  message: T;
  buyer: string;
  day: string;
  language: AckLanguage;
  body: string;
}

export interface AckPlanResult<T extends AckCandidate> {
  acks: AckPlan<T>[];
  skipped: Array<{ id: string; reason: AckSkipReason }>;
}

export const DEFAULT_ACK_MAX_AGE_MS = 60 * 60_000;

const ACK_LANGUAGES: readonly string[] = ['ja', 'zh', 'ko', 'en'] satisfies AckLanguage[];

/** The body for a language, English as the fallback; null when neither has text. */
export function ackBodyFor(
  language: MessageMeta['language'],
  bodies: AckBodies,
): { language: AckLanguage; body: string } | null {
  const lang = ACK_LANGUAGES.includes(language) ? (language as AckLanguage) : 'en';
  for (const l of [lang, 'en'] as const) if (bodies[l].trim() !== '') return { language: l, body: bodies[l] };
  return null;
}

function isSpam(m: AckCandidate): boolean | null {
  const marks = triageMarksOf(m.flags);
  if (marks.spam) return true;
  if (marks.category !== null) return marks.category === 'spam';
  return m.triage === null ? null : m.triage.category === 'spam';
}

function arrival(m: AckCandidate): number {
  const t = Date.parse(m.internalDate);
  return Number.isFinite(t) ? t : Date.parse(m.date);
}

function windowReason(m: AckCandidate, rules: AckRules): AckSkipReason | null {
  const dated = Date.parse(m.date);
  const arrived = arrival(m);
  const oldest = rules.now - rules.maxAgeMs;
  // A Date far in the future is as suspect as an old one.
  if (!(dated >= oldest && dated <= rules.now + rules.maxAgeMs) || !(arrived >= oldest))
    return 'outside-window';
  return arrived < Date.parse(rules.enabledSince) ? 'before-enabled' : null;
}

/** Everything about the message itself; the once-a-day rule comes after, in arrival order. */
function messageReason(m: AckCandidate, rules: AckRules): AckSkipReason | null {
  if (m.mailbox !== 'inbox' || m.expungedAt !== null) return 'not-buyer-message';
  if (m.buyer === null || !isMarketplaceRelayAddress(m.buyer.address)) return 'not-buyer-message';
  if (m.automated !== 'none') return 'automated';
  const spam = isSpam(m);
  if (spam === true) return 'spam';
  const marks = triageMarksOf(m.flags);
  if (marks.answered || marks.noReply) return 'handled';
  const outside = windowReason(m, rules);
  if (outside !== null) return outside;
  return spam === null ? 'not-judged' : null;
}

export function planAcks<T extends AckCandidate>(
  messages: readonly T[],
  prior: readonly PriorAck[],
  bodies: AckBodies,
  rules: AckRules,
): AckPlanResult<T> {
  const day = rules.dayKey(rules.now);
  const ackedIds = new Set(prior.flatMap((p) => p.messageIds));
  const buyersToday = new Set(prior.filter((p) => p.day === day).map((p) => p.buyer.toLowerCase()));
  const result: AckPlanResult<T> = { acks: [], skipped: [] };
  const ordered = [...messages].sort((a, b) => arrival(a) - arrival(b) || a.id.localeCompare(b.id));
  for (const m of ordered) {
    const skip = (reason: AckSkipReason): void => void result.skipped.push({ id: m.id, reason });
    const reason = messageReason(m, rules);
    if (reason !== null) {
      skip(reason);
      continue;
    }
    if (ackedIds.has(m.id) || (m.messageId !== null && ackedIds.has(m.messageId))) {
      skip('already-acked');
      continue;
    }
    const buyer = (m.buyer?.address ?? '').toLowerCase();
    if (buyersToday.has(buyer)) {
      skip('buyer-acked-today');
      continue;
    }
    const chosen = ackBodyFor(m.language, bodies);
    if (chosen === null) {
      skip('no-body');
      continue;
    }
    buyersToday.add(buyer);
    result.acks.push({ message: m, buyer, day, ...chosen });
  }
  return result;
}

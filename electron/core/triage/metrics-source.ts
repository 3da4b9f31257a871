import type { MessageMeta } from '../../../shared/domain/message.js';
import { triageMarksOf } from '../../../shared/domain/triage/keywords.js';
import {
  computeMetrics,
  type MetricsMessage,
  type ResponseMetrics,
} from '../../../shared/domain/triage/metrics.js';

/** The metrics' view of a stored message: staff's category over the classifier's. */
export function metricsMessageOf(meta: MessageMeta): MetricsMessage {
  const marks = triageMarksOf(meta.flags);
  return {
    id: meta.id,
    threadId: meta.threadId,
    mailbox: meta.mailbox,
    date: Date.parse(meta.date),
    automated: meta.automated,
    flags: meta.flags,
    // Unjudged buyer mail counts as a question: it is measured, never silently dropped as spam.
    category: marks.category ?? meta.triage?.category ?? 'inquiry',
    assignee: marks.assignee,
  };
}

/** Response metrics over the whole store, expunged history included (it was received). */
export function storeMetrics(metas: readonly MessageMeta[], now: Date): ResponseMetrics {
  return computeMetrics(metas.map(metricsMessageOf), now.getTime());
}

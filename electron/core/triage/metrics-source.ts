import type { MessageMeta } from '../../../shared/domain/message.js';
import { triageMarksOf } from '../../../shared/domain/triage/keywords.js';
import { workingCategory } from './effective.js';
import {
  computeMetrics,
  type MetricsMessage,
  type ResponseMetrics,
} from '../../../shared/domain/triage/metrics.js';

/** The metrics' view of a stored message. */
function metricsMessageOf(meta: MessageMeta): MetricsMessage {
  const marks = triageMarksOf(meta.flags);
  return {
    id: meta.id,
    threadId: meta.threadId,
    mailbox: meta.mailbox,
    date: Date.parse(meta.date),
    automated: meta.automated,
    flags: meta.flags,
    category: workingCategory(meta, marks).category,
    assignee: marks.assignee,
  };
}

/** Response metrics over the whole store, expunged history included (it was received). */
export function storeMetrics(metas: readonly MessageMeta[], now: Date): ResponseMetrics {
  return computeMetrics(metas.map(metricsMessageOf), now.getTime());
}

import type { Category } from '../../../shared/domain/classifier/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { triageMarksOf, type TriageMarks } from '../../../shared/domain/triage/keywords.js';

export interface WorkingCategory {
  category: Category;
  /** Set by staff (a keyword any desk may have written): it wins over this desk's classifier. */
  staffSet: boolean;
}

/**
 * The category the queue ranks and the metrics count a buyer message by. One not judged yet (the
 * keeper is on its way) counts as a question: never ranked below thanks, never dropped as spam.
 */
export function workingCategory(
  meta: Pick<MessageMeta, 'flags' | 'triage'>,
  marks: TriageMarks = triageMarksOf(meta.flags),
): WorkingCategory {
  if (marks.category !== null) return { category: marks.category, staffSet: true };
  return { category: meta.triage?.category ?? 'inquiry', staffSet: false };
}

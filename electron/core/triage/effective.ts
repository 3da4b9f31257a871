import type { Category } from '../../../shared/domain/classifier/types.js';
import type { MessageMeta } from '../../../shared/domain/message.js';
import { triageMarksOf } from '../../../shared/domain/triage/keywords.js';

/** A staff correction (a keyword any desk may have set) wins over this desk's classifier. */
export function effectiveCategory(meta: Pick<MessageMeta, 'flags' | 'triage'>): Category | null {
  return triageMarksOf(meta.flags).category ?? meta.triage?.category ?? null;
}

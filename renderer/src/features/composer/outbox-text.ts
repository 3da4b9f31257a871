import type { OutboxItemView } from '../../../../shared/api/schemas/outbox.js';

export type OutboxRowAction = 'retry' | 'send-anyway' | 'discard';

export interface OutboxRowPlan {
  /** composer-side i18n key under outbox.reason.*, or null when the state says it all. */
  reason:
    | 'offline'
    | 'temporary'
    | 'checking'
    | 'answered-elsewhere'
    | 'newer-message'
    | 'auth'
    | 'rejected'
    | 'unknown'
    | null;
  actions: OutboxRowAction[];
  /** Whether the server's own words are worth showing under the reason. */
  showDetail: boolean;
  tone: 'info' | 'success' | 'warning' | 'error';
}

/**
 * What a row says and offers, from its state and problem. Held and failed rows keep the reply
 * and always offer a way back to the draft, so a stopped reply is never a dead end.
 */
export function planOutboxRow(item: Pick<OutboxItemView, 'state' | 'problem'>): OutboxRowPlan {
  const code = item.problem?.code ?? null;
  switch (item.state) {
    case 'queued':
      return {
        reason: code === 'offline' ? 'offline' : code === 'temporary' ? 'temporary' : null,
        actions: [],
        showDetail: code === 'temporary',
        tone: 'info',
      };
    case 'sending':
      return { reason: null, actions: [], showDetail: false, tone: 'info' };
    case 'checking':
      return { reason: 'checking', actions: [], showDetail: false, tone: 'info' };
    case 'sent':
      return { reason: null, actions: [], showDetail: false, tone: 'success' };
    case 'held':
      return {
        reason: code === 'newer-message' ? 'newer-message' : 'answered-elsewhere',
        actions: ['send-anyway', 'discard'],
        showDetail: false,
        tone: 'warning',
      };
    case 'failed':
      return {
        reason: code === 'auth' ? 'auth' : code === 'rejected' ? 'rejected' : 'unknown',
        actions: ['retry', 'discard'],
        showDetail: code !== 'auth',
        tone: 'error',
      };
  }
}

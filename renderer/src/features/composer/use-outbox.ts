import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import type { OutboxItemView } from '../../../../shared/api/schemas/outbox.js';
import { call } from '../../api/desk-client.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import type { DailyUsage } from './composer-draft.js';

export interface ThreadOutbox {
  items: OutboxItemView[];
  usage: DailyUsage | null;
  error: ApiError | null;
  refresh: () => void;
}

/** This thread's outbox rows and today's usage, fresh on every 'outbox:changed'. */
export function useThreadOutbox(threadId: string): ThreadOutbox {
  const [items, setItems] = useState<OutboxItemView[]>([]);
  const [usage, setUsage] = useState<DailyUsage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [serial, setSerial] = useState(0);
  const refresh = useCallback(() => setSerial((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void Promise.all([call('outbox:list', { threadId }), call('outbox:usage', {})]).then(([list, use]) => {
      if (!live) return;
      if (list.ok) setItems(list.value.items);
      setError(list.ok ? null : list.error);
      if (use.ok) setUsage(use.value);
    });
    return () => {
      live = false;
    };
  }, [threadId, serial]);

  useBridgeEvent('outbox:changed', refresh);
  return { items, usage, error, refresh };
}

export type OutboxAction = 'retry' | 'send-anyway' | 'discard';

/** One call per row action; errors come back as data for the row to show. */
export async function runOutboxAction(
  action: OutboxAction,
  id: string,
): Promise<{ ok: true; restoredDraft: boolean } | { ok: false; error: ApiError }> {
  if (action === 'discard') {
    const r = await call('outbox:discard', { id });
    return r.ok ? { ok: true, restoredDraft: r.value.restoredDraft } : r;
  }
  const r = await call(action === 'retry' ? 'outbox:retry' : 'outbox:send-anyway', { id });
  return r.ok ? { ok: true, restoredDraft: false } : r;
}

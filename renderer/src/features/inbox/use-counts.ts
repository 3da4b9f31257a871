import { useCallback, useEffect, useState } from 'react';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { ViewCounts } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';

export type CountsState =
  | { state: 'loading' }
  | { state: 'ready'; counts: ViewCounts }
  /** The core has no messages:counts: the desk falls back to the three legacy views. */
  | { state: 'unavailable' };

export function useCounts(): CountsState {
  const [counts, setCounts] = useState<CountsState>({ state: 'loading' });

  const load = useCallback(() => {
    void call('messages:counts', {}).then((result) => {
      if (result.ok) setCounts({ state: 'ready', counts: result.value });
      else if (isUnavailable(result.error)) setCounts({ state: 'unavailable' });
    });
  }, []);

  useEffect(load, [load]);
  useBridgeEvent('messages:changed', load);
  return counts;
}

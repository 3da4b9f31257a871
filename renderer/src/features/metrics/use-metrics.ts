import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import type { ResponseMetrics, StaffSettings } from './metrics-view.js';

export type MetricsState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; metrics: ResponseMetrics; staff: StaffSettings['staff'] };

export interface MetricsHandle {
  state: MetricsState;
  /** True while a refresh runs over figures already shown (they stay visible meanwhile). */
  refreshing: boolean;
  refresh: () => void;
}

/**
 * Metrics plus the staff names to label them, fetched on mount, on demand and on every
 * 'messages:changed'. A sync can fire that event in bursts: while one fetch runs, further
 * requests collapse into a single follow-up fetch instead of queueing one each.
 */
export function useMetrics(): MetricsHandle {
  const [state, setState] = useState<MetricsState>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);

  const load = useCallback((): void => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    const loop = async (): Promise<void> => {
      do {
        again.current = false;
        const [metrics, staff] = await Promise.all([call('metrics:get', {}), call('triage:staff', {})]);
        if (!alive.current) break;
        if (!metrics.ok) setState({ status: 'error', error: metrics.error });
        // Names are a nicety: without them the table falls back to the ids, not to an error.
        else setState({ status: 'ready', metrics: metrics.value, staff: staff.ok ? staff.value.staff : [] });
      } while (again.current);
      running.current = false;
      if (alive.current) setRefreshing(false);
    };
    void loop();
  }, []);
  const refresh = (): void => {
    setRefreshing(true);
    load();
  };

  useEffect(() => {
    alive.current = true;
    load();
    return () => {
      alive.current = false;
    };
  }, [load]);
  useBridgeEvent('messages:changed', refresh);

  return { state, refreshing, refresh };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import type { Res } from '../../../../shared/api/types.js';
import { call } from '../../api/desk-client.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';

export type Correction = Res<'triage:corrections'>['corrections'][number];

export type CorrectionsState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; corrections: Correction[] };

export interface CorrectionsHandle {
  state: CorrectionsState;
  /** The last reset's outcome, for the status line. */
  lastReset: { removed: number } | { error: ApiError } | null;
  busy: boolean;
  /** null resets every correction. */
  reset: (messageIds: string[] | null) => void;
}

export function useCorrections(): CorrectionsHandle {
  const [state, setState] = useState<CorrectionsState>({ status: 'loading' });
  const [lastReset, setLastReset] = useState<CorrectionsHandle['lastReset']>(null);
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);

  const load = useCallback(
    (): Promise<void> =>
      call('triage:corrections', {}).then((res) => {
        if (!alive.current) return;
        // Newest first: the correction just made is the one most likely to be reviewed.
        if (res.ok) {
          const corrections = [...res.value.corrections].sort((a, b) => b.at.localeCompare(a.at));
          setState({ status: 'ready', corrections });
        } else setState({ status: 'error', error: res.error });
      }),
    [],
  );

  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
    };
  }, [load]);
  // A category changed in another window of this desk is a new correction.
  useBridgeEvent('messages:changed', () => void load());

  return {
    state,
    lastReset,
    busy,
    reset: (messageIds) => {
      setBusy(true);
      void call('triage:reset-corrections', { messageIds }).then(async (res) => {
        if (!alive.current) return;
        setLastReset(res.ok ? { removed: res.value.removed } : { error: res.error });
        await load();
        setBusy(false);
      });
    },
  };
}

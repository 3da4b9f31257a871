import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { ThreadResult } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';

export type ThreadState =
  { state: 'loading' } | { state: 'ready'; thread: ThreadResult } | { state: 'failed'; error: ApiError };

/** The whole conversation of a message; a core without messages:thread shows the one message. */
async function loadThread(id: string): Promise<ThreadState> {
  const result = await call('messages:thread', { id });
  if (result.ok) return { state: 'ready', thread: result.value };
  if (!isUnavailable(result.error)) return { state: 'failed', error: result.error };
  const single = await call('messages:get', { id });
  if (!single.ok) return { state: 'failed', error: single.error };
  return { state: 'ready', thread: { messages: [single.value.meta], buyerHistory: [] } };
}

export function useThread(id: string): ThreadState {
  const [state, setState] = useState<{ id: string; value: ThreadState }>({ id, value: { state: 'loading' } });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    void loadThread(id).then((value) => {
      if (live) setState({ id, value });
    });
    return () => {
      live = false;
    };
  }, [id, reload]);

  useBridgeEvent('messages:changed', () => setReload((n) => n + 1));
  // While the next thread loads, show a spinner rather than the previous conversation.
  return state.id === id ? state.value : { state: 'loading' };
}

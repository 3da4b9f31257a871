import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { SearchResult } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';

/** Results as you type, without a request per keystroke. */
export const SEARCH_DEBOUNCE_MS = 100;
export const SEARCH_LIMIT = 200;

export type SearchState =
  | { state: 'idle' }
  | { state: 'loading'; q: string }
  | { state: 'ready'; q: string; result: SearchResult }
  | { state: 'failed'; q: string; error: ApiError }
  | { state: 'unavailable' };

export function useSearch(q: string): SearchState {
  const [state, setState] = useState<SearchState>({ state: 'idle' });
  const [reload, setReload] = useState(0);
  const query = q.trim();

  useEffect(() => {
    if (query === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      void call('search:query', { q: query, limit: SEARCH_LIMIT }).then((r) => {
        if (!live) return;
        if (r.ok) setState({ state: 'ready', q: query, result: r.value });
        else if (isUnavailable(r.error)) setState({ state: 'unavailable' });
        else setState({ state: 'failed', q: query, error: r.error });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, reload]);

  useBridgeEvent('messages:changed', () => setReload((n) => n + 1));

  if (query === '') return { state: 'idle' };
  // Until the answer for this exact query arrives, the previous results stay (no flicker while typing).
  return state.state === 'idle' ? { state: 'loading', q: query } : state;
}

import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../../shared/api/result.js';
import { call, isUnavailable } from '../../api/desk-client.js';
import type { SearchResult } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import { LatestOnly } from './latest-only.js';

export const SEARCH_LIMIT = 100;
/**
 * How soon a partial answer (index still building) is asked again. Each query makes the build
 * stand aside for a second (core search-tuning.ts BUSY_PAUSE_MS), so asking more often than
 * this would keep the build from ever finishing while results are on screen.
 */
const PARTIAL_RETRY_MS = 3000;

export type SearchState =
  | { state: 'idle' }
  | { state: 'loading'; q: string }
  | { state: 'ready'; q: string; result: SearchResult }
  | { state: 'failed'; q: string; error: ApiError }
  | { state: 'unavailable' };

/** Results as you type: every change is asked at once, with one request in flight (LatestOnly). */
export function useSearch(q: string): SearchState {
  const [state, setState] = useState<SearchState>({ state: 'idle' });
  const [reload, setReload] = useState(0);
  const [runner] = useState(
    () =>
      new LatestOnly<string, Result<SearchResult>>(
        (query) => call('search:query', { q: query, limit: SEARCH_LIMIT }),
        (query, r) => {
          if (r.ok) setState({ state: 'ready', q: query, result: r.value });
          else if (isUnavailable(r.error)) setState({ state: 'unavailable' });
          else setState({ state: 'failed', q: query, error: r.error });
        },
      ),
  );
  const query = q.trim();

  useEffect(() => {
    if (query === '') return;
    runner.submit(query);
    return () => runner.cancel();
  }, [query, reload, runner]);

  useBridgeEvent('messages:changed', () => setReload((n) => n + 1));

  // While the index is still being built the answer covers part of the mail: ask again until not.
  const partial = state.state === 'ready' && state.q === query && state.result.partial === true;
  useEffect(() => {
    if (!partial) return;
    const timer = window.setTimeout(() => setReload((n) => n + 1), PARTIAL_RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [partial, state]);

  if (query === '') return { state: 'idle' };
  // Until the answer for this exact query arrives, the previous results stay (no flicker while typing).
  return state.state === 'idle' ? { state: 'loading', q: query } : state;
}

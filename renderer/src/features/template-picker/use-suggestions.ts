import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { DeskRes } from '../../api/desk-types.js';

export type Suggestion = DeskRes<'templates:suggest'>['suggestions'][number];

/** Short enough to feel live, long enough not to ask the core on every keystroke. */
export const SUGGEST_DEBOUNCE_MS = 120;

export type SuggestionsState =
  | { state: 'loading'; suggestions: Suggestion[] }
  | { state: 'ready'; suggestions: Suggestion[] }
  | { state: 'failed'; suggestions: Suggestion[]; error: ApiError };

/** The ranked suggestions for the open message; the previous list stays while the next one loads. */
export function useSuggestions(messageId: string, query: string, enabled: boolean): SuggestionsState {
  const [state, setState] = useState<SuggestionsState>({ state: 'loading', suggestions: [] });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const timer = window.setTimeout(() => {
      void call('templates:suggest', { messageId, query: query.trim().slice(0, 200) }).then((r) => {
        if (!live) return;
        setState((prev) =>
          r.ok
            ? { state: 'ready', suggestions: r.value.suggestions }
            : { state: 'failed', suggestions: prev.suggestions, error: r.error },
        );
      });
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [messageId, query, enabled]);
  return state;
}

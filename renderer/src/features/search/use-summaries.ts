import { useCallback, useRef, useState } from 'react';
import { call } from '../../api/desk-client.js';
import type { MessageMeta } from '../../api/desk-types.js';

/**
 * Search hits carry ids and highlight ranges only; the rows on screen fetch their metadata here,
 * once per id, so scrolling a long result list costs only what is seen.
 */
export function useSummaries(): {
  get(id: string): MessageMeta | undefined;
  ensure(ids: readonly string[]): void;
} {
  const [cache, setCache] = useState<ReadonlyMap<string, MessageMeta>>(new Map());
  const inflight = useRef(new Set<string>());

  const ensure = useCallback((ids: readonly string[]) => {
    for (const id of ids) {
      if (inflight.current.has(id)) continue;
      inflight.current.add(id);
      void call('messages:get', { id }).then((r) => {
        if (r.ok) setCache((old) => new Map(old).set(id, r.value.meta));
      });
    }
  }, []);

  const get = useCallback((id: string) => cache.get(id), [cache]);
  return { get, ensure };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result.js';
import { call } from '../../api/desk-client.js';
import type { QueueSummary, ViewName } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import { pagesForRange } from '../../lib/page-window.js';
import { cachedFirstPage, firstPageGeneration, forgetFirstPages, rememberFirstPage } from './first-pages.js';

/** Rows per request: well under the contract's 500, small enough to answer in a few ms. */
export const PAGE_SIZE = 100;

export interface MessagePages {
  total: number | null;
  error: ApiError | null;
  itemAt(index: number): QueueSummary | undefined;
  /** Where a row (or a Needs-reply row holding that message) sits among the loaded pages. */
  indexOf(id: string): number | undefined;
  /** Call with the visible range; fetches the pages it lacks (and one either side). */
  ensureRange(start: number, end: number): void;
}

/**
 * A sparse window over one view: only the pages near the screen are ever fetched, so a 100,000
 * message store costs a few hundred rows of memory. Mount it with `key={view}` to start afresh.
 */
export function useMessagePages(view: ViewName): MessagePages {
  // A view seen since the last change shows its rows at once; page 0 is asked for again anyway.
  const [pages, setPages] = useState<ReadonlyMap<number, QueueSummary[]>>(() => {
    const cached = cachedFirstPage(view);
    return cached === undefined ? new Map() : new Map([[0, cached.items]]);
  });
  const [total, setTotal] = useState<number | null>(() => cachedFirstPage(view)?.total ?? null);
  const [error, setError] = useState<ApiError | null>(null);
  const inflight = useRef(new Set<number>());
  const visible = useRef<[number, number]>([0, PAGE_SIZE]);

  const fetchPage = useCallback(
    (page: number) => {
      if (inflight.current.has(page)) return;
      inflight.current.add(page);
      const askedAt = firstPageGeneration();
      void call('messages:list', { view, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
        inflight.current.delete(page);
        if (!result.ok) {
          setError(result.error);
          return;
        }
        if (page === 0) rememberFirstPage(view, result.value, askedAt);
        setError(null);
        setTotal(result.value.total);
        setPages((old) => new Map(old).set(page, result.value.items));
      });
    },
    [view],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      if (total === null) return;
      for (const p of pagesForRange(start, end, total, PAGE_SIZE)) {
        if (!pages.has(p)) fetchPage(p);
      }
    },
    [fetchPage, pages, total],
  );

  // New mail or flag changes shift rows between pages: refetch what is on screen, drop the rest.
  useBridgeEvent('messages:changed', () => {
    // The desk's prefetch forgets too, but its listener runs after this one (parents subscribe
    // after children): forgetting here first lets the refetch below refill the cache.
    forgetFirstPages();
    const [start, end] = visible.current;
    const keep = pagesForRange(start, end, Math.max(total ?? 0, end + 1), PAGE_SIZE);
    setPages((old) => new Map([...old].filter(([p]) => keep.includes(p))));
    for (const p of keep) fetchPage(p);
  });

  const itemAt = useCallback(
    (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages],
  );

  const indexOf = useCallback(
    (id: string) => {
      for (const [page, items] of pages) {
        const i = items.findIndex((m) => m.id === id || m.queue?.messageIds.includes(id));
        if (i >= 0) return page * PAGE_SIZE + i;
      }
      return undefined;
    },
    [pages],
  );

  return { total, error, itemAt, indexOf, ensureRange };
}

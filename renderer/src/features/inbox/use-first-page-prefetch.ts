import { useEffect, useState } from 'react';
import type { ViewName } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import { forgetFirstPages, prefetchFirstPages } from './first-pages.js';
import { PAGE_SIZE } from './use-message-pages.js';

/** After the first screen and after a burst of changes settles: not in the way of either. */
const PREFETCH_DELAY_MS = 300;

/** Keeps the first page of every view warm, so switching views shows rows without waiting. */
export function useFirstPagePrefetch(views: readonly ViewName[]): void {
  const [changes, setChanges] = useState(0);
  useBridgeEvent('messages:changed', () => {
    forgetFirstPages();
    setChanges((n) => n + 1);
  });
  const key = views.join(',');
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void prefetchFirstPages(key.split(',').filter(Boolean) as ViewName[], PAGE_SIZE);
    }, PREFETCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, changes]);
}

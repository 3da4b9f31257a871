import { useEffect, useState } from 'react';
import type { ViewName } from '../../api/desk-types.js';
import { useBridgeEvent } from '../../api/use-bridge-event.js';
import { forgetFirstPages, prefetchFirstPages } from './first-pages.js';
import { PAGE_SIZE } from './use-message-pages.js';

/**
 * After a change, wait for the burst to settle (a sync reports in batches). At start-up, go at
 * once: the calls queue behind the first screen's own, and the sooner views are warm the fewer
 * first switches wait for the core.
 */
const AFTER_CHANGE_DELAY_MS = 300;

/**
 * Keeps the first page of every view warm, so switching views shows rows without waiting.
 * `views` is one of the module-level view lists (views.ts), so its identity is stable.
 */
export function useFirstPagePrefetch(views: readonly ViewName[]): void {
  const [changes, setChanges] = useState(0);
  useBridgeEvent('messages:changed', () => {
    forgetFirstPages();
    setChanges((n) => n + 1);
  });
  // A new desk (start-up, or back from account setup with another mailbox) starts from nothing.
  useEffect(() => forgetFirstPages(), []);
  useEffect(() => {
    const timer = window.setTimeout(
      () => {
        void prefetchFirstPages(views, PAGE_SIZE);
      },
      changes === 0 ? 0 : AFTER_CHANGE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [views, changes]);
}

import { call } from '../../api/desk-client.js';
import type { QueueSummary, ViewName } from '../../api/desk-types.js';

/*
 * The first page of every view, kept between visits. Switching views then paints the new list
 * in the same frame as the click, from what the core said at the last change, and the list still
 * asks the core again (stale-while-revalidate). Without it every switch waited for a round trip
 * through IPC before any row showed. The cache is emptied on every 'messages:changed' (a change
 * may move rows between views), and refilled in idle time, so a switch never shows rows from
 * before the latest change for longer than one round trip.
 */

export interface FirstPage {
  total: number;
  items: QueueSummary[];
}

const pages = new Map<ViewName, FirstPage>();
/** Bumped on every change: an answer requested before it is not cached. */
let generation = 0;

export function cachedFirstPage(view: ViewName): FirstPage | undefined {
  return pages.get(view);
}

export function rememberFirstPage(view: ViewName, page: FirstPage, askedAt: number): void {
  if (askedAt === generation) pages.set(view, page);
}

export function firstPageGeneration(): number {
  return generation;
}

export function forgetFirstPages(): void {
  generation += 1;
  pages.clear();
}

/** Fetches the first page of each view not cached yet, one at a time (the core is one process). */
export async function prefetchFirstPages(views: readonly ViewName[], pageSize: number): Promise<void> {
  for (const view of views) {
    if (pages.has(view)) continue;
    const askedAt = generation;
    const result = await call('messages:list', { view, offset: 0, limit: pageSize });
    if (result.ok) rememberFirstPage(view, result.value, askedAt);
  }
}

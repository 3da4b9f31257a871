import { performance } from 'node:perf_hooks';
import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { SearchIndex } from '../search/search-index.js';
import { guard } from './guard.js';

type DeskSearchApi = Pick<HelpdeskApi, 'search:query'>;

export function deskSearchHandlers(index: SearchIndex): DeskSearchApi {
  return {
    'search:query': ({ q, limit = 50 }) =>
      guard(async () => {
        const started = performance.now();
        await index.settle();
        const answer = index.query(q, limit);
        return { ...answer, tookMs: performance.now() - started };
      }),
  };
}

import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { MailboxSyncResult } from '../mail/mailbox-sync.js';
import { HelpdeskError } from '../errors.js';
import type { CoreContext } from '../core-context.js';
import { guard } from './guard.js';

type SyncApi = Pick<HelpdeskApi, 'sync:run' | 'sync:status'>;

function counts(result: MailboxSyncResult | null) {
  return { fetched: result?.fetched ?? 0, updated: result?.updated ?? 0, expunged: result?.expunged ?? 0 };
}

export function syncHandlers(ctx: CoreContext): SyncApi {
  return {
    'sync:run': () =>
      guard(async () => {
        if (!ctx.sync) throw new HelpdeskError('invalid-request', 'No mail account is set up yet');
        const summary = await ctx.sync.syncNow();
        return { inbox: counts(summary.inbox), sent: counts(summary.sent), durationMs: summary.durationMs };
      }),
    'sync:status': () =>
      guard(async () => {
        const lastSyncedAt = ctx.store.getSyncState('inbox')?.lastSyncedAt ?? null;
        return ctx.sync?.status ?? { state: 'idle' as const, lastSyncedAt, error: null, progress: null };
      }),
  };
}

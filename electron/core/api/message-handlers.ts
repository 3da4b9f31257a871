import type { HelpdeskApi } from '../../../shared/api/types.js';
import { HelpdeskError } from '../errors.js';
import { viewableBody } from '../mail/viewable-body.js';
import type { CoreContext } from '../core-context.js';
import { guard } from './guard.js';

// 'messages:list' moved to desk-views.ts (six views, served from a cached partition).
type MessageApi = Pick<HelpdeskApi, 'messages:get'>;

export function messageHandlers(ctx: CoreContext): MessageApi {
  return {
    'messages:get': ({ id }) =>
      guard(async () => {
        const meta = ctx.store.getMessage(id);
        if (!meta) throw new HelpdeskError('not-found', `No message ${id}`);
        return { meta, body: await viewableBody(ctx.store, meta) };
      }),
  };
}

import type { HelpdeskApi } from '../../../shared/api/types.js';
import { accountId, type CoreContext } from '../core-context.js';
import { loadDemo } from '../demo/load-demo.js';
import { HelpdeskError } from '../errors.js';
import { guard } from './guard.js';

type DeskDemoApi = Pick<HelpdeskApi, 'demo:load'>;

export function deskDemoHandlers(ctx: CoreContext): DeskDemoApi {
  return {
    'demo:load': () =>
      guard(async () => {
        // Sample mail mixed into a real shop's mailbox would be answered by mistake.
        if (ctx.store.getSettings().accounts[accountId]) {
          throw new HelpdeskError(
            'invalid-request',
            'A mail account is set up; the demo is for trying the app without one',
          );
        }
        const messages = await loadDemo({
          store: ctx.store,
          assignThread: ctx.threads.assign,
          commitThreads: () => ctx.threads.commit(),
          now: ctx.clock.now(),
        });
        ctx.bus.emit('messages:changed', { ids: [] });
        return { messages };
      }),
  };
}

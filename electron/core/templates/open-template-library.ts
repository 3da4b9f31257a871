import type { CoreContext } from '../core-context.js';
import { TemplateLibrary } from './template-library.js';

/** For openHelpdesk: the library beside the store, on the helpdesk's clock. Close it with `close()`. */
export function openTemplateLibrary(ctx: Pick<CoreContext, 'dataDir' | 'clock'>): Promise<TemplateLibrary> {
  return TemplateLibrary.open(ctx.dataDir, { now: () => ctx.clock.now() });
}

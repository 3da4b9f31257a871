import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { CoreContext } from '../core-context.js';
import { readReplySettings } from '../replies/reply-settings-store.js';
import { renderForMessage } from '../templates/render-for-message.js';
import type { MessageTemplateDeps } from '../templates/message-facts.js';
import { suggestForMessage, warmSuggestions } from '../templates/suggest-for-message.js';
import { TemplateChecks, type CheckSettings, type TemplateView } from '../templates/template-checks.js';
import type { TemplateLibrary } from '../templates/template-library.js';
import type { Template } from '../../../shared/domain/templates/types.js';
import { guard } from './guard.js';

type TemplateCall =
  | 'templates:list'
  | 'templates:save'
  | 'templates:duplicate'
  | 'templates:delete'
  | 'templates:restore'
  | 'templates:mark-reviewed'
  | 'templates:export'
  | 'templates:import-preview'
  | 'templates:import-apply'
  | 'templates:settings'
  | 'templates:set-settings'
  | 'templates:suggest'
  | 'templates:render';
type TemplateApi = Pick<HelpdeskApi, TemplateCall>;

/** The 13 templates:* calls over one library; the checks cache lives as long as the handlers. */
export function templateHandlers(
  ctx: Pick<CoreContext, 'store' | 'clock'>,
  library: TemplateLibrary,
): TemplateApi {
  const checks = new TemplateChecks();
  const current = (): CheckSettings => ({
    compliance: readReplySettings(ctx.store).compliance,
    settings: library.settings(),
    now: ctx.clock.now(),
  });
  // Fills the checks cache and the suggestion index in the background, so neither the first
  // library view nor the first opened message pays for building them (~50-100 ms at 1,000).
  const warm = (): void =>
    void checks
      .warm(() => library.list(), current)
      .then(() => warmSuggestions(library.list(), ctx.clock.now()))
      .catch(() => undefined);
  warm();
  const view = (template: Template): TemplateView => {
    const { compliance, settings, now } = current();
    return checks.view(template, compliance, settings, now);
  };
  const deps = (): MessageTemplateDeps => ({
    store: ctx.store,
    library,
    checks,
    now: ctx.clock.now(),
  });

  return {
    'templates:list': () =>
      guard(async () => {
        const { compliance, settings, now } = current();
        return { templates: checks.views(library.list(), compliance, settings, now) };
      }),
    'templates:save': (input) => guard(async () => view(await library.save(input))),
    'templates:duplicate': ({ id }) => guard(async () => view(await library.duplicate(id))),
    'templates:delete': ({ id }) => guard(async () => ({ undoToken: await library.remove(id) })),
    'templates:restore': ({ undoToken }) => guard(async () => view(await library.restore(undoToken))),
    'templates:mark-reviewed': ({ id }) => guard(async () => view(await library.markReviewed(id))),
    'templates:export': () => guard(async () => library.exportJson()),
    'templates:import-preview': ({ json }) => guard(async () => library.previewImport(json)),
    'templates:import-apply': ({ json }) =>
      guard(async () => {
        const counts = await library.applyImport(json);
        warm();
        return counts;
      }),
    'templates:settings': () => guard(async () => library.settings()),
    'templates:set-settings': (settings) =>
      guard(async () => {
        await library.setSettings(settings);
        warm();
        return {};
      }),
    'templates:suggest': ({ messageId, query }) => guard(() => suggestForMessage(deps(), messageId, query)),
    'templates:render': (req) => guard(() => renderForMessage(deps(), req)),
  };
}

import type { z } from 'zod';
import { staffSettingsSchema } from '../../../shared/api/schemas/triage.js';
import type { HelpdeskApi } from '../../../shared/api/types.js';
import type { JsonValue } from '../store/index.js';
import type { CoreContext } from '../core-context.js';
import { storeMetrics } from '../triage/metrics-source.js';
import type { TriageService } from '../triage/triage-service.js';
import { guard } from './guard.js';

type TriageApi = Pick<
  HelpdeskApi,
  | 'triage:act'
  | 'triage:report-spam'
  | 'triage:corrections'
  | 'triage:reset-corrections'
  | 'triage:staff'
  | 'triage:set-staff'
  | 'metrics:get'
>;

const STAFF_PREF = 'triage.staff';

type StaffSettings = z.infer<typeof staffSettingsSchema>;

/**
 * Saved through the same schema the contract checks: anything else (a hand-edited file) reads as none.
 * Also read by templates for {{staffName}} (core/templates/message-facts.ts).
 */
export function readStaff(prefs: Record<string, JsonValue>): StaffSettings {
  const parsed = staffSettingsSchema.safeParse(prefs[STAFF_PREF]);
  return parsed.success ? parsed.data : { me: null, staff: [] };
}

export function triageHandlers(ctx: CoreContext, triage: TriageService): TriageApi {
  return {
    'triage:act': ({ ids, action }) => guard(() => triage.act(ids, action)),
    'triage:report-spam': ({ ids }) => guard(() => triage.reportSpam(ids)),
    'triage:corrections': () =>
      guard(async () => ({
        corrections: ctx.store
          .listCorrections()
          .map(({ messageId, category, subject, at }) => ({ messageId, category, subject, at })),
      })),
    'triage:reset-corrections': ({ messageIds }) =>
      guard(async () => ({ removed: await triage.resetCorrections(messageIds) })),
    'triage:staff': () => guard(async () => readStaff(ctx.store.getSettings().prefs)),
    'triage:set-staff': (settings) =>
      guard(async () => {
        const prefs = { ...ctx.store.getSettings().prefs, [STAFF_PREF]: structuredClone(settings) };
        await ctx.store.updateSettings({ prefs });
        return {};
      }),
    'metrics:get': () =>
      guard(async () =>
        storeMetrics(ctx.store.listMessages({ includeExpunged: true, order: 'date-asc' }), ctx.clock.now()),
      ),
  };
}

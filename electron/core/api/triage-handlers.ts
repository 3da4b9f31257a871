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

interface StaffSettings {
  me: string | null;
  staff: Array<{ id: string; name: string }>;
}

function readStaff(prefs: Record<string, JsonValue>): StaffSettings {
  const raw = prefs[STAFF_PREF];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { me: null, staff: [] };
  const me = typeof raw.me === 'string' ? raw.me : null;
  const staff = Array.isArray(raw.staff)
    ? raw.staff.flatMap((s) =>
        typeof s === 'object' && s !== null && !Array.isArray(s) && typeof s.id === 'string'
          ? [{ id: s.id, name: typeof s.name === 'string' ? s.name : s.id }]
          : [],
      )
    : [];
  return { me, staff };
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

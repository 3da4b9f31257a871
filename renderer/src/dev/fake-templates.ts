import type { Result } from '../../../shared/api/result.js';
import { templateSchema } from '../../../shared/api/schemas/templates.js';
import { checkDraft } from '../../../shared/domain/compliance/check.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../shared/domain/compliance/types.js';
import {
  CUSTOM_PREFIX,
  TEMPLATE_EXPORT_VERSION,
  type Template,
  type TemplateLanguage,
  type TemplateSettings,
} from '../../../shared/domain/templates/types.js';
import type { DeskCall, DeskReq, DeskRes, MessageMeta } from '../api/desk-types.js';
import { formatPickedDate } from '../features/template-picker/date-text.js';
import { FAKE_TEMPLATE_SETTINGS, FAKE_TEMPLATES } from './fake-template-data.js';

type TemplateCall = Extract<DeskCall, `templates:${string}`>;
type Handlers = { [K in TemplateCall]: (req: DeskReq<K>) => Result<DeskRes<K>> };
type View = DeskRes<'templates:save'>;
type Field = DeskRes<'templates:render'>['fields'][number];

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: 'not-found' | 'invalid-request', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;
const SAMPLE: Record<string, string> = { orderId: '503-1234567-1234567', buyerName: 'Sample' };
const DAY_MS = 86_400_000;

/**
 * The template library in memory for the design preview (the real one is the core's, issue 6).
 * Rendering here is a plain `{{name}}` substitution that leaves missing names in place, the
 * same contract as the core's engine, so the picker's missing-value flow can be seen.
 */
export function fakeTemplateHandlers(messageOf: (id: string) => MessageMeta | undefined): Handlers {
  let templates = FAKE_TEMPLATES.map((t) => ({ ...t }));
  let settings: TemplateSettings = FAKE_TEMPLATE_SETTINGS;
  const trash = new Map<string, Template>();
  let serial = 1;
  const now = () => new Date();

  const view = (t: Template): View => {
    const compliance = {
      ...DEFAULT_COMPLIANCE_SETTINGS,
      disabledRules: [],
      allowedDomains: [],
      ownDomains: [],
    };
    const findings: View['findings'] = {};
    for (const [lang, v] of Object.entries(t.variants)) {
      const fill = (s: string) => s.replace(FIELD, (_, n: string) => SAMPLE[n] ?? 'sample');
      const draft = { subject: fill(v.subject), body: fill(v.body), orderIds: [SAMPLE.orderId ?? ''] };
      findings[lang as TemplateLanguage] = checkDraft(draft, compliance, now());
    }
    const blocked = Object.values(findings).some((fs) => fs.some((f) => f.severity === 'block'));
    const age = now().getTime() - Date.parse(t.reviewedAt);
    return { template: t, findings, syntax: {}, blocked, reviewDue: age > settings.reviewAfterDays * DAY_MS };
  };
  const find = (id: string) => templates.find((t) => t.id === id);
  const withId = (id: string, run: (t: Template) => Result<View>) => {
    const t = find(id);
    return t === undefined ? fail('not-found', id) : run(t);
  };
  const replace = (next: Template) => {
    templates = templates.map((t) => (t.id === next.id ? next : t));
    return ok(view(next));
  };
  const parse = (json: string): Template[] | null => {
    try {
      const file = JSON.parse(json) as { templates?: unknown };
      const list = templateSchema.array().safeParse(file.templates);
      return list.success ? list.data : null;
    } catch {
      return null;
    }
  };

  const prefill = (meta: MessageMeta | undefined, language: TemplateLanguage): Map<string, Field> => {
    const out = new Map<string, Field>();
    const put = (name: string, value: string | undefined, source: Field['source']) => {
      if (value !== undefined && value !== '') out.set(name, { name, value, source });
    };
    put('buyerName', meta?.buyer?.name, 'message');
    put('orderId', meta?.orderIds[0], 'message');
    put('orderIds', meta?.orderIds.join(', '), 'message');
    put('concern', meta?.subject.slice(0, 80), 'message');
    put('shopName', settings.shopName, 'settings');
    put('staffName', '佐藤', 'staff');
    put('today', formatPickedDate(now().toISOString().slice(0, 10), language) ?? undefined, 'today');
    for (const c of settings.customFields) put(`${CUSTOM_PREFIX}${c.key}`, c.value, 'settings');
    return out;
  };

  return {
    'templates:list': () => ok({ templates: templates.map(view) }),
    'templates:save': (req) => {
      const at = now().toISOString();
      const old = req.id === null ? undefined : find(req.id);
      const next: Template = {
        id: old?.id ?? `fake-${serial++}`,
        name: req.name,
        tags: req.tags,
        kinds: req.kinds,
        defaultLanguage: req.defaultLanguage,
        variants: req.variants,
        createdAt: old?.createdAt ?? at,
        updatedAt: at,
        reviewedAt: req.reviewed || old === undefined ? at : old.reviewedAt,
        lastUsedAt: old?.lastUsedAt ?? null,
        useCount: old?.useCount ?? 0,
        starter: false,
      };
      if (old === undefined) templates = [...templates, next];
      return replace(next);
    },
    'templates:duplicate': ({ id }) =>
      withId(id, (t) => {
        const copy = { ...t, id: `fake-${serial++}`, name: `${t.name} (2)`, starter: false, useCount: 0 };
        templates = [...templates, copy];
        return ok(view(copy));
      }),
    'templates:delete': ({ id }) => {
      const t = find(id);
      if (t === undefined) return fail('not-found', id);
      templates = templates.filter((x) => x.id !== id);
      const undoToken = `undo-${serial++}`;
      trash.set(undoToken, t);
      return ok({ undoToken });
    },
    'templates:restore': ({ undoToken }) => {
      const t = trash.get(undoToken);
      if (t === undefined) return fail('not-found', undoToken);
      trash.delete(undoToken);
      templates = [...templates, t];
      return ok(view(t));
    },
    'templates:mark-reviewed': ({ id }) =>
      withId(id, (t) => replace({ ...t, reviewedAt: now().toISOString() })),
    'templates:export': () =>
      ok({
        json: JSON.stringify(
          {
            format: 'seller-helpdesk-templates',
            version: TEMPLATE_EXPORT_VERSION,
            exportedAt: now().toISOString(),
            templates,
          },
          null,
          2,
        ),
        count: templates.length,
      }),
    'templates:import-preview': ({ json }) => {
      const incoming = parse(json);
      if (incoming === null) return fail('invalid-request', 'not a template file');
      const added = incoming.filter((t) => find(t.id) === undefined).map(({ id, name }) => ({ id, name }));
      const changed = incoming.filter((t) => {
        const old = find(t.id);
        return old !== undefined && JSON.stringify(old) !== JSON.stringify(t);
      });
      const updated = changed.map(({ id, name }) => ({ id, name }));
      return ok({ added, updated, unchanged: incoming.length - added.length - updated.length });
    },
    'templates:import-apply': ({ json }) => {
      const incoming = parse(json);
      if (incoming === null) return fail('invalid-request', 'not a template file');
      const added = incoming.filter((t) => find(t.id) === undefined);
      const ids = new Set(incoming.map((t) => t.id));
      templates = [...templates.filter((t) => !ids.has(t.id)), ...incoming];
      return ok({ added: added.length, updated: incoming.length - added.length });
    },
    'templates:settings': () => ok(settings),
    'templates:set-settings': (req) => {
      settings = req;
      return ok({});
    },
    'templates:suggest': ({ messageId, query }) => {
      const meta = messageOf(messageId);
      const q = query.trim().toLowerCase();
      const suggestions = templates
        .filter(
          (t) =>
            q === '' ||
            `${t.name} ${t.tags.join(' ')} ${JSON.stringify(t.variants)}`.toLowerCase().includes(q),
        )
        .map((t) => {
          const match =
            meta !== undefined && meta.language !== 'other' && t.variants[meta.language] !== undefined;
          const language = match && meta.language !== 'other' ? meta.language : t.defaultLanguage;
          const reasons: DeskRes<'templates:suggest'>['suggestions'][number]['reasons'] = [];
          if (meta !== undefined && t.kinds.some((k) => k === meta.triage?.category))
            reasons.push('category');
          if (match) reasons.push('language');
          if (t.lastUsedAt !== null) reasons.push('recent');
          if (q !== '') reasons.push('query');
          const weight = { category: 3, language: 2, cues: 2, recent: 1, query: 4 };
          const score = reasons.reduce((s, r) => s + weight[r], 0);
          return {
            templateId: t.id,
            name: t.name,
            language,
            buyerLanguageMatch: match,
            blocked: view(t).blocked,
            score,
            reasons,
          };
        })
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
      return ok({ suggestions });
    },
    'templates:render': (req) => {
      const t = find(req.templateId);
      if (t === undefined) return fail('not-found', req.templateId);
      const meta = messageOf(req.messageId);
      const wanted =
        req.language ?? (meta?.language === 'other' ? null : meta?.language) ?? t.defaultLanguage;
      const language = t.variants[wanted] === undefined ? t.defaultLanguage : wanted;
      const variant = t.variants[language] ?? { subject: '', body: '' };
      const known = prefill(meta, language);
      const fields: Field[] = [];
      const missing: string[] = [];
      const fill = (text: string) =>
        text.replace(FIELD, (whole, name: string) => {
          const own = req.values[name];
          const field: Field =
            own !== undefined
              ? { name, value: own, source: 'typed' }
              : (known.get(name) ?? { name, value: '', source: 'none' });
          if (!fields.some((f) => f.name === name)) fields.push(field);
          if (field.value !== '') return field.value;
          if (!missing.includes(name)) missing.push(name);
          return whole;
        });
      const subject = fill(variant.subject);
      const body = fill(variant.body);
      if (req.use) replace({ ...t, useCount: t.useCount + 1, lastUsedAt: now().toISOString() });
      return ok({
        subject,
        body,
        language,
        buyerLanguageMatch: meta?.language === language,
        missing,
        fields,
      });
    },
  };
}

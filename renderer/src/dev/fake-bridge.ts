import type { EventName, EventPayload, HelpdeskBridge } from '../../../shared/api/types.js';
import type { Result } from '../../../shared/api/result.js';
import { viewsOf, VIEW_NAMES, type ViewName } from '../../../shared/domain/views.js';
import type { DeskCall, DeskReq, DeskRes, MessageMeta, SyncStatus } from '../api/desk-types.js';
import { fakeBody, fakeMeta } from './fake-data.js';
import { fakeReplyHandlers } from './fake-replies.js';
import { fakeTemplateHandlers } from './fake-templates.js';

/**
 * An in-memory window.helpdesk for looking at the UI in a plain browser (src/dev/dev-main.ts).
 * Never imported by the production entry. URL parameters pick the scenario:
 * ?mode=empty|demo|account, ?count=N, ?sync=connected|syncing|offline|error.
 */
export function installFakeBridge(params: URLSearchParams): void {
  let mode = (params.get('mode') ?? 'demo') as 'empty' | 'demo' | 'account';
  const count = Number(params.get('count') ?? '100000');
  const now = Date.now();
  let metas: MessageMeta[] = [];
  let lists = new Map<ViewName, MessageMeta[]>();
  const byId = new Map<string, MessageMeta>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();

  const fill = () => {
    metas = Array.from({ length: count }, (_, i) => fakeMeta(i, now));
    lists = new Map(VIEW_NAMES.map((v) => [v, []]));
    for (const m of metas) {
      byId.set(m.id, m);
      for (const v of viewsOf(m, undefined)) lists.get(v)?.push(m);
    }
  };
  if (mode !== 'empty') fill();

  const syncParam = params.get('sync') ?? 'connected';
  let status: SyncStatus = {
    state:
      syncParam === 'syncing'
        ? 'syncing'
        : syncParam === 'offline'
          ? 'offline'
          : syncParam === 'error'
            ? 'error'
            : 'connected',
    lastSyncedAt: new Date(now - 42 * 60_000).toISOString(),
    error: syncParam === 'error' ? { code: 'auth-failed', message: 'LOGIN failed' } : null,
    progress: syncParam === 'syncing' ? { mailbox: 'inbox', done: 12_480, total: 100_000 } : null,
  };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) =>
    listeners.get(event)?.forEach((cb) => cb(payload));

  const ok = <T>(value: T): Result<T> => ({ ok: true, value });
  const fail = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });
  const handlers: { [K in DeskCall]: (req: DeskReq<K>) => Result<DeskRes<K>> } = {
    'app:info': () =>
      ok({
        version: '0.1.0-dev',
        dataDir: '/tmp/fake',
        storeReport: { recovered: [], migratedFrom: null },
        mode,
      }),
    'account:get': () =>
      ok(
        mode === 'account'
          ? {
              imap: {
                host: 'imap.gmail.com',
                port: 993,
                tls: 'implicit',
                user: 'cs@shop.example',
                caFile: null,
              },
              smtp: {
                host: 'smtp.gmail.com',
                port: 465,
                tls: 'implicit',
                user: 'cs@shop.example',
                caFile: null,
              },
              hasPassword: { imap: true, smtp: true },
            }
          : null,
      ),
    'account:set': () => {
      mode = 'account';
      return ok({});
    },
    'account:set-password': () => ok({}),
    'account:test': (req) => {
      const bad = req.imap.host.includes('wrong');
      const steps = [
        {
          step: 'dns' as const,
          ok: !bad,
          code: bad ? 'dns-failed' : 'ok',
          message: bad ? `getaddrinfo ENOTFOUND ${req.imap.host}` : 'resolved',
          info: [],
        },
        ...(['tcp', 'tls', 'certificate', 'login', 'capability'] as const).map((step) => ({
          step,
          ok: !bad,
          code: bad ? 'skipped' : 'ok',
          message: '',
          info: [],
        })),
      ];
      return ok({ steps, ok: !bad });
    },
    'sync:run': () => {
      status = { ...status, state: 'connected', error: null, lastSyncedAt: new Date().toISOString() };
      emit('sync:status-changed', status);
      return ok({
        inbox: { fetched: 0, updated: 0, expunged: 0 },
        sent: { fetched: 0, updated: 0, expunged: 0 },
        durationMs: 1,
      });
    },
    'sync:status': () => ok(status),
    'messages:counts': () => {
      const n = (v: ViewName) => lists.get(v)?.length ?? 0;
      return ok({
        needsReply: n('needs-reply'),
        all: n('all'),
        buyer: n('buyer'),
        noReply: n('no-reply'),
        sent: n('sent'),
        spam: n('spam'),
      });
    },
    'messages:list': ({ view = 'all', offset = 0, limit = 100 }) => {
      const list = lists.get(view) ?? [];
      return ok({ total: list.length, items: list.slice(offset, offset + limit) });
    },
    'messages:get': ({ id }) => {
      const meta = byId.get(id);
      return meta
        ? ok({ meta, body: fakeBody(meta) })
        : { ok: false, error: { code: 'not-found', message: id } };
    },
    'messages:thread': ({ id }) => {
      const meta = byId.get(id);
      if (!meta) return { ok: false, error: { code: 'not-found', message: id } };
      const messages = metas.filter((m) => m.threadId === meta.threadId).slice(0, 20);
      const others = metas.filter(
        (m) => m.buyer?.address === meta.buyer?.address && m.threadId !== meta.threadId,
      );
      const history = [...new Set(others.map((m) => m.threadId))].map((threadId) => {
        const members = others.filter((m) => m.threadId === threadId);
        return {
          threadId,
          subject: members[0]?.subject ?? '',
          orderIds: [...new Set(members.flatMap((m) => m.orderIds))],
          lastDate: members[0]?.date ?? '',
          count: members.length,
          lastMessageId: members[0]?.id ?? '',
        };
      });
      return ok({ messages, buyerHistory: meta.buyer ? history : [] });
    },
    'messages:raw': ({ id }) => {
      const meta = byId.get(id);
      const source = `Message-ID: <${meta?.messageId ?? ''}>\r\nSubject: =?ISO-2022-JP?B?GyRCJDMkcyQLJEEkTxsoQg==?=\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n${meta?.snippet ?? ''}`;
      return ok({ source, encoding: 'utf-8', size: source.length, truncated: false });
    },
    'messages:redecode': ({ id, charset }) => {
      const meta = byId.get(id);
      return ok({ text: `[${charset}] ${meta?.snippet ?? ''}`, html: null, charset });
    },
    'search:query': ({ q, limit = 50 }) => {
      const started = performance.now();
      const items: DeskRes<'search:query'>['items'] = [];
      let total = 0;
      for (const m of metas) {
        const s = m.subject.indexOf(q);
        const t = m.snippet.indexOf(q);
        const o = m.orderIds.includes(q);
        if (s < 0 && t < 0 && !o) continue;
        total += 1;
        if (items.length < limit) {
          items.push({
            id: m.id,
            score: 1,
            subjectHighlights: s < 0 ? [] : [[s, s + q.length]],
            snippetHighlights: t < 0 ? [] : [[t, t + q.length]],
            summary: m,
          });
        }
      }
      return ok({ items, total, tookMs: performance.now() - started });
    },
    'demo:load': () => {
      mode = 'demo';
      fill();
      emit('messages:changed', { ids: [] });
      return ok({ messages: metas.length });
    },
    // Triage needs the real core (the e2e harness bridges it); the design preview only shows.
    'triage:act': () => fail('not available in the design preview'),
    'triage:report-spam': () => fail('not available in the design preview'),
    'triage:corrections': () => fail('not available in the design preview'),
    'triage:reset-corrections': () => fail('not available in the design preview'),
    'triage:staff': () => fail('not available in the design preview'),
    'triage:set-staff': () => fail('not available in the design preview'),
    'metrics:get': () => fail('not available in the design preview'),
    ...fakeReplyHandlers(params, (threadId) => metas.filter((m) => m.threadId === threadId), emit),
    ...fakeTemplateHandlers((id) => byId.get(id)),
    // Nothing leaves a dev page: log what main would have handed to the system browser.
    'shell:open-external': ({ url }) => {
      console.info('[fake bridge] would open', url);
      return ok({ opened: true });
    },
    // No save dialog in a dev page: report what main would have saved, as if the user accepted.
    'shell:save-attachment': ({ id, index }) => {
      const attachment = byId.get(id)?.attachments[index];
      if (attachment === undefined) return fail('no such attachment');
      console.info('[fake bridge] would save', attachment.filename);
      return ok({ saved: true });
    },
  };

  const bridge: HelpdeskBridge = {
    invoke: async (channel, req) => {
      const handler = handlers[channel] as (r: typeof req) => Result<unknown>;
      await new Promise((r) => setTimeout(r, 5));
      return handler(req) as never;
    },
    on: (event, cb) => {
      const set = listeners.get(event) ?? new Set();
      set.add(cb as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(cb as (p: unknown) => void);
    },
  };
  Object.defineProperty(window, 'helpdesk', { value: bridge, configurable: true });
}

import type { EventName, EventPayload } from '../../../shared/api/types.js';
import type { Result } from '../../../shared/api/result.js';
import type { OutboxItemView } from '../../../shared/api/schemas/outbox.js';
import { checkDraft, isSendable } from '../../../shared/domain/compliance/check.js';
import { DEFAULT_COMPLIANCE_SETTINGS } from '../../../shared/domain/compliance/types.js';
import type { DeskReq, DeskRes, MessageMeta } from '../api/desk-types.js';

type ReplyCall =
  | 'drafts:get'
  | 'drafts:save'
  | 'drafts:discard'
  | 'drafts:attach'
  | 'drafts:detach'
  | 'replies:send'
  | 'replies:settings'
  | 'replies:set-settings'
  | 'outbox:list'
  | 'outbox:usage'
  | 'outbox:retry'
  | 'outbox:send-anyway'
  | 'outbox:discard';
type Handlers = { [K in ReplyCall]: (req: DeskReq<K>) => Result<DeskRes<K>> };
type Draft = DeskRes<'drafts:save'>;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/**
 * Replies and the outbox in memory for the design preview. URL parameters pick what happens to
 * a sent reply: ?send=sent (default)|offline|held|newer|auth|rejected, and ?usage=ok|warn|blocked.
 */
export function fakeReplyHandlers(
  params: URLSearchParams,
  threadOf: (threadId: string) => MessageMeta[],
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void,
): Handlers {
  const fate = params.get('send') ?? 'sent';
  const usageParam = params.get('usage') ?? 'ok';
  const drafts = new Map<string, Draft>();
  const items: OutboxItemView[] = [];
  /** Attachments added before the first save (the real core keeps them with the draft). */
  const loose = new Map<string, Draft['attachments']>();
  let settings: DeskRes<'replies:settings'> = {
    compliance: {
      ...DEFAULT_COMPLIANCE_SETTINGS,
      disabledRules: [],
      allowedDomains: [],
      ownDomains: [],
      bannedWords: [],
    },
    averageDailyOrders: 0,
    autoAck: { enabled: false, bodies: { ja: '', zh: '', ko: '', en: '' } },
  };
  const limit = 600;
  let sentToday = usageParam === 'warn' ? 482 : usageParam === 'blocked' ? 600 : 12;
  const usage = () => ({
    sentToday,
    limit,
    state:
      sentToday >= limit
        ? ('blocked' as const)
        : sentToday >= limit * 0.8
          ? ('warn' as const)
          : ('ok' as const),
  });
  const changed = (id: string) => emit('outbox:changed', { ids: [id] });
  let nextId = 1;

  const deliver = (item: OutboxItemView) => {
    item.state = 'sending';
    changed(item.id);
    setTimeout(() => {
      item.attempts += 1;
      if (fate === 'auth' || fate === 'rejected') {
        item.state = 'failed';
        item.problem = {
          code: fate,
          detail: fate === 'auth' ? '535 5.7.8 Authentication failed' : '554 5.7.1 Message rejected as spam',
          messageIds: [],
        };
      } else {
        item.state = 'sent';
        item.problem = null;
        item.sentAt = new Date().toISOString();
        sentToday += 1;
      }
      changed(item.id);
    }, 1200);
  };

  return {
    'drafts:get': ({ threadId }) => {
      const buyerMessages = threadOf(threadId).filter((m) => m.mailbox === 'inbox' && m.buyer !== null);
      const last = buyerMessages[buyerMessages.length - 1];
      if (last === undefined) return ok({ draft: drafts.get(threadId) ?? null, defaults: null });
      return ok({
        draft: drafts.get(threadId) ?? null,
        defaults: {
          inReplyTo: last.id,
          to: last.buyer?.address ?? '',
          subject: last.subject.startsWith('Re:') ? last.subject : `Re: ${last.subject}`,
          quote: `${last.from?.name ?? ''} wrote:\n> ${last.snippet}`,
          buyerLanguage: last.language,
          orderIds: [...new Set(buyerMessages.flatMap((m) => m.orderIds))],
        },
      });
    },
    'drafts:save': (req) => {
      const now = new Date().toISOString();
      const old = drafts.get(req.threadId);
      const draft: Draft = {
        threadId: req.threadId,
        inReplyTo: req.inReplyTo,
        subject: req.subject,
        body: req.body,
        html: req.html,
        important: req.important,
        confirmedLinks: req.confirmedLinks,
        attachments: [...(old?.attachments ?? []), ...(loose.get(req.threadId) ?? [])].map((a) => ({
          ...a,
          purpose: req.attachmentPurposes[a.id] ?? a.purpose,
        })),
        startedAt: old?.startedAt ?? now,
        savedAt: now,
      };
      drafts.set(req.threadId, draft);
      loose.delete(req.threadId);
      return ok(draft);
    },
    'drafts:discard': ({ threadId }) => {
      drafts.delete(threadId);
      return ok({});
    },
    'drafts:attach': (req) => {
      const size = Math.floor((req.dataBase64.length * 3) / 4);
      if (/\.(exe|zip|js)$/i.test(req.filename)) {
        return { ok: false, error: { code: 'attachment-rejected', message: 'not an allowed type' } };
      }
      const ext = req.filename.split('.').pop()?.toLowerCase() ?? '';
      const contentType = ext === 'pdf' ? 'application/pdf' : ext === 'png' ? 'image/png' : 'text/plain';
      const attachment = {
        id: `a${nextId++}`,
        filename: req.filename,
        contentType,
        size,
        purpose: req.purpose,
      };
      const draft = drafts.get(req.threadId);
      if (draft !== undefined) draft.attachments.push(attachment);
      else loose.set(req.threadId, [...(loose.get(req.threadId) ?? []), attachment]);
      return ok(attachment);
    },
    'drafts:detach': ({ threadId, attachmentId }) => {
      const draft = drafts.get(threadId);
      if (draft !== undefined) draft.attachments = draft.attachments.filter((a) => a.id !== attachmentId);
      return ok({});
    },
    'replies:send': (req) => {
      if (usage().state === 'blocked') return ok({ outcome: 'limit-reached' as const, usage: usage() });
      const findings = checkDraft(
        { subject: req.subject, body: req.body, html: req.html, confirmedLinks: req.confirmedLinks },
        settings.compliance,
        new Date(),
      );
      if (!isSendable(findings)) return ok({ outcome: 'blocked' as const, findings });
      const id = `o${nextId++}`;
      const held = fate === 'held' || fate === 'newer';
      const item: OutboxItemView = {
        id,
        kind: 'reply',
        threadId: req.threadId,
        inReplyTo: req.inReplyTo,
        to: 'buyer@marketplace.example',
        subject: req.important ? `[Important] ${req.subject}` : req.subject,
        snippet: req.body.slice(0, 80),
        messageId: `${id}@helpdesk.local`,
        state: held ? 'held' : 'queued',
        problem: held
          ? {
              code: fate === 'held' ? 'answered-elsewhere' : 'newer-message',
              detail: '',
              messageIds: threadOf(req.threadId)
                .slice(-1)
                .map((m) => m.id),
            }
          : fate === 'offline'
            ? { code: 'offline', detail: '', messageIds: [] }
            : null,
        attempts: 0,
        createdAt: new Date().toISOString(),
        nextAttemptAt: null,
        sentAt: null,
      };
      items.push(item);
      drafts.delete(req.threadId);
      if (!held && fate !== 'offline') setTimeout(() => deliver(item), 300);
      return ok({ outcome: 'queued' as const, outboxId: id, warnings: findings });
    },
    'replies:settings': () => ok(settings),
    'replies:set-settings': (req) => {
      settings = req;
      return ok({});
    },
    'outbox:list': ({ threadId }) =>
      ok({ items: items.filter((i) => threadId === null || i.threadId === threadId) }),
    'outbox:usage': () => ok(usage()),
    'outbox:retry': ({ id }) => {
      const item = items.find((i) => i.id === id);
      if (item === undefined) return { ok: false, error: { code: 'not-found', message: id } };
      deliver(item);
      return ok(item);
    },
    'outbox:send-anyway': ({ id }) => {
      const item = items.find((i) => i.id === id);
      if (item === undefined) return { ok: false, error: { code: 'not-found', message: id } };
      item.problem = null;
      deliver(item);
      return ok(item);
    },
    'outbox:discard': ({ id }) => {
      const at = items.findIndex((i) => i.id === id);
      const item = items[at];
      if (item === undefined) return { ok: false, error: { code: 'not-found', message: id } };
      items.splice(at, 1);
      // The real core keeps the whole draft with the item; the preview rebuilds it from the row.
      const restoredDraft = !drafts.has(item.threadId);
      if (restoredDraft && item.inReplyTo !== null) {
        const now = new Date().toISOString();
        drafts.set(item.threadId, {
          threadId: item.threadId,
          inReplyTo: item.inReplyTo,
          subject: item.subject.replace(/^\[Important\] /, ''),
          body: item.snippet,
          html: null,
          important: item.subject.startsWith('[Important]'),
          confirmedLinks: [],
          attachments: [],
          startedAt: now,
          savedAt: now,
        });
      }
      changed(id);
      return ok({ restoredDraft });
    },
  };
}

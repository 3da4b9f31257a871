import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { bindContract, forwardEvents, type IpcMainLike } from '../../../../electron/main/ipc.js';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../../../shared/api/channels.js';
import { fail, ok } from '../../../../shared/api/result.js';
import type { EventName, HelpdeskApi, HelpdeskEventSource } from '../../../../shared/api/types.js';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

const APP_URL = 'file:///opt/helpdesk/out/renderer/index.html';
const info = {
  version: '1.2.3',
  dataDir: '/d',
  storeReport: { recovered: [], migratedFrom: null },
  mode: 'empty' as const,
};
const none = async () => fail<never>('internal', 'unused');
const api: HelpdeskApi = {
  'app:info': async () => ok(info),
  'account:get': none,
  'account:set': none,
  'account:set-password': none,
  'sync:run': none,
  'sync:status': none,
  'messages:list': none,
  'messages:get': none,
  'messages:counts': none,
  'messages:thread': none,
  'messages:raw': none,
  'messages:redecode': none,
  'search:query': none,
  'account:test': none,
  'demo:load': none,
  'shell:open-external': none,
  'shell:save-attachment': none,
  'triage:act': none,
  'triage:report-spam': none,
  'triage:corrections': none,
  'triage:reset-corrections': none,
  'triage:staff': none,
  'triage:set-staff': none,
  'metrics:get': none,
  'drafts:get': none,
  'drafts:save': none,
  'drafts:discard': none,
  'drafts:attach': none,
  'drafts:detach': none,
  'replies:send': none,
  'replies:settings': none,
  'replies:set-settings': none,
  'outbox:list': none,
  'outbox:usage': none,
  'outbox:retry': none,
  'outbox:send-anyway': none,
  'outbox:discard': none,
  'templates:list': none,
  'templates:save': none,
  'templates:duplicate': none,
  'templates:delete': none,
  'templates:restore': none,
  'templates:mark-reviewed': none,
  'templates:export': none,
  'templates:import-preview': none,
  'templates:import-apply': none,
  'templates:settings': none,
  'templates:set-settings': none,
  'templates:suggest': none,
  'templates:render': none,
};

function invokeEvent(frame: { url: string; parent: object | null } | null): IpcMainInvokeEvent {
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('bindContract', () => {
  it('registers exactly the contract channels and unbinds them', () => {
    const { ipc, handlers } = fakeIpcMain();
    const unbind = bindContract(ipc, api, { isTrustedSender: (url) => url === APP_URL });
    expect([...handlers.keys()].sort()).toEqual([...CALL_CHANNELS].sort());
    unbind();
    expect(handlers.size).toBe(0);
  });

  // [why, sender frame, expected]
  const senderCases: [string, { url: string; parent: object | null } | null, object][] = [
    ['our renderer', { url: APP_URL, parent: null }, { ok: true, value: info }],
    ['our renderer with a hash route', { url: `${APP_URL}#/inbox`, parent: null }, { ok: true }],
    [
      'a remote page',
      { url: 'https://evil.example/', parent: null },
      { ok: false, error: { code: 'forbidden' } },
    ],
    [
      'another local file',
      { url: 'file:///tmp/evil.html', parent: null },
      { ok: false, error: { code: 'forbidden' } },
    ],
    ['a child frame at our URL', { url: APP_URL, parent: {} }, { ok: false, error: { code: 'forbidden' } }],
    ['a destroyed frame', null, { ok: false, error: { code: 'forbidden' } }],
  ];

  it.each(senderCases)('sender: %s', async (_why, frame, expected) => {
    const { ipc, handlers } = fakeIpcMain();
    const isTrustedSender = (url: string) =>
      new URL(url).pathname === new URL(APP_URL).pathname && url.startsWith('file:');
    bindContract(ipc, api, { isTrustedSender });
    const handler = handlers.get('app:info');
    expect(await handler?.(invokeEvent(frame), {})).toMatchObject(expected);
  });

  it('validates the request like dispatchCall does', async () => {
    const { ipc, handlers } = fakeIpcMain();
    bindContract(ipc, api, { isTrustedSender: () => true });
    const result = await handlers.get('app:info')?.(invokeEvent({ url: APP_URL, parent: null }), {
      extra: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

function fakeSource() {
  const listeners = new Map<string, (payload: unknown) => void>();
  const source: HelpdeskEventSource = {
    on: (event, cb) => {
      listeners.set(event, cb as (payload: unknown) => void);
      return () => void listeners.delete(event);
    },
  };
  const emit = (event: EventName, payload: unknown) => listeners.get(event)?.(payload);
  return { source, listeners, emit };
}

describe('forwardEvents', () => {
  // [why, event, payload, sent?]
  const cases: [string, EventName, unknown, boolean][] = [
    ['valid progress', 'sync:progress', { mailbox: 'inbox', done: 1, total: 2 }, true],
    ['valid change', 'messages:changed', { ids: ['inbox:1:2'] }, true],
    ['off-contract payload is dropped', 'sync:progress', { mailbox: 'INBOX', done: 1, total: 2 }, false],
    ['missing payload is dropped', 'messages:changed', undefined, false],
  ];

  it.each(cases)('%s', (_why, event, payload, sent) => {
    const { source, emit } = fakeSource();
    const target = { send: vi.fn(), isDestroyed: () => false };
    const onInternalError = vi.fn();
    forwardEvents(source, target, { onInternalError });
    emit(event, payload);
    expect(target.send).toHaveBeenCalledTimes(sent ? 1 : 0);
    if (sent) expect(target.send).toHaveBeenCalledWith(event, payload);
    expect(onInternalError).toHaveBeenCalledTimes(sent ? 0 : 1);
  });

  it('strips unknown keys before sending', () => {
    const { source, emit } = fakeSource();
    const target = { send: vi.fn(), isDestroyed: () => false };
    forwardEvents(source, target);
    emit('messages:changed', { ids: [], internal: 'x' });
    expect(target.send).toHaveBeenCalledWith('messages:changed', { ids: [] });
  });

  it('does not send to a destroyed window, and unsubscribes every event', () => {
    const { source, listeners, emit } = fakeSource();
    const target = { send: vi.fn(), isDestroyed: () => true };
    const stop = forwardEvents(source, target);
    expect([...listeners.keys()].sort()).toEqual([...EVENT_CHANNELS].sort());
    emit('messages:changed', { ids: [] });
    expect(target.send).not.toHaveBeenCalled();
    stop();
    expect(listeners.size).toBe(0);
  });
});

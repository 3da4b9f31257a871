import { describe, expect, it, vi } from 'vitest';
import { dispatchCall } from '../../../../shared/api/dispatch.js';
import { ApiFailure, fail, ok, type Result } from '../../../../shared/api/result.js';
import type { HelpdeskApi } from '../../../../shared/api/types.js';
import { sampleMeta } from './sample-data.js';

const info = {
  version: '0.1.0',
  dataDir: '/data',
  storeReport: { recovered: [], migratedFrom: null },
  mode: 'empty' as const,
};

function fakeApi(overrides: Partial<HelpdeskApi> = {}): HelpdeskApi {
  const never = async (): Promise<Result<never>> => fail('internal', 'not in this test');
  return {
    'app:info': async () => ok(info),
    'account:get': async () => ok(null),
    'account:set': async () => ok({}),
    'account:set-password': async () => ok({}),
    'sync:run': never,
    'sync:status': never,
    'messages:list': async () => ok({ total: 1, items: [sampleMeta()] }),
    'messages:get': async ({ id }) =>
      id === 'missing'
        ? fail('not-found', 'No such message')
        : ok({ meta: sampleMeta({ id }), body: { text: 'hi', html: null } }),
    'messages:counts': never,
    'messages:thread': never,
    'messages:raw': never,
    'messages:redecode': never,
    'search:query': never,
    'account:test': never,
    'demo:load': never,
    'shell:open-external': never,
    'shell:save-attachment': never,
    'triage:act': never,
    'triage:report-spam': never,
    'triage:corrections': never,
    'triage:reset-corrections': never,
    'triage:staff': never,
    'triage:set-staff': never,
    'metrics:get': never,
    'drafts:get': never,
    'drafts:save': never,
    'drafts:discard': never,
    'drafts:attach': never,
    'drafts:detach': never,
    'replies:send': never,
    'replies:settings': never,
    'replies:set-settings': never,
    'outbox:list': never,
    'outbox:usage': never,
    'outbox:retry': never,
    'outbox:send-anyway': never,
    'outbox:discard': never,
    'templates:list': never,
    'templates:save': never,
    'templates:duplicate': never,
    'templates:delete': never,
    'templates:restore': never,
    'templates:mark-reviewed': never,
    'templates:export': never,
    'templates:import-preview': never,
    'templates:import-apply': never,
    'templates:settings': never,
    'templates:set-settings': never,
    'templates:suggest': never,
    'templates:render': never,
    ...overrides,
  };
}

class CoreShapedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// [why, api overrides, channel, request, expected (partial match)]
const cases: [string, Partial<HelpdeskApi>, unknown, unknown, object][] = [
  ['valid call returns the value', {}, 'app:info', {}, { ok: true, value: info }],
  [
    'core failure passes through as data',
    {},
    'messages:get',
    { id: 'missing' },
    { ok: false, error: { code: 'not-found' } },
  ],
  [
    'unknown channel',
    {},
    'fs:read',
    {},
    { ok: false, error: { code: 'invalid-request', message: 'Unknown call' } },
  ],
  ['prototype key is not a channel', {}, 'toString', {}, { ok: false, error: { code: 'invalid-request' } }],
  ['non-string channel', {}, 42, {}, { ok: false, error: { code: 'invalid-request' } }],
  [
    'invalid request',
    {},
    'messages:list',
    { limit: 9999 },
    { ok: false, error: { code: 'invalid-request' } },
  ],
  [
    'thrown error becomes internal',
    { 'app:info': async () => Promise.reject(new Error('boom at /home/me/secret/path')) },
    'app:info',
    {},
    { ok: false, error: { code: 'internal', message: 'Unexpected error in app:info' } },
  ],
  [
    'ApiFailure keeps its code',
    {
      'account:set-password': async () =>
        Promise.reject(new ApiFailure('encryption-unavailable', 'no keychain')),
    },
    'account:set-password',
    { which: 'imap', password: 'pw' },
    { ok: false, error: { code: 'encryption-unavailable', message: 'no keychain' } },
  ],
  [
    'core error with one of our codes keeps it',
    { 'sync:run': async () => Promise.reject(new CoreShapedError('auth-failed', 'Login refused')) },
    'sync:run',
    {},
    { ok: false, error: { code: 'auth-failed', message: 'Login refused' } },
  ],
  [
    'library error code (ECONNRESET) stays opaque',
    { 'sync:run': async () => Promise.reject(new CoreShapedError('ECONNRESET', 'socket hang up')) },
    'sync:run',
    {},
    { ok: false, error: { code: 'internal' } },
  ],
  [
    'off-contract result becomes internal',
    { 'app:info': async () => ok({ ...info, version: 1 as unknown as string }) },
    'app:info',
    {},
    { ok: false, error: { code: 'internal' } },
  ],
  [
    'non-Result return becomes internal',
    { 'app:info': async () => info as unknown as Result<typeof info> },
    'app:info',
    {},
    { ok: false, error: { code: 'internal' } },
  ],
  [
    'unknown error code becomes internal',
    {
      'app:info': async () =>
        ({ ok: false, error: { code: 'bogus', message: 'x' } }) as unknown as Result<typeof info>,
    },
    'app:info',
    {},
    { ok: false, error: { code: 'internal' } },
  ],
];

describe('dispatchCall', () => {
  it.each(cases)('%s', async (_why, overrides, channel, request, expected) => {
    expect(await dispatchCall(fakeApi(overrides), channel, request)).toMatchObject(expected);
  });

  it('does not call the api when the request is invalid', async () => {
    const list = vi.fn(async () => ok({ total: 0, items: [] }));
    await dispatchCall(fakeApi({ 'messages:list': list }), 'messages:list', { view: 'x' });
    expect(list).not.toHaveBeenCalled();
  });

  it('never leaks the stack or message of an unexpected error, but reports it to the hook', async () => {
    const error = new Error('boom at /home/me/secret/path');
    const onInternalError = vi.fn();
    const api = fakeApi({ 'app:info': async () => Promise.reject(error) });
    const result = await dispatchCall(api, 'app:info', {}, { onInternalError });
    expect(JSON.stringify(result)).not.toMatch(/secret|at .*:\d+|boom/);
    expect(onInternalError).toHaveBeenCalledWith('app:info', error);
  });

  it('invalid-request detail names the field but not a submitted password', async () => {
    const result = await dispatchCall(fakeApi(), 'account:set-password', {
      which: 'pop3',
      password: 'hunter2',
    });
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).toContain('which');
    expect(text).not.toContain('hunter2');
  });

  it('result values are stripped to the contract (summaries, no sha256)', async () => {
    const result = await dispatchCall(fakeApi(), 'messages:list', {});
    expect(result.ok && JSON.stringify(result.value)).not.toContain('sha256');
  });

  it('passes the validated request to the method with the api as `this`', async () => {
    const get = vi.fn(async () => ok({ meta: sampleMeta(), body: { text: '', html: null } }));
    const api = fakeApi({ 'messages:get': get });
    await dispatchCall(api, 'messages:get', { id: 'inbox:1:1' });
    expect(get).toHaveBeenCalledWith({ id: 'inbox:1:1' });
    expect(get.mock.contexts[0]).toBe(api);
  });
});

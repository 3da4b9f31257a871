import { describe, expect, it } from 'vitest';
import { CALL_CHANNELS, EVENT_CHANNELS } from '../../../../shared/api/channels.js';
import { calls, events } from '../../../../shared/api/contract.js';
import { messageMetaSchema } from '../../../../shared/api/schemas/message.js';
import type { MessageMeta } from '../../../../shared/domain/message.js';
import { sampleMeta } from './sample-data.js';

describe('channel lists (the preload allow-list) match the contract', () => {
  it.each([
    ['calls', [...CALL_CHANNELS], Object.keys(calls)],
    ['events', [...EVENT_CHANNELS], Object.keys(events)],
  ])('%s', (_what, listed, declared) => {
    expect([...listed].sort()).toEqual([...declared].sort());
  });

  it.each([...CALL_CHANNELS, ...EVENT_CHANNELS])('%s is named domain:verb', (name) => {
    expect(name).toMatch(/^[a-z]+:[a-z]+(?:-[a-z]+)*$/);
  });
});

const account = {
  imap: { host: 'imap.example.com', port: 993, tls: 'implicit', user: 'shop', caFile: null },
  smtp: { host: 'smtp.example.com', port: 587, tls: 'starttls', user: 'shop', caFile: '/etc/ca.pem' },
};

// [call, request, valid?, why]
const requestCases: [keyof typeof calls, unknown, boolean, string][] = [
  ['app:info', {}, true, 'empty request'],
  ['app:info', { extra: 1 }, false, 'strict: unknown keys are caller bugs'],
  ['app:info', undefined, false, 'a missing request is not {}'],
  ['account:set', account, true, 'full account without passwords'],
  ['account:set', { ...account, password: 'x' }, false, 'a password smuggled into settings is refused'],
  ['account:set', { ...account, imap: { ...account.imap, port: 0 } }, false, 'port 0'],
  ['account:set', { ...account, imap: { ...account.imap, port: 70000 } }, false, 'port above 65535'],
  ['account:set', { ...account, imap: { ...account.imap, port: 993.5 } }, false, 'fractional port'],
  ['account:set', { ...account, imap: { ...account.imap, tls: 'ssl' } }, false, 'unknown TLS mode'],
  ['account:set', { ...account, imap: { ...account.imap, host: 'imap://x' } }, false, 'scheme in host'],
  ['account:set', { ...account, imap: { ...account.imap, host: 'a b' } }, false, 'whitespace in host'],
  ['account:set', { ...account, imap: { ...account.imap, host: '' } }, false, 'empty host'],
  ['account:set', { ...account, imap: { ...account.imap, host: '::1' } }, true, 'IPv6 literal'],
  ['account:set-password', { which: 'imap', password: 'pw' }, true, 'set imap password'],
  ['account:set-password', { which: 'pop3', password: 'pw' }, false, 'unknown server'],
  ['account:set-password', { which: 'smtp', password: '' }, false, 'empty password'],
  ['account:set-password', { which: 'smtp', password: 'x'.repeat(1025) }, false, 'absurdly long password'],
  ['messages:list', {}, true, 'all defaults'],
  ['messages:list', { view: 'buyer', offset: 0, limit: 500 }, true, 'max page'],
  ['messages:list', { limit: 501 }, false, 'page above 500'],
  ['messages:list', { limit: 0 }, false, 'empty page'],
  ['messages:list', { offset: -1 }, false, 'negative offset'],
  ['messages:list', { view: 'inbox' }, false, 'unknown view'],
  ['messages:get', { id: 'inbox:1:2' }, true, 'by id'],
  ['messages:get', { id: '' }, false, 'empty id'],
  ['messages:get', {}, false, 'missing id'],
];

describe('request schemas', () => {
  it.each(requestCases)('%s %j -> valid=%s (%s)', (call, request, valid) => {
    expect(calls[call].request.safeParse(request).success).toBe(valid);
  });
});

describe('result schemas', () => {
  it('account:get strips unknown keys instead of leaking them', () => {
    const value = {
      ...account,
      imap: { ...account.imap, password: 'secret' },
      hasPassword: { imap: true, smtp: false },
    };
    const parsed = calls['account:get'].result.parse(value);
    expect(JSON.stringify(parsed)).not.toContain('secret');
  });

  it('messages:list items are summaries: store-only fields are dropped', () => {
    const parsed = calls['messages:list'].result.parse({ total: 1, items: [sampleMeta()] });
    expect(Object.keys(parsed.items[0] ?? {})).not.toContain('sha256');
    expect(parsed.items[0]?.subject).toBe('商品について');
  });
});

// [field override, valid?, why]
const metaCases: [Partial<MessageMeta>, boolean, string][] = [
  [{}, true, 'the sample itself'],
  [{ uid: 0 }, false, 'UIDs are non-zero (RFC 3501)'],
  [{ uid: 2 ** 32 }, false, 'UIDs are 32-bit'],
  [{ date: 'Tue, 1 May 2024 09:30:00 +0900' }, false, 'dates cross as ISO 8601, not RFC 5322'],
  [{ date: '2024-05-01T18:30:00+09:00' }, true, 'ISO with offset'],
  [{ orderIds: ['503-1234567-123456'] }, false, 'order ids are 3-7-7 digits'],
  [{ sha256: 'A'.repeat(64) }, false, 'sha256 is lower-case hex'],
  [{ modseq: null, charset: null, from: null, buyer: null }, true, 'nullable fields'],
  [{ automated: 'spam' as MessageMeta['automated'] }, false, 'unknown automated kind'],
];

describe('messageMetaSchema', () => {
  it.each(metaCases)('%j -> valid=%s (%s)', (override, valid) => {
    expect(messageMetaSchema.safeParse(sampleMeta(override)).success).toBe(valid);
  });
});

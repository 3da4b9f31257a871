import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../../../../electron/core/store/index.js';
import type { AccountSettings, Store } from '../../../../../electron/core/store/index.js';
import { message, seed, tempDir } from './store-test-helpers.js';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function reopen(): Promise<Store> {
  const { store, report } = await openStore(dir);
  expect(report).toEqual({ recovered: [], migratedFrom: null });
  return store;
}

const account: AccountSettings = {
  imap: { host: 'imap.example.jp', port: 993, tls: 'implicit', user: 'cs@example.jp', caFile: null },
  smtp: { host: 'smtp.example.jp', port: 587, tls: 'starttls', user: 'cs@example.jp', caFile: null },
};

describe('what survives close + reopen', () => {
  const cases: Array<{
    name: string;
    act: (s: Store) => Promise<unknown>;
    check: (s: Store) => Promise<void> | void;
  }> = [
    {
      name: 'messages, metadata and lookups (sync relies on uid and sha lookups after restart)',
      act: (s) => s.putMessages([1, 2, 1500].map((uid) => message({ uid }))),
      check: (s) => {
        expect(s.messageCount).toBe(3);
        expect(s.getMessage('inbox:100:1500')?.subject).toBe('件名 1500');
        expect(s.findByUid('inbox', '100', 2)?.id).toBe('inbox:100:2');
        expect([...s.uidsIn('inbox', '100')].sort((a, b) => a - b)).toEqual([1, 2, 1500]);
        expect(s.findBySha256(message({ uid: 2 }).meta.sha256)?.id).toBe('inbox:100:2');
      },
    },
    {
      name: 'raw source and decoded body byte for byte (disputes need the original)',
      act: (s) =>
        s.putMessages([message({ uid: 7, raw: 'Subject: =?ISO-2022-JP?B?GyRCJEQbKEI=?=\r\n\r\n\u00ff' })]),
      check: async (s) => {
        expect((await s.readRaw('inbox:100:7')).toString()).toBe(
          'Subject: =?ISO-2022-JP?B?GyRCJEQbKEI=?=\r\n\r\n\u00ff',
        );
        expect(await s.readBody('inbox:100:7')).toEqual({ text: 'body 7 本文', html: '<p>7</p>' });
      },
    },
    {
      name: 'flag changes (triage must not be lost on restart)',
      act: async (s) => {
        await s.putMessages([message({ uid: 1 }), message({ uid: 2 })]);
        await s.updateFlags([{ id: 'inbox:100:2', flags: ['\\Seen', '$NoReply'], modseq: '9' }]);
      },
      check: (s) => {
        expect(s.getMessage('inbox:100:2')).toMatchObject({ flags: ['\\Seen', '$NoReply'], modseq: '9' });
        expect(s.getMessage('inbox:100:1')?.flags).toEqual([]);
      },
    },
    {
      name: 'flag changes survive a later sync batch into the same shard (folded, not dropped)',
      act: async (s) => {
        await s.putMessages([message({ uid: 1 })]);
        await s.updateFlags([{ id: 'inbox:100:1', flags: ['\\Flagged'], modseq: null }]);
        await s.putMessages([message({ uid: 2 })]);
      },
      check: (s) => expect(s.getMessage('inbox:100:1')?.flags).toEqual(['\\Flagged']),
    },
    {
      name: 'markExpunged keeps the message and its source (history is kept)',
      act: async (s) => {
        await s.putMessages([message({ uid: 3 })]);
        await s.markExpunged(['inbox:100:3'], '2024-03-01T00:00:00.000Z');
        await s.markExpunged(['inbox:100:3'], '2024-04-01T00:00:00.000Z');
      },
      check: async (s) => {
        expect(s.getMessage('inbox:100:3')?.expungedAt).toBe('2024-03-01T00:00:00.000Z');
        expect(s.listMessages()).toEqual([]);
        expect(s.listMessages({ includeExpunged: true }).map((m) => m.id)).toEqual(['inbox:100:3']);
        expect((await s.readRaw('inbox:100:3')).length).toBeGreaterThan(0);
      },
    },
    {
      name: 'replaceIdentity moves a message to its new uid/uidValidity with its source',
      act: async (s) => {
        await s.putMessages([message({ uid: 5 })]);
        const moved = message({ uid: 42, uidValidity: '200' }).meta;
        await s.replaceIdentity('inbox:100:5', { ...moved, sha256: message({ uid: 5 }).meta.sha256 });
      },
      check: async (s) => {
        expect(s.getMessage('inbox:100:5')).toBeNull();
        expect(s.findByUid('inbox', '200', 42)?.id).toBe('inbox:200:42');
        expect(s.uidsIn('inbox', '100').size).toBe(0);
        expect((await s.readRaw('inbox:200:42')).toString()).toContain('body 5');
      },
    },
    {
      name: 'sync state per mailbox role',
      act: (s) =>
        s.setSyncState('sent', {
          path: 'Sent',
          uidValidity: '9',
          lastSeenUid: 12,
          highestModseq: '3',
          lastSyncedAt: null,
        }),
      check: (s) => {
        expect(s.getSyncState('sent')).toEqual({
          path: 'Sent',
          uidValidity: '9',
          lastSeenUid: 12,
          highestModseq: '3',
          lastSyncedAt: null,
        });
        expect(s.getSyncState('inbox')).toBeNull();
      },
    },
    {
      name: 'settings and accounts',
      act: async (s) => {
        await s.updateSettings({ uiLanguage: 'ja', prefs: { view: 'needs-reply' } });
        await s.setAccount('default', account);
      },
      check: (s) =>
        expect(s.getSettings()).toEqual({
          uiLanguage: 'ja',
          accounts: { default: account },
          prefs: { view: 'needs-reply' },
        }),
    },
    {
      name: 'operation log: pending ops survive, done ones leave the pending list',
      act: async (s) => {
        const a = await s.appendOp('flags', { id: 'inbox:100:1', add: ['\\Seen'] });
        const b = await s.appendOp('send', { outboxId: 'o1' });
        await s.appendOp('move', null);
        await s.markOpDone(a.seq);
        await s.markOpFailed(b.seq, 'timeout', { retry: true });
      },
      check: (s) =>
        expect(s.listPendingOps().map((o) => [o.seq, o.kind, o.attempts, o.lastError])).toEqual([
          [2, 'send', 1, 'timeout'],
          [3, 'move', 0, null],
        ]),
    },
  ];
  it.each(cases)('$name', async ({ act, check }) => {
    const first = await openStore(dir);
    await act(first.store);
    await check(first.store);
    await first.store.close();
    const second = await reopen();
    await check(second);
    await second.close();
  });
});

describe('queries over the index', () => {
  beforeEach(() =>
    seed(dir, [
      {
        uid: 1,
        date: '2024-01-03T00:00:00.000Z',
        buyer: 'A@marketplace.amazon.com',
        orderIds: ['503-1234567-1234567'],
      },
      {
        uid: 2,
        date: '2024-01-01T00:00:00.000Z',
        buyer: 'a@marketplace.amazon.com',
        orderIds: ['503-7654321-7654321'],
      },
      { uid: 3, date: '2024-01-02T00:00:00.000Z', buyer: null },
      { uid: 4, date: '2024-01-05T00:00:00.000Z', mailbox: 'sent', buyer: null },
    ]),
  );
  const cases = [
    {
      filter: undefined,
      ids: ['sent:100:4', 'inbox:100:1', 'inbox:100:3', 'inbox:100:2'],
      why: 'newest first by default',
    },
    {
      filter: { order: 'date-asc' as const },
      ids: ['inbox:100:2', 'inbox:100:3', 'inbox:100:1', 'sent:100:4'],
      why: 'oldest first',
    },
    {
      filter: { order: 'sync' as const, mailbox: 'inbox' as const },
      ids: ['inbox:100:1', 'inbox:100:2', 'inbox:100:3'],
      why: 'uid order for sync',
    },
    { filter: { mailbox: 'inbox' as const, offset: 1, limit: 1 }, ids: ['inbox:100:3'], why: 'paging' },
  ];
  it.each(cases)('listMessages $why', async ({ filter, ids }) => {
    const s = await reopen();
    expect(s.listMessages(filter).map((m) => m.id)).toEqual(ids);
    await s.close();
  });

  it('derives buyers by case-insensitive relay address, across orders', async () => {
    const s = await reopen();
    expect(s.getBuyer('A@MARKETPLACE.amazon.com')).toEqual({
      address: 'a@marketplace.amazon.com',
      name: '山田',
      messageIds: ['inbox:100:2', 'inbox:100:1'],
      orderIds: ['503-7654321-7654321', '503-1234567-1234567'],
      firstSeen: '2024-01-01T00:00:00.000Z',
      lastSeen: '2024-01-03T00:00:00.000Z',
    });
    expect(s.listBuyers()).toHaveLength(1);
    await s.close();
  });
});

describe('refusals leave the store untouched', () => {
  const cases: Array<{ name: string; act: (s: Store) => Promise<unknown>; code: string }> = [
    {
      name: 'updateFlags with one unknown id',
      act: (s) =>
        s.updateFlags([
          { id: 'inbox:100:1', flags: ['\\Seen'], modseq: null },
          { id: 'nope', flags: [], modseq: null },
        ]),
      code: 'UNKNOWN_MESSAGE',
    },
    {
      name: 'markExpunged of an unknown id',
      act: (s) => s.markExpunged(['nope'], '2024-01-01T00:00:00.000Z'),
      code: 'UNKNOWN_MESSAGE',
    },
    { name: 'readRaw of an unknown id', act: (s) => s.readRaw('nope'), code: 'UNKNOWN_MESSAGE' },
    {
      name: 'replaceIdentity onto a different message',
      act: (s) => s.replaceIdentity('inbox:100:1', message({ uid: 2 }).meta),
      code: 'ID_TAKEN',
    },
  ];
  it.each(cases)('$name', async ({ act, code }) => {
    await seed(dir, [{ uid: 1 }, { uid: 2 }]);
    const s = await reopen();
    await expect(act(s)).rejects.toMatchObject({ code });
    expect(s.getMessage('inbox:100:1')?.flags).toEqual([]);
    expect(s.messageCount).toBe(2);
    await s.close();
  });

  it('refuses a password in account settings (passwords live in the OS keychain only)', async () => {
    const s = await reopen();
    const withPassword = {
      ...account,
      imap: { ...account.imap, password: 'hunter2' },
    } as unknown as AccountSettings;
    await expect(s.setAccount('default', withPassword)).rejects.toThrow();
    expect(s.getSettings().accounts).toEqual({});
    await s.close();
  });

  it('refuses calls after close', async () => {
    const s = await reopen();
    await s.close();
    await expect(s.putMessages([message({ uid: 1 })])).rejects.toBeInstanceOf(StoreError);
  });
});

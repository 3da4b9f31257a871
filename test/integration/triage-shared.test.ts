import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHelpdesk, type Helpdesk } from '../../electron/core/helpdesk.js';
import { MemorySecretStore } from '../../electron/core/secrets/memory-secret-store.js';
import type { Result } from '../../shared/api/result.js';
import type { MessageMeta } from '../../shared/domain/message.js';
import { triageMarksOf } from '../../shared/domain/triage/keywords.js';
import { startDovecot, withImapClient, type DovecotInstance } from '../support/dovecot.js';
import { buildMessage } from '../support/mime-fixtures.js';
import { freePorts } from '../support/net-wait.js';

/*
 * Issue 4 §6: two desks (two cores, two data dirs) on one Dovecot mailbox. Triage state travels
 * only through the server as IMAP keywords: desk A acts, replays on its next sync, desk B sees
 * it after its own sync. Offline actions wait in A's operation log; conflicting actions end in
 * the documented state (the last to reach the server wins, per group).
 */

const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.co.jp';
const mails = [
  {
    key: 'thanks',
    subject: '商品届きました',
    body: '本日無事に届きました。丁寧な梱包ありがとうございました。',
  },
  {
    key: 'damaged',
    subject: '商品が破損していました',
    body: '届いた商品が割れていました。返品と返金をお願いします。',
  },
  { key: 'size', subject: 'サイズについて', body: 'Mサイズの着丈を教えていただけますか？' },
  { key: 'color', subject: '色について', body: 'ブラックの在庫はいつ入りますか？' },
  {
    key: 'seo',
    subject: 'ランキング1位保証',
    body: '御社の商品を検索1位にします。詳細はこちら http://rank.example.com',
  },
  { key: 'offline', subject: '配送日の変更', body: '配送日を土曜日に変更できますか？' },
];

function raw(n: number, subject: string, body: string): Buffer {
  return buildMessage({
    headers: [
      `From: =?UTF-8?B?${Buffer.from('佐藤').toString('base64')}?= <${BUYER}>`,
      'To: shop@example.com',
      `Message-ID: <triage-${n}@marketplace.amazon.co.jp>`,
      `Date: ${new Date(Date.now() - (n + 1) * 3600_000).toUTCString()}`,
      `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
    ],
    contentType: 'text/plain; charset=UTF-8',
    transferEncoding: '8bit',
    body: Buffer.from(body),
  });
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

let dovecot: DovecotInstance;
const dirs: string[] = [];
let a: Helpdesk;
let b: Helpdesk;
const ids = new Map<string, string>();

async function openDesk(): Promise<Helpdesk> {
  const dataDir = await mkdtemp(join(tmpdir(), 'hd-triage-'));
  dirs.push(dataDir);
  const desk = await openHelpdesk({
    dataDir,
    secrets: new MemorySecretStore(),
    clock: { now: () => new Date() },
  });
  const imap = {
    host: dovecot.host,
    port: dovecot.imapPort,
    tls: 'starttls' as const,
    user: 'seller',
    caFile: dovecot.caFile,
  };
  value(await desk['account:set']({ imap, smtp: { ...imap, port: 9, tls: 'none', caFile: null } }));
  value(await desk['account:set-password']({ which: 'imap', password: dovecot.user('seller').password }));
  return desk;
}

const sync = async (desk: Helpdesk): Promise<void> => void value(await desk['sync:run']({}));
const meta = async (desk: Helpdesk, key: string): Promise<MessageMeta> =>
  value(await desk['messages:get']({ id: ids.get(key) ?? '' })).meta;
const needsReply = async (desk: Helpdesk): Promise<string[]> =>
  value(await desk['messages:list']({ view: 'needs-reply', limit: 500 })).items.flatMap(
    (i) => i.queue?.messageIds ?? [i.id],
  );
const act = async (desk: Helpdesk, key: string, action: Parameters<Helpdesk['triage:act']>[0]['action']) =>
  value(await desk['triage:act']({ ids: [ids.get(key) ?? ''], action }));

beforeAll(async () => {
  dovecot = await startDovecot();
  await dovecot.seedMaildir(
    'seller',
    'INBOX',
    mails.map((m, n) => ({ raw: raw(n, m.subject, m.body) })),
  );
  a = await openDesk();
  b = await openDesk();
  await sync(a);
  await sync(b);
  for (const item of value(await a['messages:list']({ view: 'all', limit: 500 })).items) {
    const mail = mails.find((m) => m.subject === item.subject);
    if (mail) ids.set(mail.key, item.id);
  }
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await dovecot?.stop();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('triage shared between two desks through IMAP keywords', () => {
  it('both desks see the same six messages under the same ids', async () => {
    expect(ids.size).toBe(mails.length);
    expect((await needsReply(b)).sort()).toEqual([...ids.values()].sort());
  });

  const shared = [
    {
      name: 'no response needed',
      key: 'thanks',
      action: { kind: 'no-reply', on: true } as const,
      onB: (m: MessageMeta) => triageMarksOf(m.flags).noReply,
      leavesQueue: true,
    },
    {
      name: 'a category correction',
      key: 'size',
      action: { kind: 'set-category', category: 'complaint' } as const,
      onB: (m: MessageMeta) => triageMarksOf(m.flags).category === 'complaint',
      leavesQueue: false,
    },
    {
      name: 'an assignment',
      key: 'damaged',
      action: { kind: 'assign', staff: 'tanaka' } as const,
      onB: (m: MessageMeta) => triageMarksOf(m.flags).assignee === 'tanaka',
      leavesQueue: false,
    },
  ];
  it.each(shared)(
    '$name made on desk A reaches desk B after both sync',
    async ({ key, action, onB, leavesQueue }) => {
      await act(a, key, action);
      expect(onB(await meta(a, key))).toBe(true); // at once, locally
      expect(onB(await meta(b, key))).toBe(false); // not yet: B has not synced
      await sync(a); // replays the operation to the server
      await sync(b);
      expect(onB(await meta(b, key))).toBe(true);
      expect((await needsReply(b)).includes(ids.get(key) ?? '')).toBe(!leavesQueue);
      expect(value(await a['sync:status']({}))).toBeTruthy();
    },
  );

  it('an action taken while the server is unreachable waits in the log and is replayed on reconnect', async () => {
    const account = value(await a['account:get']({}));
    if (!account) throw new Error('desk A has no account');
    const { imap, smtp } = account;
    const [closed = 1] = await freePorts(1);
    value(await a['account:set']({ imap: { ...imap, port: closed }, smtp })); // nothing listens: offline
    const { pending } = await act(a, 'offline', { kind: 'no-reply', on: true });
    expect(pending).toBe(1);
    expect((await needsReply(a)).includes(ids.get('offline') ?? '')).toBe(false); // the desk works offline
    const failed = await a['sync:run']({});
    expect(failed.ok ? 'ok' : failed.error.code).toBe('connection-refused');
    value(await a['account:set']({ imap, smtp })); // back online
    await sync(a);
    expect(
      value(
        await a['triage:act']({ ids: [ids.get('damaged') ?? ''], action: { kind: 'answered', on: false } }),
      ).pending,
    ).toBe(1);
    await sync(a);
    await sync(b);
    expect(triageMarksOf((await meta(b, 'offline')).flags).noReply).toBe(true);
    expect((await needsReply(b)).includes(ids.get('offline') ?? '')).toBe(false);
  });

  it('two desks correcting the same message: the last action to reach the server wins on both', async () => {
    await act(a, 'color', { kind: 'set-category', category: 'thanks' });
    await act(b, 'color', { kind: 'set-category', category: 'inquiry' });
    await sync(a); // A's correction reaches the server first…
    await sync(b); // …then B's replaces it (B replays before it reads back)
    await sync(a);
    for (const desk of [a, b]) {
      const flags = (await meta(desk, 'color')).flags;
      expect(triageMarksOf(flags).category).toBe('inquiry');
      expect(flags.filter((f) => f.startsWith('$HD_') && f !== '$HD_Inquiry')).toEqual([]);
    }
  });

  it('reporting spam moves it to Junk on the server; it leaves both queues and A keeps its copy', async () => {
    value(await a['triage:report-spam']({ ids: [ids.get('seo') ?? ''] }));
    await sync(a);
    await sync(b);
    const junk = await withImapClient(dovecot.imapOptions('seller'), async (client) => {
      const status = await client.status('Junk', { messages: true });
      return status ? status.messages : -1;
    });
    expect(junk).toBe(1);
    const kept = await meta(a, 'seo');
    expect([triageMarksOf(kept.flags).spam, kept.expungedAt !== null]).toEqual([true, true]);
    for (const desk of [a, b]) expect((await needsReply(desk)).includes(ids.get('seo') ?? '')).toBe(false);
    expect(value(await a['messages:list']({ view: 'spam', limit: 50 })).items.map((i) => i.id)).toContain(
      ids.get('seo'),
    );
  });
});

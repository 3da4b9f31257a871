import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../../../electron/core/event-bus.js';
import { DailyLimitError } from '../../../../../electron/core/outbox/daily-limit-error.js';
import type { OutboxRecord } from '../../../../../electron/core/outbox/outbox-record.js';
import { fakes, open, record, reply, seedDoc, tempDir, until } from './outbox-fakes.js';

// The outbox with fake SMTP and IMAP: what is on disk when enqueue resolves, the daily limit,
// discard, the order of sends, the collision hook and the way back from offline.

describe('enqueue', () => {
  it('has the exact bytes and the item on disk when it resolves, before any send', async () => {
    const dataDir = await tempDir();
    const f = fakes();
    const outbox = await open(dataDir, f, { offline: () => true });
    const r = reply();
    const item = await outbox.enqueue(r);
    const doc = JSON.parse(await readFile(join(dataDir, 'outbox', 'outbox.json'), 'utf8')) as {
      items: OutboxRecord[];
    };
    const raw = await readFile(join(dataDir, 'outbox', `${item.id}.eml`));
    await outbox.close();
    expect({ ids: doc.items.map((i) => i.messageId), raw: raw.equals(r.raw), sends: f.sends }).toEqual({
      ids: [r.messageId],
      raw: true,
      sends: [],
    });
  });

  it('is idempotent per Message-ID: a repeated hand-over does not make a second copy', async () => {
    const dataDir = await tempDir();
    const outbox = await open(dataDir, fakes(), { offline: () => true });
    const r = reply();
    const a = await outbox.enqueue(r);
    const b = await outbox.enqueue(r);
    const count = outbox.list(null).length;
    await outbox.close();
    expect({ same: a.id === b.id, count }).toEqual({ same: true, count: 1 });
  });

  it.each([
    ['well under the limit', 0, 'ok', false],
    ['599 of 600 sent today: warn, one more allowed', 599, 'warn', false],
    ['600 of 600: blocked', 600, 'blocked', true],
    ['80% (480 of 600): warn', 480, 'warn', false],
  ] as const)('daily limit, %s', async (_why, sentToday, state, throws) => {
    const dataDir = await tempDir();
    const today = new Date().toISOString().slice(0, 10);
    await seedDoc(dataDir, [], { [today]: sentToday, '2020-01-01': 599 });
    const outbox = await open(dataDir, fakes(), { offline: () => true });
    const usage = outbox.usage();
    const error = await outbox.enqueue(reply()).then(
      () => null,
      (e: unknown) => e,
    );
    await outbox.close();
    expect(usage).toEqual({ sentToday, limit: 600, state });
    expect(error instanceof DailyLimitError).toBe(throws);
  });

  it('counts replies waiting in the outbox against today', async () => {
    const dataDir = await tempDir();
    const outbox = await open(dataDir, fakes(), { offline: () => true });
    await outbox.enqueue(reply());
    await outbox.enqueue(reply());
    const usage = outbox.usage();
    await outbox.close();
    expect(usage.sentToday).toBe(2);
  });
});

describe('discard', () => {
  it.each([
    ['a failed reply: removed, draft restored', 'failed', true],
    ['a held reply: removed, draft restored', 'held', true],
    ['a sent reply: refused', 'sent', false],
    ['a delivered reply: refused (it is out)', 'delivered', false],
    ['an unclear reply: refused (it may be out)', 'checking', false],
  ] as const)('%s', async (_why, phase, allowed) => {
    const dataDir = await tempDir();
    const seeded = record(phase, `discard-${phase}`);
    await seedDoc(dataDir, [seeded]);
    const f = fakes();
    f.imapDown = true; // keeps checking/delivered where they are
    const outbox = await open(dataDir, f);
    const result = await outbox.discard(seeded.id).then(
      (r) => r,
      () => 'refused',
    );
    const left = outbox.list(null).map((i) => i.id);
    await outbox.close();
    const files = await readdir(join(dataDir, 'outbox'));
    expect(result).toEqual(allowed ? { restoredDraft: true } : 'refused');
    expect(left).toEqual(allowed ? [] : [seeded.id]);
    expect(files.includes(seeded.rawFile)).toBe(!allowed);
    expect(f.restored).toEqual(allowed ? [{ threadId: seeded.threadId }] : []);
  });
});

describe('sending', () => {
  it('sends oldest first and records the day’s count durably', async () => {
    const dataDir = await tempDir();
    const f = fakes();
    const outbox = await open(dataDir, f, { offline: () => true });
    const a = await outbox.enqueue(reply('first'));
    const b = await outbox.enqueue(reply('second'));
    await outbox.close();
    const again = await open(dataDir, f);
    await until(again, b.id, (i) => i?.state === 'sent');
    await until(again, a.id, (i) => i?.state === 'sent');
    await again.close();
    const reopened = await open(dataDir, fakes(), { offline: () => true });
    const usage = reopened.usage();
    await reopened.close();
    expect(f.sends).toEqual(['first@shop.example', 'second@shop.example']);
    expect(usage.sentToday).toBe(2);
  });
});

describe('the collision check before each send', () => {
  it.each([
    ['no collision: sent', async () => ({ hold: false as const }), 'sent', 1, null],
    [
      'a newer buyer message: held, not sent',
      async () => ({ hold: true as const, code: 'newer-message' as const, messageIds: ['m2'] }),
      'held',
      0,
      'newer-message',
    ],
    [
      'the check cannot reach the server: waits as offline, not sent',
      async () => Promise.reject(new Error('sync failed: ECONNREFUSED')),
      'queued',
      0,
      'offline',
    ],
  ] as const)('%s', async (_why, beforeSend, state, sends, problem) => {
    const dataDir = await tempDir();
    const f = fakes();
    const outbox = await open(dataDir, f, { beforeSend });
    const item = await outbox.enqueue(reply());
    const after = await until(
      outbox,
      item.id,
      (i) => i?.state === state && (problem === null || i.problem?.code === problem),
    );
    await outbox.close();
    expect({ state: after?.state, problem: after?.problem?.code ?? null, sends: f.sends.length }).toEqual({
      state,
      problem,
      sends,
    });
  });
});

describe('offline and back', () => {
  const status = { lastSyncedAt: null, error: null, progress: null };
  it.each([
    ['connected after offline wakes the reply at once', ['offline', 'connected'], 1],
    ['idle after an error wakes it too', ['error', 'idle'], 1],
    ['connected without a drop before it does not (the backoff still runs)', ['connected'], 0],
    ['still offline: nothing', ['offline', 'connecting'], 0],
  ] as const)('%s', async (_why, states, sends) => {
    const bus = new EventBus();
    let offline = true;
    const f = fakes();
    // A minute of backoff: within the test only the status change can wake the reply.
    const policy = { baseMs: 60_000, capMs: 60_000, jitter: 0 };
    const outbox = await open(await tempDir(), f, { offline: () => offline, bus, policy });
    const item = await outbox.enqueue(reply());
    await until(outbox, item.id, (i) => i?.problem?.code === 'offline');
    offline = false;
    for (const state of states) bus.emit('sync:status-changed', { ...status, state });
    await until(outbox, item.id, (i) => i?.state === 'sent');
    await outbox.close();
    expect(f.sends).toHaveLength(sends);
  });
});

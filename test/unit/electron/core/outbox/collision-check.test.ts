import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HelpdeskError } from '../../../../../electron/core/errors.js';
import type { SyncService } from '../../../../../electron/core/mail/sync-service.js';
import { createCollisionCheck } from '../../../../../electron/core/outbox/collision-check.js';
import { openStore, type IncomingMessage, type Store } from '../../../../../electron/core/store/index.js';
import type { CollisionDecision } from '../../../../../shared/domain/outbox/collision.js';
import { incoming } from './meta-fixture.js';

/*
 * The core side of the collision check: it syncs before it decides (so the decision sees the
 * server, not the cache), rejects when the sync cannot reach the server, and picks the thread's
 * messages out of the store. The decision itself is tested in shared/domain/outbox/collision.
 */

const STARTED = '2024-05-01T10:00:00.000Z';
const at = (minutes: number): string => new Date(Date.parse(STARTED) + minutes * 60_000).toISOString();
const item = {
  threadId: 't1',
  inReplyTo: 'inbox:100:1',
  draftStartedAt: STARTED,
  messageId: 'own@desk.test',
};

let dir = '';
let store: Store;

/** A sync that writes what "the server" has into the store, or fails like an unreachable one. */
function fakeSync(
  arrives: IncomingMessage[],
  failure: Error | null = null,
): { sync: SyncService; calls: () => number } {
  let calls = 0;
  const sync = {
    syncNow: async () => {
      calls++;
      if (failure) throw failure;
      await store.putMessages(arrives);
      return { inbox: null, sent: null, durationMs: 0 };
    },
  } as unknown as SyncService;
  return { sync, calls: () => calls };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'collision-check-'));
  store = (await openStore(dir, { fsync: false })).store;
  await store.putMessages([incoming({ uid: 1, date: at(-60) })]);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

interface Case {
  why: string;
  /** What the sync brings from the server. */
  arrives: IncomingMessage[];
  expected: CollisionDecision;
}

const cases: Case[] = [
  { why: 'nothing new on the server', arrives: [], expected: { hold: false } },
  {
    why: 'the sync brings a follow-up the cache did not have yet',
    arrives: [incoming({ uid: 2, date: at(3) })],
    expected: { hold: true, code: 'newer-message', messageIds: ['inbox:100:2'] },
  },
  {
    why: 'the sync brings another desk’s reply from Sent',
    arrives: [incoming({ uid: 7, mailbox: 'sent', date: at(2) })],
    expected: { hold: true, code: 'answered-elsewhere', messageIds: ['sent:100:7'] },
  },
  {
    why: 'our own reply in Sent is not a collision',
    arrives: [incoming({ uid: 7, mailbox: 'sent', date: at(2), messageId: 'own@desk.test' })],
    expected: { hold: false },
  },
  {
    why: 'a message of another thread does not count',
    arrives: [incoming({ uid: 2, date: at(3), threadId: 't2' })],
    expected: { hold: false },
  },
];

describe('createCollisionCheck', () => {
  it.each(cases)('$why', async ({ arrives, expected }) => {
    const { sync, calls } = fakeSync(arrives);
    const decision = await createCollisionCheck({ store, sync })(item);
    expect([calls(), decision]).toEqual([1, expected]);
  });

  it('a reply in the thread the answered message was merged into still counts', async () => {
    await store.setThreadIds([{ id: 'inbox:100:1', threadId: 't-merged' }]);
    const { sync } = fakeSync([incoming({ uid: 7, mailbox: 'sent', date: at(2), threadId: 't-merged' })]);
    expect(await createCollisionCheck({ store, sync })(item)).toEqual({
      hold: true,
      code: 'answered-elsewhere',
      messageIds: ['sent:100:7'],
    });
  });

  const acks: Array<[string, IncomingMessage, CollisionDecision['hold']]> = [
    ['a second buyer message does not hold an acknowledgement', incoming({ uid: 2, date: at(3) }), false],
    ['an answer already sent does', incoming({ uid: 7, mailbox: 'sent', date: at(2) }), true],
  ];
  it.each(acks)('auto-ack: %s', async (_why, arrives, hold) => {
    const { sync } = fakeSync([arrives]);
    const decision = await createCollisionCheck({ store, sync })({ ...item, kind: 'auto-ack' });
    expect(decision.hold).toBe(hold);
  });

  it('a reply without a thread is not compared with every unthreaded message in the store', async () => {
    const { sync } = fakeSync([incoming({ uid: 2, date: at(3), threadId: '' })]);
    const unthreaded = { ...item, threadId: '', inReplyTo: null };
    expect(await createCollisionCheck({ store, sync })(unthreaded)).toEqual({ hold: false });
  });

  const failures: Array<[string, SyncService | null, string]> = [
    [
      'the server cannot be reached',
      fakeSync([], new HelpdeskError('connection-refused', 'refused')).sync,
      'connection-refused',
    ],
    ['no account configured', null, 'offline'],
  ];
  it.each(failures)('%s: rejects, so the outbox treats it as offline', async (_why, sync, code) => {
    await expect(createCollisionCheck({ store, sync })(item)).rejects.toMatchObject({ code });
  });
});

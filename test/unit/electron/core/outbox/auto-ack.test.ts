import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoAcknowledger } from '../../../../../electron/core/outbox/auto-ack.js';
import type { OutgoingReply } from '../../../../../electron/core/outbox/outbox-port.js';
import { EventBus } from '../../../../../electron/core/event-bus.js';
import { openStore, STORE_SCHEMA_VERSION, type Store } from '../../../../../electron/core/store/index.js';
import type { JsonValue } from '../../../../../electron/core/store/store-types.js';
import type { OutboxItemView } from '../../../../../shared/api/schemas/outbox.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { BUYER, incoming, OTHER_BUYER } from './meta-fixture.js';

/*
 * The acknowledger over a real store on disk, a fake outbox port and a fake composer: what is
 * queued, what the ledger keeps across a restart, and what must never be sent twice.
 */

const T0 = Date.parse('2024-05-01T01:00:00.000Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const BODIES = {
  ja: 'お問い合わせありがとうございます。',
  zh: '感谢。',
  ko: '감사합니다.',
  en: 'Thank you.',
};
const REPLIES = (enabled: boolean, bodies: JsonValue = BODIES): JsonValue => ({
  compliance: {},
  averageDailyOrders: 10,
  autoAck: { enabled, bodies },
});

class FakePort {
  queued: OutgoingReply[] = [];
  failWith: Error | null = null;
  /** The ledger entries on disk at the moment each reply was handed over. */
  ledgerAtEnqueue: unknown[][] = [];
  async enqueue(reply: OutgoingReply): Promise<OutboxItemView> {
    const onDisk = JSON.parse(await readFile(join(dir, 'auto-ack.json'), 'utf8')) as { entries: unknown[] };
    this.ledgerAtEnqueue.push(onDisk.entries);
    if (this.failWith) throw this.failWith;
    this.queued.push(reply);
    return { id: `ob-${this.queued.length}` } as OutboxItemView; // only the id is read
  }
}

const compose = async (meta: MessageMeta, body: string): Promise<OutgoingReply> => ({
  kind: 'auto-ack',
  messageId: `ack-${meta.id}@desk.test`,
  raw: Buffer.from(body),
  envelope: { from: 'shop@example.com', to: [meta.buyer?.address ?? ''] },
  to: meta.buyer?.address ?? '',
  subject: `Re: ${meta.subject}`,
  snippet: body,
  threadId: meta.threadId,
  inReplyTo: meta.id,
  draftStartedAt: new Date(T0).toISOString(),
  draft: null,
});

let dir = '';
let store: Store;
let port: FakePort;
let now = T0;
const clock = { now: () => new Date(now) };
const open = (bus?: EventBus): Promise<AutoAcknowledger> =>
  AutoAcknowledger.open({ store, clock, dataDir: dir, port, compose, dayKey: utcDay, fsync: false, bus });
const enable = (on = true, bodies?: JsonValue): Promise<void> =>
  store.updateSettings({ prefs: { replies: REPLIES(on, bodies) } });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'auto-ack-'));
  store = (await openStore(dir, { fsync: false, now: () => clock.now() })).store;
  port = new FakePort();
  now = T0;
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('AutoAcknowledger: settings', () => {
  const settings: Array<[string, JsonValue | undefined, number]> = [
    ['no reply settings at all: off', undefined, 0],
    ['switched off', REPLIES(false), 0],
    ['a body missing: invalid, so off', REPLIES(true, { ja: 'x', en: 'y' }), 0],
    ['not an object: off', 'yes', 0],
    ['switched on with bodies', REPLIES(true), 1],
  ];
  it.each(settings)('%s', async (_why, replies, expected) => {
    if (replies !== undefined) await store.updateSettings({ prefs: { replies } });
    const acker = await open();
    await acker.settingsChanged(); // the clock of "arrived after switching on" starts here
    await store.putMessages([incoming({ uid: 1, date: at(1) })]);
    now = T0 + 2 * 60_000;
    await acker.onNewMessages();
    expect(port.queued.length).toBe(expected);
    expect(acker.enabledSince).toBe(expected === 1 ? new Date(T0).toISOString() : null);
    await acker.close();
  });
});

describe('AutoAcknowledger: sending', () => {
  it('queues one acknowledgement per fresh buyer message, in the buyer’s language, and ledgers it', async () => {
    await enable();
    const acker = await open();
    await acker.settingsChanged();
    await store.putMessages([
      incoming({ uid: 1, date: at(1) }),
      incoming({ uid: 2, date: at(2), language: 'en', buyer: { address: OTHER_BUYER, name: '' } }),
    ]);
    now = T0 + 5 * 60_000;
    await acker.onNewMessages();
    expect(port.queued.map((r) => [r.inReplyTo, r.raw.toString()])).toEqual([
      ['inbox:100:1', BODIES.ja],
      ['inbox:100:2', BODIES.en],
    ]);
    // Each entry was on disk, still 'pending', before the outbox saw the reply (at most once).
    expect(port.ledgerAtEnqueue.map((entries) => entries.length)).toEqual([1, 2]);
    expect(port.ledgerAtEnqueue[1]?.[1]).toMatchObject({ messageId: 'inbox:100:2', outcome: 'pending' });
    expect(acker.ledger.map((e) => [e.messageId, e.outcome, e.outboxId])).toEqual([
      ['inbox:100:1', 'queued', 'ob-1'],
      ['inbox:100:2', 'queued', 'ob-2'],
    ]);
    await acker.close();
  });

  it('mail already there when the feature was switched on is not acknowledged', async () => {
    await store.putMessages([incoming({ uid: 1, date: at(-5) })]);
    await enable();
    const acker = await open();
    await acker.onNewMessages(); // first pass with the feature on: the clock starts now
    expect(port.queued).toEqual([]);
    await acker.close();
  });

  it('never twice: not on the next sync, not after a restart, not for a second message that day', async () => {
    await enable();
    let acker = await open();
    await acker.settingsChanged();
    await store.putMessages([incoming({ uid: 1, date: at(1) })]);
    now = T0 + 2 * 60_000;
    await acker.onNewMessages();
    await acker.onNewMessages();
    await acker.close();
    acker = await open(); // a restart reads the ledger back from disk
    await store.putMessages([incoming({ uid: 2, date: at(3) })]);
    now = T0 + 4 * 60_000;
    const plan = await acker.onNewMessages();
    expect(port.queued.length).toBe(1);
    expect(plan.skipped).toContainEqual({ id: 'inbox:100:2', reason: 'buyer-acked-today' });
    await acker.close();
  });

  it('a crash after the ledger entry but before the outbox took it: that acknowledgement is lost, never doubled', async () => {
    await enable();
    const pending = {
      v: STORE_SCHEMA_VERSION,
      enabledSince: at(-10),
      entries: [
        {
          buyer: BUYER,
          day: utcDay(T0),
          messageId: 'inbox:100:1',
          headerId: 'inbox-1@fixture.test',
          at: at(1),
          outcome: 'pending',
          outboxId: null,
          detail: null,
        },
      ],
    };
    await writeFile(join(dir, 'auto-ack.json'), JSON.stringify(pending));
    await store.putMessages([incoming({ uid: 1, date: at(1) })]);
    const acker = await open();
    now = T0 + 2 * 60_000;
    const plan = await acker.onNewMessages();
    expect([port.queued.length, plan.skipped]).toEqual([0, [{ id: 'inbox:100:1', reason: 'already-acked' }]]);
    await acker.close();
  });

  const failures: Array<[string, Error, string]> = [
    [
      'the daily message limit is reached: skipped silently',
      nameError('DailyLimitError', 'limit 650'),
      'limit',
    ],
    ['the outbox cannot take it (disk full)', new Error('ENOSPC'), 'failed'],
  ];
  it.each(failures)('%s, ledgered, and not retried on the next pass', async (_why, error, outcome) => {
    await enable();
    const acker = await open();
    await acker.settingsChanged();
    await store.putMessages([incoming({ uid: 1, date: at(1) })]);
    port.failWith = error;
    now = T0 + 2 * 60_000;
    await expect(acker.onNewMessages()).resolves.toMatchObject({ acks: [{ buyer: BUYER }] });
    port.failWith = null;
    await acker.onNewMessages();
    expect([port.queued.length, acker.ledger.map((e) => [e.outcome, e.detail])]).toEqual([
      0,
      [[outcome, error.message]],
    ]);
    const onDisk = JSON.parse(await readFile(join(dir, 'auto-ack.json'), 'utf8')) as { entries: unknown[] };
    expect(onDisk.entries).toHaveLength(1);
    await acker.close();
  });

  it('an acknowledgement another desk sent today (an auto-reply in Sent) counts', async () => {
    await enable();
    const acker = await open();
    await acker.settingsChanged();
    await store.putMessages([
      incoming({
        uid: 9,
        mailbox: 'sent',
        date: at(1),
        automated: 'auto-reply',
        to: [{ name: '', address: BUYER.toUpperCase() }],
      }),
      incoming({ uid: 1, date: at(2) }),
    ]);
    now = T0 + 3 * 60_000;
    await acker.onNewMessages();
    expect(port.queued).toEqual([]);
    await acker.close();
  });

  it('a message the classifier had not judged waits, and goes once the verdict is announced', async () => {
    await enable();
    const acker = await open();
    await acker.settingsChanged();
    await store.putMessages([incoming({ uid: 1, date: at(1), triage: null })]);
    now = T0 + 2 * 60_000;
    await acker.onNewMessages();
    expect(port.queued.length).toBe(0);
    await store.setTriage([
      {
        id: 'inbox:100:1',
        triage: { category: 'inquiry', confidence: 1, uncertain: false, cues: [], signals: [] },
      },
    ]);
    await acker.onNewMessages(['inbox:100:1']);
    expect(port.queued.map((r) => r.inReplyTo)).toEqual(['inbox:100:1']);
    await acker.close();
  });

  it('listens to the bus: a sync’s "messages:changed" with no ids brings new mail', async () => {
    await enable();
    const bus = new EventBus();
    const acker = await open(bus);
    await acker.settingsChanged();
    await store.putMessages([incoming({ uid: 1, date: at(1) })]);
    now = T0 + 2 * 60_000;
    bus.emit('messages:changed', { ids: [] });
    await acker.close(); // waits for the pass the event started
    expect(port.queued.length).toBe(1);
    bus.emit('messages:changed', { ids: [] }); // closed: no longer listening, and nothing breaks
    expect(port.queued.length).toBe(1);
  });

  it('switching off forgets when it was on: switching on again starts a new clock', async () => {
    await enable();
    const acker = await open();
    await acker.settingsChanged();
    await enable(false);
    now = T0 + 10 * 60_000;
    await acker.settingsChanged();
    expect(acker.enabledSince).toBeNull();
    await store.putMessages([incoming({ uid: 1, date: at(11) })]); // arrives while off
    now = T0 + 12 * 60_000;
    await enable(true);
    await acker.settingsChanged();
    expect([acker.enabledSince, port.queued.length]).toEqual([at(12), 0]);
    await acker.close();
  });
});

function nameError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

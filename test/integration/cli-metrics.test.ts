import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomatedKind, MailboxRole } from '../../shared/domain/message.js';
import type { ResponseMetrics, WindowMetrics } from '../../shared/domain/triage/metrics.js';
import { openStore, type IncomingMessage, type Store } from '../../electron/core/store/index.js';
import { runCliProcess, type CliRun } from '../support/sync-harness.js';
import { message } from '../unit/electron/core/store/store-test-helpers.js';

/*
 * `cli metrics --data-dir DIR [--now ISO]` (issue 4 item 7): the response metrics of a real
 * store, as pretty JSON a script can read. A fixed --now makes every number below exact.
 */

const NOW = '2024-06-10T12:00:00.000Z';
const H = 3600_000;
const at = (msBeforeNow: number): string => new Date(Date.parse(NOW) - msBeforeNow).toISOString();

interface Seed {
  uid: number;
  mailbox: MailboxRole;
  thread: string;
  date: string;
  flags?: string[];
  automated?: AutomatedKind;
}

// The mailbox as staff left it; the comment says how the marketplace's measure treats each.
const SEEDS: Seed[] = [
  { uid: 1, mailbox: 'inbox', thread: 'tA', date: at(30 * H), flags: ['$HD_Complaint'] }, // overdue complaint
  { uid: 2, mailbox: 'inbox', thread: 'tB', date: at(10 * H) }, // pending: 14 h left
  { uid: 3, mailbox: 'inbox', thread: 'tC', date: at(48 * H) }, // answered after 8 h
  { uid: 4, mailbox: 'inbox', thread: 'tD', date: at(50 * H), flags: ['$HD_NoReply'] }, // excluded
  { uid: 5, mailbox: 'inbox', thread: 'tE', date: at(60 * H), automated: 'marketplace-notice' }, // excluded
  { uid: 6, mailbox: 'inbox', thread: 'tF', date: at(120 * H) }, // answered late, after 30 h
  { uid: 7, mailbox: 'inbox', thread: 'tG', date: at(70 * H), flags: ['$HD_Spam'] }, // excluded
  { uid: 8, mailbox: 'inbox', thread: 'tH', date: at(26 * H), flags: ['$HD_To_alice'] }, // overdue, alice's
  { uid: 9, mailbox: 'inbox', thread: 'tI', date: at(40 * 24 * H) }, // 40 days ago, answered after 2 h
  { uid: 10, mailbox: 'inbox', thread: 'tJ', date: at(20 * 24 * H), flags: ['\\Answered'] }, // answered elsewhere
  { uid: 1, mailbox: 'sent', thread: 'tC', date: at(40 * H) },
  { uid: 2, mailbox: 'sent', thread: 'tF', date: at(90 * H) },
  { uid: 3, mailbox: 'sent', thread: 'tI', date: at(40 * 24 * H - 2 * H) },
  // Our automatic acknowledgement in A's thread: not a response, A stays overdue.
  { uid: 4, mailbox: 'sent', thread: 'tA', date: at(29 * H), automated: 'auto-reply' },
];

function incoming(seed: Seed): IncomingMessage {
  const m = message({ uid: seed.uid, mailbox: seed.mailbox, date: seed.date, flags: seed.flags });
  return {
    ...m,
    meta: { ...m.meta, threadId: seed.thread, automated: seed.automated ?? 'none' },
  };
}

const metricsOf = (run: CliRun): ResponseMetrics => JSON.parse(run.stdout.join('\n')) as ResponseMetrics;

describe('cli metrics over a seeded store', () => {
  const dirs: string[] = [];
  const held: Store[] = [];
  let dir = '';
  let fixed: CliRun;
  let metrics: ResponseMetrics;

  const freshDir = async (): Promise<string> => {
    const d = await mkdtemp(join(tmpdir(), 'cli-metrics-'));
    dirs.push(d);
    return d;
  };

  beforeAll(async () => {
    dir = await freshDir();
    const { store } = await openStore(dir);
    await store.putMessages(SEEDS.map(incoming));
    await store.close();
    fixed = await runCliProcess(['metrics', '--data-dir', dir, '--now', NOW]);
    metrics = metricsOf(fixed);
  });
  afterAll(async () => {
    await Promise.all(held.map((s) => s.close()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('exits 0 with one pretty-printed (2-space) JSON document stamped with --now', () => {
    expect(fixed.code).toBe(0);
    expect(fixed.stdout[0]).toBe('{');
    expect(fixed.stdout[1]).toMatch(/^ {2}"generatedAt": /);
    expect(metrics.generatedAt).toBe(NOW);
  });

  it('overdue now: the two unanswered messages past 24 h, by category and by staff', () => {
    expect(metrics.overdueNow).toBe(2);
    expect(metrics.overdueByCategory).toEqual({ inquiry: 1, complaint: 1, thanks: 0, spam: 0 });
    expect(metrics.overdueByStaff).toEqual({ '': 1, alice: 1 });
  });

  // [days, buyer messages, answered, elsewhere, within 24 h, share, median ms, pending, why]
  const WINDOWS: Array<[number, number, number, number, number, number, number, number, string]> = [
    [7, 5, 2, 0, 1, 0.25, 19 * H, 1, 'no-reply, spam and notices left out; the auto-ack answers nothing'],
    [30, 6, 3, 1, 1, 0.25, 19 * H, 1, 'answered in Seller Central: answered, but out of share and median'],
    [90, 7, 4, 1, 2, 0.4, 8 * H, 1, 'the 40-day-old message answered in 2 h comes in'],
  ];
  it.each(WINDOWS)(
    '%i-day window: %i buyer messages (%s)',
    (days, buyerMessages, answered, elsewhere, within, share, median, pending) => {
      const w = metrics.windows.find((x) => x.days === days);
      expect(w).toMatchObject<Partial<WindowMetrics>>({
        buyerMessages,
        answered,
        answeredElsewhere: elsewhere,
        answeredWithin24h: within,
        shareWithin24h: share,
        medianFirstResponseMs: median,
        pending,
      });
    },
  );

  it('per category and per staff member in the 7-day window', () => {
    const w = metrics.windows.find((x) => x.days === 7);
    expect(w?.byCategory.complaint.buyerMessages).toBe(1);
    expect(w?.byCategory.inquiry.buyerMessages).toBe(4);
    expect(w?.byCategory.spam.buyerMessages).toBe(0);
    expect(w?.byStaff.alice?.buyerMessages).toBe(1);
    expect(w?.byStaff['']?.buyerMessages).toBe(4);
  });

  it('the same --now gives byte-identical output', async () => {
    const again = await runCliProcess(['metrics', '--data-dir', dir, '--now', NOW]);
    expect(again.stdout).toEqual(fixed.stdout);
  });

  it('without --now the clock is now: by today the pending 2024 message is overdue too', async () => {
    const before = Date.now();
    const run = await runCliProcess(['metrics', '--data-dir', dir]);
    expect(run.code).toBe(0);
    const generated = Date.parse(metricsOf(run).generatedAt);
    expect(generated).toBeGreaterThanOrEqual(before);
    expect(metricsOf(run).overdueNow).toBe(3);
  });

  // [why, args, exit status, stderr fragment]
  const FAILURES: Array<[string, () => Promise<string[]>, number, string]> = [
    ['no --data-dir', async () => ['metrics', '--now', NOW], 64, '--data-dir DIR is required'],
    [
      '--now not a time',
      async () => ['metrics', '--data-dir', dir, '--now', 'yesterday'],
      64,
      '--now must be',
    ],
    [
      '--now without a zone',
      async () => ['metrics', '--data-dir', dir, '--now', '2024-06-10T12:00:00'],
      64,
      '--now must be',
    ],
    ['unknown option', async () => ['metrics', '--data-dir', dir, '--since', '7d'], 64, 'usage:'],
    ['DIR does not exist', async () => ['metrics', '--data-dir', join(dir, 'no-such')], 1, 'does not exist'],
    [
      'DIR held by a running app',
      async () => {
        const locked = await freshDir();
        held.push((await openStore(locked)).store);
        return ['metrics', '--data-dir', locked];
      },
      1,
      'in use by another running process',
    ],
  ];
  it.each(FAILURES)('%s: nothing on stdout, an error on stderr', async (_why, args, code, fragment) => {
    const run = await runCliProcess(await args());
    expect(run.code).toBe(code);
    expect(run.stdout).toEqual([]);
    expect(run.stderr.join('\n')).toContain(fragment);
  });
});

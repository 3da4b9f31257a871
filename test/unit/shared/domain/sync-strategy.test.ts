import { describe, expect, it } from 'vitest';
import {
  batchUidsBySize,
  type BatchLimits,
  SMALL_MESSAGE_BYTES,
  decideSync,
  missingUids,
  toSequenceSet,
  vanishedUids,
  type ServerMailboxState,
  type StoredMailboxState,
} from '../../../../shared/domain/sync-strategy.js';

const server = (over: Partial<ServerMailboxState> = {}): ServerMailboxState => ({
  uidValidity: '100',
  uidNext: 11,
  exists: 10,
  highestModseq: '50',
  qresync: true,
  condstore: true,
  ...over,
});
const stored = (over: Partial<StoredMailboxState> = {}): StoredMailboxState => ({
  uidValidity: '100',
  lastSeenUid: 10,
  highestModseq: '50',
  ...over,
});

describe('decideSync', () => {
  const cases: Array<[string, StoredMailboxState | null, ServerMailboxState, string]> = [
    ['first sync of a mailbox fetches everything', null, server(), 'initial'],
    ['UIDVALIDITY change invalidates every stored UID', stored({ uidValidity: '99' }), server(), 'reseed'],
    ['same modseq and no new UIDs needs no fetch at all', stored(), server(), 'up-to-date'],
    ['new UID with same modseq still fetches', stored(), server({ uidNext: 12 }), 'qresync'],
    [
      'modseq moved: QRESYNC asks for changes and VANISHED',
      stored(),
      server({ highestModseq: '51' }),
      'qresync',
    ],
    [
      'no QRESYNC: CONDSTORE finds flag changes, expunges need a UID diff',
      stored(),
      server({ highestModseq: '51', qresync: false }),
      'condstore',
    ],
    [
      'no mod-sequences on the server: full UID and flag comparison',
      stored({ highestModseq: null }),
      server({ highestModseq: null, qresync: false, condstore: false }),
      'uid-diff',
    ],
    [
      'we never stored a modseq (server gained CONDSTORE later): UID diff once',
      stored({ highestModseq: null }),
      server(),
      'uid-diff',
    ],
    [
      'server lost its modseq (NOMODSEQ) though we had one: UID diff',
      stored(),
      server({ highestModseq: null }),
      'uid-diff',
    ],
    [
      'a crash mid-batch left lastSeenUid behind uidNext: fetch the rest',
      stored({ lastSeenUid: 5 }),
      server(),
      'qresync',
    ],
  ];
  it.each(cases)('%s', (_why, s, srv, expected) => {
    expect(decideSync(s, srv).type).toBe(expected);
  });

  it('carries the stored modseq as the CHANGEDSINCE value', () => {
    const plan = decideSync(stored({ highestModseq: '42' }), server({ highestModseq: '60' }));
    expect(plan).toMatchObject({ type: 'qresync', since: '42' });
  });
});

describe('UID arithmetic', () => {
  it.each([
    ['nothing stored', [1, 2, 3], [], [1, 2, 3], []],
    ['all stored', [1, 2, 3], [1, 2, 3], [], []],
    ['gap in the middle from a crashed batch', [1, 2, 3, 4], [1, 4], [2, 3], []],
    ['expunged on another desk', [2, 3], [1, 2, 3], [], [1]],
    ['unsorted server answer', [3, 1, 2], [2], [1, 3], []],
  ])('%s', (_why, serverUids, storedUids, missing, vanished) => {
    expect(missingUids(serverUids, new Set(storedUids))).toEqual(missing);
    expect(vanishedUids(serverUids, storedUids)).toEqual(vanished);
  });

  it.each([
    [[], ''],
    [[7], '7'],
    [[1, 2, 3, 5, 7, 8], '1:3,5,7:8'],
    [[10, 11, 12, 13], '10:13'],
  ])('sequence set of %j is %s', (uids, expected) => {
    expect(toSequenceSet(uids)).toBe(expected);
  });

  const KB = 1024;
  const S = SMALL_MESSAGE_BYTES;
  it.each<{
    why: string;
    uids: number[];
    large: Array<[number, number | null]>;
    limits: BatchLimits;
    expected: number[][];
  }>([
    {
      why: 'count limit alone',
      uids: [1, 2, 3, 4, 5],
      large: [],
      limits: { maxCount: 2, maxBytes: 1e9 },
      expected: [[1, 2], [3, 4], [5]],
    },
    { why: 'nothing to fetch', uids: [], large: [], limits: { maxCount: 3, maxBytes: 1e9 }, expected: [] },
    {
      why: 'fewer than the count',
      uids: [1, 2],
      large: [],
      limits: { maxCount: 5, maxBytes: 1e9 },
      expected: [[1, 2]],
    },
    {
      why: 'small ones count as their bound',
      uids: [1, 2, 3, 4, 5],
      large: [],
      limits: { maxCount: 100, maxBytes: 2 * S },
      expected: [[1, 2], [3, 4], [5]],
    },
    {
      why: 'bytes exactly at the limit fit',
      uids: [1, 2, 3],
      large: [],
      limits: { maxCount: 100, maxBytes: 3 * S },
      expected: [[1, 2, 3]],
    },
    {
      why: 'a large one fills a batch by its size',
      uids: [1, 2, 3, 4],
      large: [[2, 3 * S]],
      limits: { maxCount: 100, maxBytes: 4 * S },
      expected: [
        [1, 2],
        [3, 4],
      ],
    },
    {
      why: 'one over the limit goes alone',
      uids: [1, 2, 3],
      large: [[2, 50 * S]],
      limits: { maxCount: 100, maxBytes: 4 * S },
      expected: [[1], [2], [3]],
    },
    {
      why: 'unknown size goes alone',
      uids: [1, 2, 3],
      large: [[2, null]],
      limits: { maxCount: 100, maxBytes: 4 * S },
      expected: [[1], [2], [3]],
    },
    {
      why: 'photo attachments: 3 MB each, 16 MB batches',
      uids: [1, 2, 3, 4, 5, 6, 7],
      large: [1, 2, 3, 4, 5, 6, 7].map((u): [number, number] => [u, 3072 * KB]),
      limits: { maxCount: 500, maxBytes: 16384 * KB },
      expected: [
        [1, 2, 3, 4, 5],
        [6, 7],
      ],
    },
    {
      why: 'sizes for UIDs not asked for are ignored',
      uids: [1, 2],
      large: [[9, 1e9]],
      limits: { maxCount: 100, maxBytes: 4 * S },
      expected: [[1, 2]],
    },
  ])('batches: $why', ({ uids, large, limits, expected }) => {
    expect(batchUidsBySize(uids, new Map(large), limits)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  batchUids,
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

  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[], 3, []],
    [[1, 2], 5, [[1, 2]]],
  ])('batches %j by %i', (uids, size, expected) => {
    expect(batchUids(uids, size)).toEqual(expected);
  });
});

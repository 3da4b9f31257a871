import { describe, expect, it } from 'vitest';
import { partitionViews, viewsOf, type ViewInput, type ViewName } from '../../../../shared/domain/views.js';

function msg(overrides: Partial<ViewInput> = {}): ViewInput {
  return {
    id: 'inbox:1:1',
    mailbox: 'inbox',
    automated: 'none',
    flags: [],
    expungedAt: null,
    threadId: 't1',
    date: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

// [message, our latest reply in its thread, expected views, why]
const membership: [ViewInput, string | undefined, ViewName[], string][] = [
  [msg(), undefined, ['needs-reply', 'all', 'buyer'], 'a fresh buyer message needs a reply'],
  [msg({ flags: ['\\Seen'] }), undefined, ['needs-reply', 'all', 'buyer'], 'reading is not answering'],
  [msg({ flags: ['\\Answered'] }), undefined, ['all', 'buyer'], 'answered elsewhere (\\Answered)'],
  [msg({ flags: ['\\answered'] }), undefined, ['all', 'buyer'], 'flag names are case-insensitive (RFC 3501)'],
  [msg({ flags: ['$HD_NoReply'] }), undefined, ['all', 'buyer', 'no-reply'], '返信不要 leaves needs-reply'],
  [
    msg({ flags: ['$Junk'] }),
    undefined,
    ['all', 'buyer', 'spam'],
    'server junk filter: spam, never answered',
  ],
  [msg({ flags: ['$HD_Spam'] }), undefined, ['all', 'buyer', 'spam'], 'reported by staff as spam'],
  [
    msg({ automated: 'marketplace-notice' }),
    undefined,
    ['all'],
    'a shipping notice needs no reply and is no buyer',
  ],
  [msg({ automated: 'bounce' }), undefined, ['all'], 'an opt-out bounce needs no reply'],
  [msg({ automated: 'auto-reply' }), undefined, ['all'], 'never answer an auto-reply (RFC 3834 loops)'],
  [msg({ expungedAt: '2024-05-02T00:00:00.000Z' }), undefined, [], 'expunged: history only, in no view'],
  [
    msg({ flags: ['$HD_Spam'], expungedAt: '2024-05-02T00:00:00.000Z' }),
    undefined,
    ['spam'],
    'reported spam moved to Junk: still listed as spam (history for disputes)',
  ],
  [msg({ mailbox: 'sent' }), undefined, ['sent'], 'our own reply is only in Sent'],
  [msg({ mailbox: 'sent', expungedAt: '2024-05-02T00:00:00.000Z' }), undefined, [], 'deleted from Sent'],
  [msg(), '2024-05-01T11:00:00.000Z', ['all', 'buyer'], 'we replied in the thread after it arrived'],
  [msg(), '2024-05-01T09:00:00.000Z', ['needs-reply', 'all', 'buyer'], 'a follow-up after our reply'],
  [msg(), '2024-05-01T10:00:00.000Z', ['all', 'buyer'], 'a reply at the same instant counts as answering'],
];

describe('viewsOf', () => {
  it.each(membership)('%j (reply %s) -> %j: %s', (meta, reply, expected) => {
    expect(viewsOf(meta, reply)).toEqual(expected);
  });
});

describe('partitionViews: thread-level needs-reply', () => {
  const metas = [
    msg({ id: 'b3', threadId: 'A', date: '2024-05-03T10:00:00.000Z' }), // follow-up after our reply
    msg({ id: 'r1', threadId: 'A', date: '2024-05-02T10:00:00.000Z', mailbox: 'sent' }),
    msg({ id: 'b2', threadId: 'A', date: '2024-05-01T12:00:00.000Z' }), // answered by r1
    msg({ id: 'b1', threadId: 'A', date: '2024-05-01T10:00:00.000Z' }), // answered by r1
    msg({ id: 'c1', threadId: 'B', date: '2024-05-01T09:00:00.000Z' }), // other thread: no reply
    msg({ id: 'old', threadId: 'C', date: '2024-04-01T09:00:00.000Z' }),
    msg({
      id: 'r0',
      threadId: 'C',
      date: '2024-04-02T09:00:00.000Z',
      mailbox: 'sent',
      expungedAt: '2024-04-03T00:00:00.000Z',
    }),
    msg({ id: 'n1', threadId: 'D', date: '2024-05-01T08:00:00.000Z', automated: 'marketplace-notice' }),
  ];
  const { lists, counts } = partitionViews(metas);
  const ids = (view: ViewName): string[] => lists[view].map((m) => m.id);

  // [view, expected ids in input order, why]
  it.each<[ViewName, string[], string]>([
    ['needs-reply', ['b3', 'c1'], 'only buyer messages newer than our last reply in their thread'],
    ['all', ['b3', 'b2', 'b1', 'c1', 'old', 'n1'], 'inbox, newest first as given'],
    ['buyer', ['b3', 'b2', 'b1', 'c1', 'old'], 'marketplace notices hidden'],
    ['sent', ['r1'], 'an expunged reply is not listed...'],
  ])('%s -> %j (%s)', (view, expected) => {
    expect(ids(view)).toEqual(expected);
  });

  it('...but still counts as the reply that answered its thread', () => {
    expect(ids('needs-reply')).not.toContain('old');
  });

  it('counts match the lists', () => {
    expect(counts).toEqual({ needsReply: 2, all: 6, buyer: 5, noReply: 0, sent: 1, spam: 0 });
  });
});

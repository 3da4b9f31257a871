import { describe, expect, it } from 'vitest';
import {
  isReplySubject,
  normalizeSubject,
  ThreadIndex,
  type ThreadInput,
} from '../../../../shared/domain/threading.js';

const X = 'aaaaaaaaaaaaaaa@marketplace.amazon.co.jp';
const Y = 'bbbbbbbbbbbbbbb@marketplace.amazon.co.jp';
const O1 = '503-1111111-1111111';
const O2 = '503-2222222-2222222';

let clock = 0;
function msg(id: string, over: Partial<ThreadInput> = {}): ThreadInput {
  clock += 1;
  return {
    id,
    messageId: `${id}@mail`,
    inReplyTo: null,
    references: [],
    buyerAddress: X,
    orderIds: [],
    subject: `subject of ${id}`,
    date: new Date(Date.UTC(2024, 0, 1, 0, clock)).toISOString(),
    ...over,
  };
}

/** Thread the messages in the given (arrival) order; returns id -> final thread id. */
function thread(messages: ThreadInput[]): Record<string, string> {
  const index = new ThreadIndex();
  for (const m of messages) index.assign(m);
  return Object.fromEntries(messages.map((m) => [m.id, index.threadOf(m.id) ?? '?']));
}

const a = msg('a', { orderIds: [O1], subject: '商品について' });
const b = msg('b', {
  inReplyTo: 'a@mail',
  references: ['a@mail'],
  buyerAddress: null,
  subject: 'Re: 商品について',
});
const c = msg('c', { inReplyTo: 'b@mail', references: ['a@mail', 'b@mail'], subject: 'Re: 商品について' });

const cases: Array<[name: string, messages: ThreadInput[], expected: Record<string, string>]> = [
  ['reply chain by In-Reply-To/References', [a, b, c], { a: 'a', b: 'a', c: 'a' }],
  ['out of order: children first, parent joins and gives its id', [c, b, a], { a: 'a', b: 'a', c: 'a' }],
  [
    'late parent bridges two threads that each held one of its children',
    [
      a,
      msg('d', { inReplyTo: 'p@mail', references: ['p@mail'] }),
      msg('p', { inReplyTo: 'a@mail', references: ['a@mail'] }),
    ],
    { a: 'a', d: 'a', p: 'a' },
  ],
  [
    'same buyer, same order ID, no headers',
    [a, msg('e', { orderIds: [O2, O1], subject: 'different' })],
    { a: 'a', e: 'a' },
  ],
  ['same buyer, other order: new thread', [a, msg('f', { orderIds: [O2] })], { a: 'a', f: 'f' }],
  [
    'other buyer quoting the same order ID: new thread',
    [a, msg('g', { buyerAddress: Y, orderIds: [O1] })],
    { a: 'a', g: 'g' },
  ],
  [
    'buyer "Re:" without order ID joins the same-subject thread',
    [a, msg('h', { subject: 'Ｒｅ：Re: 商品について' })],
    { a: 'a', h: 'a' },
  ],
  [
    '"Re:" joins the latest of two same-subject threads',
    [
      msg('s1', { subject: 'Question' }),
      msg('s2', { subject: 'Question' }),
      msg('s3', { subject: 'RE: question' }),
    ],
    { s1: 's1', s2: 's2', s3: 's2' },
  ],
  [
    'same subject without a reply prefix stays apart',
    [a, msg('i', { subject: '商品について' })],
    { a: 'a', i: 'i' },
  ],
  [
    'another buyer\'s "Re:" with the same subject stays apart',
    [a, msg('j', { buyerAddress: Y, subject: 'Re: 商品について' })],
    { a: 'a', j: 'j' },
  ],
  [
    'duplicated Message-ID does not merge two buyers',
    [
      msg('k1', { messageId: 'dup@x' }),
      msg('k2', { messageId: 'dup@x', buyerAddress: Y }),
      msg('k3', { inReplyTo: 'dup@x', references: ['dup@x'], buyerAddress: Y }),
    ],
    { k1: 'k1', k2: 'k2', k3: 'k2' },
  ],
  [
    'buyer-less reply to a duplicated Message-ID joins one thread, not both',
    [
      msg('l1', { messageId: 'dup2@x' }),
      msg('l2', { messageId: 'dup2@x', buyerAddress: Y }),
      msg('l3', { inReplyTo: 'dup2@x', references: ['dup2@x'], buyerAddress: null }),
    ],
    { l1: 'l1', l2: 'l2', l3: 'l1' },
  ],
  [
    'same message twice (Sent copy with the same Message-ID) shares a thread',
    [msg('m1', { messageId: 'same@x' }), msg('m2', { messageId: 'same@x', buyerAddress: null })],
    { m1: 'm1', m2: 'm1' },
  ],
  [
    'header link beats order ID: a reply quoting a new order stays in its thread',
    [a, msg('f2', { orderIds: [O2] }), msg('n', { inReplyTo: 'a@mail', orderIds: [O2] })],
    { a: 'a', f2: 'f2', n: 'a' },
  ],
  [
    'seller mail without buyer and without links: own thread',
    [msg('q', { buyerAddress: null, subject: 'Re: something' })],
    { q: 'q' },
  ],
];

describe('ThreadIndex', () => {
  it.each(cases)('%s', (_name, messages, expected) => {
    expect(thread(messages)).toEqual(expected);
  });

  it('reports the thread ids a late parent absorbed', () => {
    const index = new ThreadIndex();
    const child = { ...c, references: ['b@mail'] }; // a broken mailer that kept only the parent
    expect(index.assignDetailed(child)).toEqual({ threadId: 'c', absorbed: [] });
    expect(index.assignDetailed(a)).toEqual({ threadId: 'a', absorbed: [] }); // no link to c yet
    expect(index.assignDetailed(b)).toEqual({ threadId: 'a', absorbed: ['c'] });
    expect(index.threadOf('c')).toBe('a');
  });

  it('rebuild gives the same threads whatever the input order', () => {
    const all = cases.flatMap(([, messages]) => messages);
    const forward = new ThreadIndex().rebuild(all);
    const backward = new ThreadIndex().rebuild([...all].reverse());
    expect(backward).toEqual(forward);
    expect(forward.get('c')).toBe('a');
  });

  it('assigning a known id again is a no-op', () => {
    const index = new ThreadIndex();
    index.assign(a);
    expect(index.assign({ ...a, inReplyTo: 'zzz' })).toBe('a');
  });
});

describe('normalizeSubject / isReplySubject', () => {
  it.each([
    ['Re: Re: 商品について', '商品について', true, 'repeated Re:'],
    ['RE: Fwd: Question', 'Question', true, 'mixed reply and forward'],
    ['Ｒｅ：　配送について', '配送について', true, 'full-width Re and colon'],
    ['回复：退款', '退款', true, 'Chinese reply prefix'],
    ['答复: 退款', '退款', true, 'Chinese (formal) reply prefix'],
    ['转发: 订单', '订单', false, 'Chinese forward is not a reply'],
    ['답장: 배송', '배송', true, 'Korean reply prefix'],
    ['AW: Bestellung', 'Bestellung', true, 'German reply prefix'],
    ['[Important] Re: Your order', 'Your order', true, "the marketplace's [Important] tag"],
    ['【重要】 ご注文について', 'ご注文について', false, 'Japanese tag, no reply'],
    ['RE[2]: delivery', 'delivery', true, 'Outlook reply counter'],
    ['Regarding   my   order', 'Regarding my order', false, '"Re" inside a word is not a prefix'],
    ['', '', false, 'empty subject'],
  ])('%s -> %s', (input, expected, reply) => {
    expect(normalizeSubject(input)).toBe(expected);
    expect(isReplySubject(input)).toBe(reply);
  });
});

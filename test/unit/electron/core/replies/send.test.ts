import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import type { Email } from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyLimitError } from '../../../../../electron/core/outbox/daily-limit-error.js';
import type { OutgoingReply } from '../../../../../electron/core/outbox/outbox-port.js';
import { composeAutoAck } from '../../../../../electron/core/replies/compose-reply.js';
import type { Req } from '../../../../../shared/api/types.js';
import { BUYER, FILES, ORDER, SHOP, attach, openDesk, value, type Desk } from './reply-fixtures.js';

/* replies:send with a fake outbox: what reaches the outbox, and what is left when it does not. */

const input = (over: Partial<Req<'replies:send'>> = {}): Req<'replies:send'> => ({
  threadId: 't1',
  inReplyTo: 'inbox:1:2',
  subject: 'Re: Re: 商品について',
  body: `山田 太郎様\n\nご注文番号 ${ORDER} の件、本日発送いたしました。到着まで今しばらくお待ちください。`,
  html: null,
  important: false,
  confirmedLinks: [],
  attachmentPurposes: {},
  ...over,
});

let desk: Desk;
let api: Desk['api'];

beforeEach(async () => {
  desk = await openDesk();
  ({ api } = desk);
});
afterEach(async () => desk.cleanup());

const only = (queued: OutgoingReply[]): OutgoingReply => {
  expect(queued).toHaveLength(1);
  const [reply] = queued;
  if (reply === undefined) throw new Error('nothing queued');
  return reply;
};
const parse = (reply: OutgoingReply): Promise<Email> => PostalMime.parse(reply.raw);
const header = (email: Email, key: string): string[] =>
  email.headers.filter((h) => h.key === key).map((h) => h.value);
const files = async (): Promise<string[]> => readdir(join(desk.dir, 'drafts', 'attachments'));

describe('replies:send queues the reply', () => {
  it('in the buyer thread: threading headers, one Re:, the fixed Message-ID, the quote, a Japanese attachment name', async () => {
    const a = value(await attach(api, '請求書_2026年11月.pdf', 'invoice', FILES.pdf));
    const result = value(await api['replies:send'](input({ attachmentPurposes: { [a.id]: 'invoice' } })));
    expect(result).toMatchObject({ outcome: 'queued', outboxId: 'ob-1' });
    const reply = only(desk.outbox.queued);
    const email = await parse(reply);
    const checks: Array<[string, unknown, unknown]> = [
      ['Subject has one Re: and keeps Japanese', email.subject, 'Re: 商品について'],
      ['Message-ID is the one enqueued', email.messageId, `<${reply.messageId}>`],
      ['Message-ID is on the shop domain', reply.messageId.endsWith('@shop-example.jp'), true],
      ['In-Reply-To is the buyer message', email.inReplyTo, '<second@marketplace.amazon.co.jp>'],
      [
        'References: the parent chain then the parent',
        email.references,
        '<first@marketplace.amazon.co.jp> <ours@shop-example.jp> <second@marketplace.amazon.co.jp>',
      ],
      ['From is the address the buyer wrote to', email.from?.address, SHOP],
      ['To is the relay address', email.to?.map((t) => t.address), [BUYER]],
      ['envelope matches', reply.envelope, { from: SHOP, to: [BUYER] }],
      ['Date from the clock', email.date, '2026-11-20T03:00:00.000Z'],
      ['no Auto-Submitted on a person’s reply', header(email, 'auto-submitted'), []],
      ['attachment name in Japanese', email.attachments.map((x) => x.filename), ['請求書_2026年11月.pdf']],
      ['attachment type by content', email.attachments.map((x) => x.mimeType), ['application/pdf']],
      ['kind', reply.kind, 'reply'],
      ['answered store id', reply.inReplyTo, 'inbox:1:2'],
      ['subject for the list', reply.subject, 'Re: 商品について'],
    ];
    for (const [why, actual, expected] of checks) expect(actual, why).toEqual(expected);
    expect(email.text).toContain('本日発送いたしました。');
    expect(email.text).toMatch(
      /山田 太郎様は書きました:\r?\n> 商品が届きません。\r?\n> 注文番号は503-1234567-1234567です。/,
    );
    expect(reply.raw.toString('latin1')).not.toMatch(/[^\r]\n/); // CRLF line ends throughout
    expect(reply.draft).toMatchObject({ threadId: 't1', body: input().body });
    // Durable in the outbox, so the draft and its files go.
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft).toBeNull();
    expect(await files()).toEqual([]);
  });

  it('with [Important] in the storefront’s language and a simple HTML part quoting the buyer escaped', async () => {
    value(await api['replies:send'](input({ important: true, html: '<p>本日発送いたしました。</p>' })));
    const email = await parse(only(desk.outbox.queued));
    expect(email.subject).toBe('[重要] Re: 商品について');
    expect(email.html).toContain('<p>本日発送いたしました。</p>');
    expect(email.html).toMatch(/<blockquote type="cite"[^>]*>\n商品が届きません。<br>/);
  });

  it('returns the warnings that do not block (here: no order ID quoted)', async () => {
    const result = value(await api['replies:send'](input({ body: '山田 太郎様\n\n本日発送いたしました。' })));
    expect(result.outcome).toBe('queued');
    expect(result.outcome === 'queued' ? result.warnings.map((w) => w.rule) : []).toContain(
      'order-id-missing',
    );
  });

  it('a double press is one reply', async () => {
    const [first, second] = await Promise.all([api['replies:send'](input()), api['replies:send'](input())]);
    expect(value(first)).toEqual(value(second));
    only(desk.outbox.queued);
  });
});

describe('replies:send does not queue', () => {
  it('a blocked draft: findings returned, the draft kept', async () => {
    const body = `${input().body}\nご不明点は shop@example.com までどうぞ。`;
    const result = value(await api['replies:send'](input({ body })));
    expect(result.outcome).toBe('blocked');
    expect(result.outcome === 'blocked' ? result.findings.map((f) => f.rule) : []).toContain('email-address');
    expect(desk.outbox.queued).toEqual([]);
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft?.body).toBe(body);
  });

  it('a draft with a word the seller banned in the settings', async () => {
    const settings = value(await api['replies:settings']({}));
    value(
      await api['replies:set-settings']({
        ...settings,
        compliance: { ...settings.compliance, bannedWords: ['激安'] },
      }),
    );
    const result = value(await api['replies:send'](input({ body: `${input().body}\n激安セール中です。` })));
    expect(result.outcome === 'blocked' ? result.findings.map((f) => f.rule) : []).toContain('banned-word');
    expect(desk.outbox.queued).toEqual([]);
  });

  const limits = [
    { setup: (d: Desk) => (d.outbox.state = 'blocked'), why: 'usage already at 100%' },
    {
      setup: (d: Desk) =>
        (d.outbox.failWith = new DailyLimitError({ sentToday: 600, limit: 600, state: 'blocked' })),
      why: 'enqueue refuses with DailyLimitError',
    },
  ];
  it.each(limits)('the daily limit ($why): limit-reached, the draft kept', async ({ setup }) => {
    setup(desk);
    const result = value(await api['replies:send'](input()));
    expect(result.outcome).toBe('limit-reached');
    expect(desk.outbox.queued).toEqual([]);
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft?.body).toBe(input().body);
  });

  it('an enqueue failure: an error, and the draft and its attachment stay', async () => {
    const a = value(await attach(api, 'a.pdf', 'invoice', FILES.pdf));
    desk.outbox.failWith = new Error('disk full');
    const result = await api['replies:send'](input({ attachmentPurposes: { [a.id]: 'invoice' } }));
    expect(result.ok ? null : result.error.message).toBe('disk full');
    expect(value(await api['drafts:get']({ threadId: 't1' })).draft?.attachments.map((x) => x.id)).toEqual([
      a.id,
    ]);
    expect(await files()).toEqual([a.id]);
    desk.outbox.failWith = null;
    expect(
      value(await api['replies:send'](input({ attachmentPurposes: { [a.id]: 'invoice' } }))).outcome,
    ).toBe('queued');
  });
});

describe('restoring a discarded reply', () => {
  it('puts the draft back, and sending it again is a new reply, not a swallowed repeat', async () => {
    value(await api['replies:send'](input()));
    const queued = only(desk.outbox.queued);
    if (queued.draft === null) throw new Error('no draft handed over');
    expect(await desk.drafts.restore('t1', queued.draft)).toBe(true);
    expect(await desk.drafts.restore('t1', queued.draft)).toBe(false); // the thread has a draft now
    value(await api['replies:send'](input()));
    expect(desk.outbox.queued).toHaveLength(2);
    expect(desk.outbox.queued[1]?.messageId).not.toBe(queued.messageId);
  });
});

describe('composeAutoAck', () => {
  it('marks the automatic reply (RFC 3834) and threads it like a reply', async () => {
    const meta = desk.store.getMessage('inbox:1:2');
    if (meta === null) throw new Error('fixture missing');
    const reply = await composeAutoAck(desk.ctx, meta, 'Thank you. A full answer follows within 24 hours.');
    const email = await parse(reply);
    expect(reply.kind).toBe('auto-ack');
    expect(reply.draft).toBeNull();
    expect(header(email, 'auto-submitted')).toEqual(['auto-replied']);
    expect(email.subject).toBe('Re: 商品について');
    expect(email.inReplyTo).toBe('<second@marketplace.amazon.co.jp>');
    expect(email.text).toContain('> 商品が届きません。');
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../../../shared/domain/compliance/types.js';
import {
  attachmentFindings,
  initialState,
  sendBlock,
  subjectShift,
  toComplianceDraft,
  toDraftInput,
  type DailyUsage,
  type EditorState,
  type ReplyDefaults,
  type SavedDraft,
} from '../../../../../../renderer/src/features/composer/composer-draft.js';

const defaults: ReplyDefaults = {
  inReplyTo: 'm1',
  to: 't969vz2jn3bdsy7@marketplace.amazon.com',
  subject: 'Re: 商品が届いていません',
  quote: '> まだ届いていません',
  buyerLanguage: 'ja',
  orderIds: ['503-1234567-1234567'],
};

const state = (patch: Partial<EditorState> = {}): EditorState => ({
  ...initialState(defaults, null),
  ...patch,
});

const finding = (patch: Partial<Finding>): Finding => ({
  rule: 'email-address',
  severity: 'block',
  field: 'body',
  start: 0,
  end: 1,
  excerpt: 'x',
  message: 'x',
  ...patch,
});

const usage = (sentToday: number, limit: number, s: DailyUsage['state']): DailyUsage => ({
  sentToday,
  limit,
  state: s,
});

describe('initialState', () => {
  const saved: SavedDraft = {
    threadId: 't1',
    inReplyTo: 'm1',
    subject: 'Re: 件名',
    body: '書きかけ',
    html: null,
    important: true,
    confirmedLinks: ['https://track.example/1'],
    attachments: [
      { id: 'a1', filename: 'invoice.pdf', contentType: 'application/pdf', size: 10, purpose: 'invoice' },
    ],
    startedAt: '2025-01-01T00:00:00.000Z',
    savedAt: '2025-01-01T00:01:00.000Z',
  };
  it.each([
    {
      draft: null,
      want: { subject: defaults.subject, body: '', important: false, links: 0, files: 0 },
      why: 'new reply starts from the defaults',
    },
    {
      draft: saved,
      want: { subject: 'Re: 件名', body: '書きかけ', important: true, links: 1, files: 1 },
      why: 'a saved draft restores everything after a restart',
    },
  ])('$why', ({ draft, want }) => {
    const s = initialState(defaults, draft);
    expect({
      subject: s.subject,
      body: s.body,
      important: s.important,
      links: s.confirmedLinks.length,
      files: s.attachments.length,
    }).toEqual(want);
  });
});

describe('toDraftInput', () => {
  it.each([
    {
      s: state({ body: 'こんにちは' }),
      want: { body: 'こんにちは', html: null },
      why: 'plain mode sends the body as typed',
    },
    {
      s: state({ body: 'stale', html: '<p>新しい<b>本文</b></p>' }),
      want: { body: '新しい本文', html: '<p>新しい<b>本文</b></p>' },
      why: 'HTML mode derives the plain part from the HTML, never a stale body',
    },
  ])('$why', ({ s, want }) => {
    const input = toDraftInput('t1', 'm1', s);
    expect({ body: input.body, html: input.html }).toEqual(want);
  });

  it('carries every attachment purpose by id (the core refuses unknown ids)', () => {
    const s = state({
      attachments: [
        { id: 'a1', filename: 'a.pdf', contentType: 'application/pdf', size: 1, purpose: 'invoice' },
        { id: 'a2', filename: 'b.txt', contentType: 'text/plain', size: 1, purpose: 'other' },
      ],
    });
    expect(toDraftInput('t1', 'm1', s).attachmentPurposes).toEqual({ a1: 'invoice', a2: 'other' });
  });
});

describe('subject and [Important]', () => {
  it.each([
    { subject: 'Re: x', important: false, checked: 'Re: x', shift: 0, why: 'no tag when off' },
    {
      subject: 'Re: x',
      important: true,
      checked: '[Important] Re: x',
      shift: 12,
      why: 'the checker sees the tag the buyer will see',
    },
    {
      subject: '[Important] Re: x',
      important: true,
      checked: '[Important] Re: x',
      shift: 0,
      why: 'a tag typed by hand is not doubled',
    },
  ])('$why', ({ subject, important, checked, shift }) => {
    const s = state({ subject, important });
    expect(toComplianceDraft(s, defaults).subject).toBe(checked);
    expect(subjectShift(s, '[Important]')).toBe(shift);
  });

  it('passes the buyer language and order ids to the checker', () => {
    const d = toComplianceDraft(state({ body: 'x' }), defaults);
    expect([d.buyerLanguage, d.orderIds, d.proactive]).toEqual(['ja', ['503-1234567-1234567'], false]);
  });
});

describe('sendBlock', () => {
  it.each([
    { s: state({ body: 'ok' }), f: [], u: null, busy: false, want: null, why: 'clean draft may be sent' },
    {
      s: state({ body: '  \n ' }),
      f: [],
      u: null,
      busy: false,
      want: 'empty',
      why: 'whitespace only is empty',
    },
    {
      s: state({ body: 'x' }),
      f: [finding({})],
      u: null,
      busy: false,
      want: 'findings',
      why: 'a blocking finding disables send',
    },
    {
      s: state({ body: 'x' }),
      f: [finding({ severity: 'warn', rule: 'promotion' })],
      u: null,
      busy: false,
      want: null,
      why: 'warnings never block',
    },
    {
      s: state({ body: 'x' }),
      f: [],
      u: usage(482, 600, 'warn'),
      busy: false,
      want: null,
      why: 'at 80 % only a warning',
    },
    {
      s: state({ body: 'x' }),
      f: [],
      u: usage(600, 600, 'blocked'),
      busy: false,
      want: 'limit',
      why: 'at 100 % send is blocked',
    },
    {
      s: state({ body: 'x' }),
      f: [],
      u: usage(601, 600, 'ok'),
      busy: false,
      want: 'limit',
      why: 'over the limit even if the state lags',
    },
    {
      s: state({ body: 'x' }),
      f: [],
      u: null,
      busy: true,
      want: 'busy',
      why: 'no double click while a send is on the wire',
    },
    {
      s: state({ body: '', html: '<p></p>' }),
      f: [],
      u: null,
      busy: false,
      want: 'empty',
      why: 'empty HTML is empty too',
    },
  ])('$why', ({ s, f, u, busy, want }) => {
    expect(sendBlock(s, f, u, busy)).toBe(want);
  });
});

describe('attachmentFindings', () => {
  const fs = [
    finding({ field: 'attachments', rule: 'attachment-type', start: 0, end: 0, detail: 'a.exe' }),
    finding({ field: 'attachments', rule: 'attachment-too-large', start: 1, end: 1, detail: 'big.pdf' }),
    finding({ field: 'body', rule: 'email-address', start: 0, end: 1 }),
  ];
  it.each([
    { index: 0, name: 'a.exe', want: ['attachment-type'], why: 'by position' },
    { index: 1, name: 'big.pdf', want: ['attachment-too-large'], why: 'second row gets its own' },
    { index: 5, name: 'big.pdf', want: ['attachment-too-large'], why: 'by file name when positions moved' },
    { index: 2, name: 'c.pdf', want: [], why: 'body findings never land on a file row' },
  ])('$why', ({ index, name, want }) => {
    expect(attachmentFindings(fs, index, name).map((f) => f.rule)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ackBodyFor,
  planAcks,
  type AckBodies,
  type AckCandidate,
  type AckRules,
  type AckSkipReason,
  type PriorAck,
} from '../../../../../shared/domain/outbox/auto-ack.js';
import type { MessageTriage } from '../../../../../shared/domain/message.js';

const NOW = Date.parse('2024-05-01T16:00:00.000Z'); // already 01:00 on 2 May in Tokyo
const BUYER = 't969vz2jn3bdsy7@marketplace.amazon.co.jp';
const OTHER = 'a1b2c3d4e5f6g7h@marketplace.amazon.co.jp';

/** Tokyo (UTC+9, no DST): the local calendar day of the seller. */
const tokyoDay = (ms: number): string => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
const TODAY = '2024-05-02';

const rules: AckRules = {
  now: NOW,
  enabledSince: '2024-05-01T12:00:00.000Z',
  maxAgeMs: 3600_000,
  dayKey: tokyoDay,
};

const bodies: AckBodies = {
  ja: 'お問い合わせありがとうございます。',
  zh: '感谢您的来信。',
  ko: '문의 감사합니다.',
  en: 'Thank you for your message.',
};

const judged: MessageTriage = {
  category: 'inquiry',
  confidence: 0.9,
  uncertain: false,
  cues: [],
  signals: [],
};

function msg(id: string, o: Partial<AckCandidate> = {}): AckCandidate {
  const date = o.date ?? new Date(NOW - 5 * 60_000).toISOString();
  return {
    id,
    mailbox: 'inbox',
    messageId: `${id}@relay.example`,
    date,
    internalDate: o.internalDate ?? date,
    buyer: { address: BUYER, name: '佐藤' },
    automated: 'none',
    flags: [],
    expungedAt: null,
    triage: judged,
    language: 'ja',
    ...o,
  };
}

const minutesAgo = (n: number): string => new Date(NOW - n * 60_000).toISOString();

interface Case {
  why: string;
  messages: AckCandidate[];
  prior?: PriorAck[];
  bodies?: AckBodies;
  rules?: Partial<AckRules>;
  /** [id, language] of each acknowledgement, in order. */
  acks: Array<[string, string]>;
  skipped: Array<[string, AckSkipReason]>;
}

const cases: Case[] = [
  {
    why: 'a fresh buyer question gets one, in Japanese',
    messages: [msg('m')],
    acks: [['m', 'ja']],
    skipped: [],
  },
  {
    why: 'the body follows the buyer’s language (Korean)',
    messages: [msg('m', { language: 'ko' })],
    acks: [['m', 'ko']],
    skipped: [],
  },
  {
    why: "a language without a body of its own falls back to English ('other')",
    messages: [msg('m', { language: 'other' })],
    acks: [['m', 'en']],
    skipped: [],
  },
  {
    why: 'an empty Chinese body falls back to English',
    messages: [msg('m', { language: 'zh' })],
    bodies: { ...bodies, zh: '  ' },
    acks: [['m', 'en']],
    skipped: [],
  },
  {
    why: 'no text at all: nothing to send',
    messages: [msg('m', { language: 'zh' })],
    bodies: { ...bodies, zh: '', en: '' },
    acks: [],
    skipped: [['m', 'no-body']],
  },
  {
    why: 'an auto-reply (vacation notice) is never answered: no loops (RFC 3834)',
    messages: [msg('m', { automated: 'auto-reply' })],
    acks: [],
    skipped: [['m', 'automated']],
  },
  {
    why: 'an opt-out bounce is never answered',
    messages: [msg('m', { automated: 'bounce' })],
    acks: [],
    skipped: [['m', 'automated']],
  },
  {
    why: 'a marketplace notice is no buyer message',
    messages: [msg('m', { automated: 'marketplace-notice', buyer: null })],
    acks: [],
    skipped: [['m', 'not-buyer-message']],
  },
  {
    why: 'a sender that is not a buyer relay address (anyone on the internet)',
    messages: [msg('m', { buyer: { address: 'someone@example.com', name: '' } })],
    acks: [],
    skipped: [['m', 'not-buyer-message']],
  },
  {
    why: 'our own Sent copy is not an arrival',
    messages: [msg('m', { mailbox: 'sent' })],
    acks: [],
    skipped: [['m', 'not-buyer-message']],
  },
  {
    why: 'spam by the classifier',
    messages: [msg('m', { triage: { ...judged, category: 'spam' } })],
    acks: [],
    skipped: [['m', 'spam']],
  },
  {
    why: 'spam by a staff mark, whatever the classifier said',
    messages: [msg('m', { flags: ['$HD_Spam'] })],
    acks: [],
    skipped: [['m', 'spam']],
  },
  {
    why: 'staff corrected the classifier’s spam verdict to a question: acknowledged',
    messages: [msg('m', { flags: ['$HD_Inquiry'], triage: { ...judged, category: 'spam' } })],
    acks: [['m', 'ja']],
    skipped: [],
  },
  {
    why: 'not judged yet: wait for the classifier rather than acknowledge spam',
    messages: [msg('m', { triage: null })],
    acks: [],
    skipped: [['m', 'not-judged']],
  },
  {
    why: 'another desk already answered it',
    messages: [msg('m', { flags: ['\\Answered'] })],
    acks: [],
    skipped: [['m', 'handled']],
  },
  {
    why: 'marked "no response needed" already',
    messages: [msg('m', { flags: ['$HD_NoReply'] })],
    acks: [],
    skipped: [['m', 'handled']],
  },
  {
    why: 'first sync of an old mailbox: last year’s mail is not acknowledged',
    messages: [msg('m', { date: '2023-05-01T00:00:00.000Z' })],
    acks: [],
    skipped: [['m', 'outside-window']],
  },
  {
    why: 'dated just now but on the server for two hours (a desk back from offline)',
    messages: [msg('m', { internalDate: minutesAgo(120) })],
    acks: [],
    skipped: [['m', 'outside-window']],
  },
  {
    why: 'a Date header days in the future is bogus',
    messages: [msg('m', { date: '2024-05-09T00:00:00.000Z', internalDate: minutesAgo(1) })],
    acks: [],
    skipped: [['m', 'outside-window']],
  },
  {
    why: 'fresh, but it arrived before the feature was switched on',
    messages: [msg('m', { date: minutesAgo(30) })],
    rules: { enabledSince: minutesAgo(10) },
    acks: [],
    skipped: [['m', 'before-enabled']],
  },
  {
    why: 'one per buyer a day: an acknowledgement earlier today counts',
    messages: [msg('m')],
    prior: [{ buyer: BUYER, day: TODAY, messageIds: ['earlier'] }],
    acks: [],
    skipped: [['m', 'buyer-acked-today']],
  },
  {
    why: 'buyer addresses compare case-insensitively',
    messages: [msg('m')],
    prior: [{ buyer: BUYER.toUpperCase(), day: TODAY, messageIds: [] }],
    acks: [],
    skipped: [['m', 'buyer-acked-today']],
  },
  {
    why: 'the day is the seller’s local day: 23:00 on 1 May in Tokyo was yesterday (UTC would still say 1 May)',
    messages: [msg('m')],
    prior: [{ buyer: BUYER, day: '2024-05-01', messageIds: [] }],
    acks: [['m', 'ja']],
    skipped: [],
  },
  {
    why: 'two messages from one buyer in one batch: only the first to arrive',
    messages: [msg('late', { internalDate: minutesAgo(1) }), msg('early', { internalDate: minutesAgo(9) })],
    acks: [['early', 'ja']],
    skipped: [['late', 'buyer-acked-today']],
  },
  {
    why: 'two buyers: one each',
    messages: [msg('a'), msg('b', { buyer: { address: OTHER, name: '' }, language: 'en' })],
    acks: [
      ['a', 'ja'],
      ['b', 'en'],
    ],
    skipped: [],
  },
  {
    why: 'the same message seen again (by its header Message-ID, after a UIDVALIDITY change)',
    messages: [msg('new-id', { messageId: 'm@relay.example' })],
    prior: [{ buyer: BUYER, day: '2024-04-28', messageIds: ['old-id', 'm@relay.example'] }],
    acks: [],
    skipped: [['new-id', 'already-acked']],
  },
];

describe('planAcks', () => {
  it.each(cases)('$why', ({ messages, prior, acks, skipped, ...c }) => {
    const plan = planAcks(messages, prior ?? [], c.bodies ?? bodies, { ...rules, ...c.rules });
    expect(plan.acks.map((a) => [a.message.id, a.language])).toEqual(acks);
    expect(plan.skipped.map((s) => [s.id, s.reason])).toEqual(skipped);
  });

  it('an acknowledgement carries the lower-cased buyer, the local day and the body', () => {
    const plan = planAcks(
      [msg('m', { buyer: { address: BUYER.toUpperCase(), name: '' }, language: 'zh' })],
      [],
      bodies,
      rules,
    );
    expect(plan.acks.map(({ buyer, day, body }) => ({ buyer, day, body }))).toEqual([
      { buyer: BUYER, day: TODAY, body: bodies.zh },
    ]);
  });
});

describe('ackBodyFor', () => {
  const rows: Array<[AckCandidate['language'], AckBodies, string | null, string]> = [
    ['ja', bodies, 'ja', 'own language'],
    ['en', bodies, 'en', 'English itself'],
    ['other', bodies, 'en', 'unknown language: English'],
    ['ko', { ...bodies, ko: '' }, 'en', 'empty Korean: English'],
    ['ko', { ...bodies, ko: '', en: '' }, null, 'nothing to send'],
  ];
  it.each(rows)('%s -> %s (%s)', (language, b, expected) => {
    expect(ackBodyFor(language, b)?.language ?? null).toBe(expected);
  });
});

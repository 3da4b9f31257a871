import { describe, expect, it } from 'vitest';
import {
  decideCollision,
  SKEW_TOLERANCE_MS,
  type CollisionDecision,
  type CollisionMessage,
} from '../../../../../shared/domain/outbox/collision.js';

/*
 * The thread: the buyer asked at 09:00 (`q`, the message being answered), the draft was started
 * at 10:00, our reply's Message-ID is own@desk. Each case adds what happened meanwhile.
 */

const STARTED = '2024-05-01T10:00:00.000Z';
const OWN = 'own@desk.example';

function at(minutesFromStart: number): string {
  return new Date(Date.parse(STARTED) + minutesFromStart * 60_000).toISOString();
}

function msg(id: string, o: Partial<CollisionMessage> = {}): CollisionMessage {
  const date = o.date ?? at(-60);
  return {
    id,
    mailbox: 'inbox',
    messageId: `${id}@mail.example`,
    date,
    internalDate: o.internalDate ?? date,
    automated: 'none',
    flags: [],
    expungedAt: null,
    ...o,
  };
}

const q = msg('q');
const sent = (id: string, minutes: number, o: Partial<CollisionMessage> = {}): CollisionMessage =>
  msg(id, { mailbox: 'sent', date: at(minutes), ...o });
const buyer = (id: string, minutes: number, o: Partial<CollisionMessage> = {}): CollisionMessage =>
  msg(id, { date: at(minutes), ...o });

const NO: CollisionDecision = { hold: false };
const answered = (...messageIds: string[]): CollisionDecision => ({
  hold: true,
  code: 'answered-elsewhere',
  messageIds,
});
const newer = (...messageIds: string[]): CollisionDecision => ({
  hold: true,
  code: 'newer-message',
  messageIds,
});

interface Case {
  why: string;
  thread: CollisionMessage[];
  answeredId?: string | null;
  expected: CollisionDecision;
}

const cases: Case[] = [
  { why: 'nothing happened while drafting', thread: [q], expected: NO },
  {
    why: 'another desk replied in the thread after the draft started',
    thread: [q, sent('b', 5)],
    expected: answered('b'),
  },
  {
    why: 'our own reply is already in Sent (a crash after sending): the Sent check handles it',
    thread: [q, sent('mine', 5, { messageId: OWN })],
    expected: NO,
  },
  {
    why: '\\Answered set by our own reply already in Sent is no collision either',
    thread: [{ ...q, flags: ['\\Answered'] }, sent('mine', 5, { messageId: OWN })],
    expected: NO,
  },
  {
    why: '\\Answered by our earlier reply, sent before this draft started: a knowing second reply',
    thread: [{ ...q, flags: ['\\Answered'] }, sent('earlier', -30)],
    expected: NO,
  },
  {
    why: '\\Answered by another desk whose reply is visible: the reply is what is shown',
    thread: [{ ...q, flags: ['\\Answered'] }, sent('b', 5)],
    expected: answered('b'),
  },
  {
    why: '\\Answered with no visible reply: answered in another client or Seller Central',
    thread: [{ ...q, flags: ['\\Answered'] }],
    expected: answered('q'),
  },
  {
    why: '\\answered in any case (RFC 3501 flag names are case-insensitive)',
    thread: [{ ...q, flags: ['\\answered'] }],
    expected: answered('q'),
  },
  {
    why: 'another desk marked it "no response needed" ($HD_NoReply) while we drafted',
    thread: [{ ...q, flags: ['$HD_NoReply'] }],
    expected: answered('q'),
  },
  {
    why: 'an older message answered long ago does not stop a reply to the new one',
    thread: [msg('old', { date: at(-600), flags: ['\\Answered', '$HD_NoReply'] }), q, sent('r0', -500)],
    expected: NO,
  },
  {
    why: 'a reply sent before the draft started is history, not a collision',
    thread: [q, sent('r0', -10)],
    expected: NO,
  },
  {
    why: 'our automatic acknowledgement (Auto-Submitted) in Sent answers nothing',
    thread: [q, sent('ack', 1, { automated: 'auto-reply' })],
    expected: NO,
  },
  {
    why: 'a deleted (expunged) reply from another desk was still sent',
    thread: [q, sent('b', 5, { expungedAt: at(6) })],
    expected: answered('b'),
  },
  {
    why: 'the buyer wrote again while we drafted',
    thread: [q, buyer('f', 5)],
    expected: newer('f'),
  },
  {
    why: 'clock skew: the follow-up is dated before the draft start but reached the server after',
    thread: [q, buyer('f', -10, { internalDate: at(3) })],
    expected: newer('f'),
  },
  {
    why: "within the skew tolerance of this desk's clock: still shown",
    thread: [q, buyer('f', -1)],
    expected: newer('f'),
  },
  {
    why: 'a newer message already there when the draft started was on screen',
    thread: [q, buyer('f', -30)],
    expected: NO,
  },
  {
    why: 'a late relay of a message older than the one answered adds nothing',
    thread: [q, buyer('late', -120, { internalDate: at(5) })],
    expected: NO,
  },
  {
    why: 'a marketplace shipping notice in the thread is no buyer message',
    thread: [q, buyer('n', 5, { automated: 'marketplace-notice' })],
    expected: NO,
  },
  {
    why: 'a bounce (the buyer opted out) is no buyer message',
    thread: [q, buyer('bnc', 5, { automated: 'bounce' })],
    expected: NO,
  },
  {
    why: 'a follow-up marked spam by staff does not count',
    thread: [q, buyer('s', 5, { flags: ['$HD_Spam'] })],
    expected: NO,
  },
  {
    why: 'a follow-up in Junk ($Junk from a server filter) does not count',
    thread: [q, buyer('s', 5, { flags: ['$Junk'] })],
    expected: NO,
  },
  {
    why: 'a follow-up another desk already marked "no response needed" is still news to us',
    thread: [q, buyer('f', 5, { flags: ['$HD_NoReply'] })],
    expected: newer('f'),
  },
  {
    why: 'answered elsewhere and the buyer wrote again: the reply first, then the follow-up',
    thread: [q, buyer('f', 7), sent('b', 5)],
    expected: answered('b', 'f'),
  },
  {
    why: 'several follow-ups come in arrival order',
    thread: [q, buyer('f2', 9), buyer('f1', 4)],
    expected: newer('f1', 'f2'),
  },
  {
    why: 'no message answered (target unknown): only the draft start decides',
    thread: [q, buyer('f', 5)],
    answeredId: null,
    expected: newer('f'),
  },
  {
    why: 'answering the newest message of an unanswered pair: the older one is not "newer"',
    thread: [buyer('earlier', -90), q],
    expected: NO,
  },
];

describe('decideCollision', () => {
  it.each(cases)('$why', ({ thread, answeredId, expected }) => {
    const decision = decideCollision({
      thread,
      answeredId: answeredId === undefined ? 'q' : answeredId,
      draftStartedAt: STARTED,
      ownMessageId: OWN,
    });
    expect(decision).toEqual(expected);
  });

  it('the tolerance is a few minutes, no more: a follow-up arriving well before the start is not new', () => {
    const before = -SKEW_TOLERANCE_MS / 60_000 - 1;
    const decision = decideCollision({
      thread: [q, buyer('f', before)],
      answeredId: 'q',
      draftStartedAt: STARTED,
      ownMessageId: OWN,
    });
    expect(decision).toEqual(NO);
  });

  it('a draft start that is not a date is a bug, not a silent "send"', () => {
    expect(() =>
      decideCollision({ thread: [q], answeredId: 'q', draftStartedAt: 'yesterday', ownMessageId: OWN }),
    ).toThrow(RangeError);
  });
});

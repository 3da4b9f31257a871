import { describe, expect, it } from 'vitest';
import {
  applyFlagChanges,
  flagChangesFor,
  isStaffId,
  triageMarksOf,
  type TriageAction,
  type TriageMarks,
} from '../../../../../shared/domain/triage/keywords.js';

const none: TriageMarks = { category: null, noReply: false, spam: false, answered: false, assignee: null };

describe('triageMarksOf', () => {
  const cases: Array<{ flags: string[]; expected: Partial<TriageMarks>; why: string }> = [
    { flags: [], expected: {}, why: 'nothing set' },
    { flags: ['\\Seen', '$Forwarded'], expected: {}, why: 'other clients’ flags mean nothing to triage' },
    { flags: ['$HD_Complaint'], expected: { category: 'complaint' }, why: 'a staff correction' },
    {
      flags: ['$hd_complaint'],
      expected: { category: 'complaint' },
      why: 'keywords are case-insensitive (RFC 3501)',
    },
    {
      flags: ['$HD_Thanks', '$HD_Complaint', '$HD_Inquiry'],
      expected: { category: 'complaint' },
      why: 'two desks interleaved: the category keeping it in front of staff wins',
    },
    {
      flags: ['$HD_Spam'],
      expected: { category: 'spam', spam: true },
      why: 'correcting to spam is marking spam',
    },
    { flags: ['$Junk'], expected: { category: 'spam', spam: true }, why: 'another client’s junk filter' },
    {
      flags: ['$Junk', '$HD_Inquiry'],
      expected: { category: 'inquiry', spam: true },
      why: 'an explicit category is kept even when a filter said junk',
    },
    { flags: ['$HD_NoReply'], expected: { noReply: true }, why: 'no response needed' },
    { flags: ['\\Answered'], expected: { answered: true }, why: 'answered elsewhere' },
    { flags: ['$HD_To_tanaka'], expected: { assignee: 'tanaka' }, why: 'assigned' },
    {
      flags: ['$HD_To_suzuki', '$HD_To_kato'],
      expected: { assignee: 'kato' },
      why: 'two assignees after interleaving: the first in order wins, deterministically',
    },
    { flags: ['$HD_To_'], expected: {}, why: 'an empty staff id is not an assignee' },
    { flags: ['$HD_To_bad id!'], expected: {}, why: 'a malformed id from another client is ignored' },
  ];
  it.each(cases)('$flags → $why', ({ flags, expected }) => {
    expect(triageMarksOf(flags)).toEqual({ ...none, ...expected });
  });
});

describe('flagChangesFor + applyFlagChanges', () => {
  const cases: Array<{ action: TriageAction; flags: string[]; after: string[]; why: string }> = [
    {
      action: { kind: 'set-category', category: 'complaint' },
      flags: ['\\Seen', '$HD_Inquiry'],
      after: ['\\Seen', '$HD_Complaint'],
      why: 'a correction replaces the previous one',
    },
    {
      action: { kind: 'set-category', category: 'inquiry' },
      flags: ['$Junk', '$HD_Spam'],
      after: ['$HD_Inquiry'],
      why: 'not spam after all: both spam marks go, or it would stay in the spam view',
    },
    {
      action: { kind: 'set-category', category: 'spam' },
      flags: ['$HD_Thanks'],
      after: ['$HD_Spam'],
      why: 'correcting to spam marks it spam',
    },
    {
      action: { kind: 'no-reply', on: true },
      flags: ['\\Seen'],
      after: ['\\Seen', '$HD_NoReply'],
      why: 'mark',
    },
    {
      action: { kind: 'no-reply', on: true },
      flags: ['$hd_noreply'],
      after: ['$hd_noreply'],
      why: 'idempotent',
    },
    { action: { kind: 'no-reply', on: false }, flags: ['$HD_NoReply'], after: [], why: 'undo' },
    { action: { kind: 'spam', on: false }, flags: ['$Junk', '$HD_Spam', 'x'], after: ['x'], why: 'not spam' },
    { action: { kind: 'answered', on: true }, flags: [], after: ['\\Answered'], why: 'answered elsewhere' },
    {
      action: { kind: 'assign', staff: 'kato' },
      flags: ['$HD_To_suzuki', '\\Seen'],
      after: ['\\Seen', '$HD_To_kato'],
      why: 'reassigning replaces the assignee',
    },
    { action: { kind: 'assign', staff: null }, flags: ['$HD_To_suzuki'], after: [], why: 'unassign' },
  ];
  it.each(cases)('$action.kind on $flags → $why', ({ action, flags, after }) => {
    expect(applyFlagChanges(flags, flagChangesFor(action, flags))).toEqual(after);
  });

  it('refuses a staff id that cannot be an IMAP keyword atom', () => {
    expect(() => flagChangesFor({ kind: 'assign', staff: '田中' }, [])).toThrow(RangeError);
  });
});

describe('isStaffId', () => {
  const cases = [
    { id: 'tanaka', ok: true },
    { id: 'staff-2_b', ok: true },
    { id: '', ok: false },
    { id: 'Tanaka', ok: false },
    { id: '田中', ok: false },
    { id: 'a b', ok: false },
    { id: 'x'.repeat(25), ok: false },
  ];
  it.each(cases)('$id → $ok', ({ id, ok }) => expect(isStaffId(id)).toBe(ok));
});

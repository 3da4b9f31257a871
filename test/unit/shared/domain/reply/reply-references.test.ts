import { describe, expect, it } from 'vitest';
import {
  MAX_REFERENCES,
  replyInReplyTo,
  replyReferences,
  type ReplyParent,
} from '../../../../../shared/domain/reply/reply-references.js';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `m${i}@x`);

const cases: Array<{ parent: ReplyParent; expected: string[]; why: string }> = [
  {
    parent: { messageId: 'p@x', inReplyTo: null, references: [] },
    expected: ['p@x'],
    why: 'first reply: just the parent',
  },
  {
    parent: { messageId: 'p@x', inReplyTo: 'a@x', references: ['r@x', 'a@x'] },
    expected: ['r@x', 'a@x', 'p@x'],
    why: 'RFC 5322 §3.6.4: parent References then parent id',
  },
  {
    parent: { messageId: 'p@x', inReplyTo: 'a@x', references: [] },
    expected: ['a@x', 'p@x'],
    why: 'no References: the parent In-Reply-To stands in',
  },
  {
    parent: { messageId: 'p@x', inReplyTo: null, references: ['a@x', 'b@x', 'a@x', 'p@x'] },
    expected: ['a@x', 'b@x', 'p@x'],
    why: 'duplicates and the parent itself are listed once, first place kept',
  },
  {
    parent: { messageId: null, inReplyTo: 'a@x', references: ['r@x'] },
    expected: ['r@x'],
    why: 'a parent without Message-ID adds nothing of its own',
  },
  {
    parent: { messageId: '<p@x>', inReplyTo: null, references: ['<r@x>', ' ', 'bad id@x', 'a<b@x'] },
    expected: ['r@x', 'p@x'],
    why: 'brackets stripped, blank and unsafe ids dropped (no header injection)',
  },
  {
    parent: { messageId: 'P@x', inReplyTo: null, references: ['p@x'] },
    expected: ['p@x', 'P@x'],
    why: 'ids differing in case are different ids',
  },
];

describe('replyReferences', () => {
  it.each(cases)('$why', ({ parent, expected }) => {
    expect(replyReferences(parent)).toEqual(expected);
  });

  it('caps a long chain keeping the root and the nearest ancestors', () => {
    const refs = replyReferences({ messageId: 'p@x', inReplyTo: null, references: ids(40) });
    expect(refs).toHaveLength(MAX_REFERENCES);
    expect(refs[0]).toBe('m0@x');
    expect(refs.slice(-3)).toEqual(['m38@x', 'm39@x', 'p@x']);
    expect(refs).not.toContain('m1@x');
  });

  it('a chain exactly at the cap is left whole', () => {
    const refs = replyReferences({ messageId: 'p@x', inReplyTo: null, references: ids(MAX_REFERENCES - 1) });
    expect(refs).toEqual([...ids(MAX_REFERENCES - 1), 'p@x']);
  });
});

describe('replyInReplyTo', () => {
  it.each([
    { messageId: 'p@x', expected: 'p@x', why: 'the parent id' },
    { messageId: '<p@x>', expected: 'p@x', why: 'brackets stripped' },
    { messageId: null, expected: null, why: 'none to point at' },
    { messageId: 'two words@x', expected: null, why: 'unsafe id left out' },
  ])('$why', ({ messageId, expected }) => {
    expect(replyInReplyTo({ messageId, inReplyTo: null, references: [] })).toBe(expected);
  });
});

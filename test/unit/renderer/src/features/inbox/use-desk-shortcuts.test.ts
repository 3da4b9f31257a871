import { describe, expect, it } from 'vitest';
import { deskActionFor } from '../../../../../../renderer/src/features/inbox/use-desk-shortcuts.js';

const key = (
  k: string,
  over: Partial<{ inTextField: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inTextField: false,
  ...over,
});

describe('deskActionFor', () => {
  it.each([
    { input: key('r'), want: 'reply', why: 'r replies, as in Gmail' },
    {
      input: key('r', { inTextField: true }),
      want: null,
      why: 'typing an r in the reply never reopens anything',
    },
    { input: key('r', { ctrlKey: true }), want: null, why: 'Ctrl+R is reload, not reply' },
    { input: key('r', { metaKey: true }), want: null, why: 'Cmd+R too' },
    { input: key('e'), want: 'no-reply', why: 'existing triage key unchanged' },
    { input: key('!'), want: 'report-spam', why: 'existing report key unchanged' },
    { input: key('j'), want: 'next', why: 'base map still first' },
    { input: key('x'), want: null, why: 'unknown letters do nothing' },
  ])('$why', ({ input, want }) => {
    expect(deskActionFor(input)).toBe(want);
  });
});

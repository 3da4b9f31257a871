import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  idProblems,
  sameSettings,
  toSettings,
  type StaffDraft,
} from '../../../../../../renderer/src/features/settings/staff-form.js';

describe('idProblems', () => {
  it.each([
    { ids: ['tanaka'], want: [null], why: 'plain ASCII id' },
    { ids: ['t-2_b'], want: [null], why: 'digits, hyphen and underscore are allowed' },
    { ids: ['田中'], want: ['invalid'], why: 'ids become IMAP keywords: ASCII only' },
    { ids: ['Tanaka'], want: ['invalid'], why: 'upper case is refused, not silently folded' },
    { ids: [''], want: ['invalid'], why: 'a new row must be filled in' },
    { ids: ['-x'], want: ['invalid'], why: 'must start with a letter or digit' },
    { ids: ['a'.repeat(24)], want: [null], why: '24 characters is the limit' },
    { ids: ['a'.repeat(25)], want: ['invalid'], why: 'one more is too long' },
    { ids: ['sato', 'sato'], want: [null, 'duplicate'], why: 'only the later duplicate is flagged' },
  ])('$ids → $want ($why)', ({ ids, want }) => {
    expect(idProblems(ids.map((id) => ({ id })))).toEqual(want);
  });
});

describe('toSettings', () => {
  const row = (key: number, id: string, name: string) => ({ key, id, name, saved: false });
  it.each([
    {
      draft: { me: 'tanaka', rows: [row(0, 'tanaka', ' 田中 ')] },
      want: { me: 'tanaka', staff: [{ id: 'tanaka', name: '田中' }] },
      why: 'names are trimmed',
    },
    {
      draft: { me: 'gone', rows: [row(0, 'sato', '佐藤')] },
      want: { me: null, staff: [{ id: 'sato', name: '佐藤' }] },
      why: '"me" pointing at a removed row is cleared',
    },
    { draft: { me: null, rows: [row(0, '田中', '')] }, want: null, why: 'an invalid id blocks saving' },
    {
      draft: { me: null, rows: [row(0, 'x', 'n'.repeat(90))] },
      want: { me: null, staff: [{ id: 'x', name: 'n'.repeat(80) }] },
      why: 'the contract caps names at 80',
    },
  ])('$why', ({ draft, want }) => {
    expect(toSettings(draft as StaffDraft)).toEqual(want);
  });
});

describe('draftFrom / sameSettings', () => {
  const saved = { me: 'a', staff: [{ id: 'a', name: 'A' }] };
  it.each([
    { other: { me: 'a', staff: [{ id: 'a', name: 'A' }] }, same: true, why: 'unchanged' },
    { other: { me: null, staff: [{ id: 'a', name: 'A' }] }, same: false, why: 'me changed' },
    { other: { me: 'a', staff: [{ id: 'a', name: 'B' }] }, same: false, why: 'a name changed' },
    { other: { me: 'a', staff: [] }, same: false, why: 'a row removed' },
  ])('$why → $same', ({ other, same }) => {
    expect(sameSettings(saved, other)).toBe(same);
  });

  it('loads saved rows as locked', () => {
    expect(draftFrom(saved).rows).toEqual([{ key: 0, id: 'a', name: 'A', saved: true }]);
  });
});

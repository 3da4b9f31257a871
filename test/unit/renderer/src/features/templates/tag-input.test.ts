import { describe, expect, it } from 'vitest';
import { addTags, MAX_TAGS, removeTag } from '../../../../../../renderer/src/features/templates/tag-input.js';

describe('addTags', () => {
  it.each([
    { existing: [], typed: '返品', tags: ['返品'], rejected: [], why: 'one tag' },
    {
      existing: [],
      typed: '返品、配送,交換，保証',
      tags: ['返品', '配送', '交換', '保証'],
      rejected: [],
      why: 'Japanese 読点, ASCII and full-width commas separate',
    },
    {
      existing: [],
      typed: 'お届け 遅延',
      tags: ['お届け 遅延'],
      rejected: [],
      why: 'a space is part of a tag',
    },
    {
      existing: [],
      typed: '\u3000返品\u3000',
      tags: ['返品'],
      rejected: [],
      why: 'ideographic spaces are trimmed',
    },
    {
      existing: ['Return'],
      typed: 'return, ＲＥＴＵＲＮ',
      tags: ['Return'],
      rejected: [],
      why: 'case and width duplicates are dropped',
    },
    { existing: [], typed: ',,、', tags: [], rejected: [], why: 'separators alone add nothing' },
    {
      existing: [],
      typed: 'x'.repeat(51),
      tags: [],
      rejected: ['x'.repeat(51)],
      why: 'over 50 characters is refused, not cut',
    },
    {
      existing: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`),
      typed: 'one more',
      tags: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`),
      rejected: ['one more'],
      why: 'the contract allows 30 tags',
    },
  ])('$why', ({ existing, typed, tags, rejected }) => {
    expect(addTags(existing, typed)).toEqual({ tags, rejected });
  });
});

describe('removeTag', () => {
  it.each([
    { tags: ['a', 'b'], tag: 'a', want: ['b'], why: 'removes that tag' },
    { tags: ['a'], tag: 'A', want: ['a'], why: 'exact chip only' },
  ])('$why', ({ tags, tag, want }) => {
    expect(removeTag(tags, tag)).toEqual(want);
  });
});

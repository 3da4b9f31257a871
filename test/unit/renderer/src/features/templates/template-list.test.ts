import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterTemplates,
  variantLanguages,
  type ListFilter,
} from '../../../../../../renderer/src/features/templates/template-list.js';
import { view } from './view-fixture.js';

const library = [
  view({ id: 'ret', name: '返品のご案内', tags: ['返品'], kinds: ['complaint'] }),
  view({
    id: 'late',
    name: 'お届け遅延のお詫び',
    tags: ['配送'],
    kinds: ['complaint', 'inquiry'],
    reviewDue: true,
  }),
  view({
    id: 'thx',
    name: 'Thank you',
    kinds: ['thanks'],
    variants: { en: { subject: 'Thanks', body: 'Glad the PARCEL arrived' } },
  }),
  view({ id: 'bad', name: 'Coupon', kinds: ['inquiry'], blocked: true }),
];

const ids = (filter: Partial<ListFilter>) =>
  filterTemplates(library, { ...EMPTY_FILTER, ...filter }, 'ja').map((v) => v.template.id);

describe('filterTemplates', () => {
  it.each([
    {
      filter: {},
      want: ['bad', 'late', 'thx', 'ret'],
      why: 'blocked first, then review due, then by name (Latin before kana)',
    },
    { filter: { query: '返品' }, want: ['ret'], why: 'name and tag match' },
    { filter: { query: '配送' }, want: ['late'], why: 'a tag alone matches' },
    { filter: { query: 'parcel' }, want: ['thx'], why: 'body text matches, ignoring case' },
    { filter: { query: 'ＰＡＲＣＥＬ' }, want: ['thx'], why: 'full-width letters fold to ASCII' },
    { filter: { query: 'glad arrived' }, want: ['thx'], why: 'every word must appear, anywhere' },
    { filter: { query: 'glad 返品' }, want: [], why: 'words are AND-ed, not OR-ed' },
    { filter: { query: '   ' }, want: ['bad', 'late', 'thx', 'ret'], why: 'blank query filters nothing' },
    { filter: { kind: 'inquiry' as const }, want: ['bad', 'late'], why: 'kind filter' },
    { filter: { attention: true }, want: ['bad', 'late'], why: 'only blocked or review-due' },
    { filter: { kind: 'thanks' as const, query: '返品' }, want: [], why: 'filters combine' },
  ])('$why', ({ filter, want }) => {
    expect(ids(filter)).toEqual(want);
  });
});

describe('variantLanguages', () => {
  it.each([
    { variants: { ko: {}, ja: {} }, want: ['ja', 'ko'], why: 'fixed badge order, not key order' },
    { variants: {}, want: [], why: 'none' },
    { variants: { en: undefined, zh: {} }, want: ['zh'], why: 'an undefined entry is no variant' },
  ])('$why', ({ variants, want }) => {
    expect(variantLanguages(variants, ['ja', 'en', 'zh', 'ko'])).toEqual(want);
  });
});

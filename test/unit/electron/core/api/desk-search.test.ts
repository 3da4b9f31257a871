import { describe, expect, it } from 'vitest';
import { deskSearchHandlers } from '../../../../../electron/core/api/desk-search.js';
import { SearchIndex } from '../../../../../electron/core/search/search-index.js';
import { searchResultSchema } from '../../../../../shared/api/schemas/desk-search.js';
import { sampleMeta } from '../../../shared/api/sample-data.js';

const metas = [
  sampleMeta({ id: 'ja', subject: '商品が破損していました', snippet: '箱が潰れていました' }),
  sampleMeta({ id: 'en', subject: 'Bowl arrived cracked', snippet: 'a crack across the base' }),
];
const index = new SearchIndex({
  listMessages: () => metas,
  getMessage: (id) => metas.find((m) => m.id === id) ?? null,
  readBody: async () => ({ text: '', html: null }),
});
const search = deskSearchHandlers(index)['search:query'];

describe('search:query', () => {
  // [query, [id, subject, snippet] per item, why]
  it.each<[string, [string, string, string][], string]>([
    [
      '破損',
      [['ja', '商品が破損していました', '箱が潰れていました']],
      'a row needs no messages:get afterwards',
    ],
    ['crack', [['en', 'Bowl arrived cracked', 'a crack across the base']], 'latin prefix'],
    ['返金', [], 'no hit, no summary'],
  ])('%j -> %j (%s)', async (q, expected) => {
    await index.whenBuilt();
    const r = await search({ q });
    if (!r.ok) throw new Error(r.error.message);
    // What crosses the bridge: the schema strips MessageMeta down to a summary.
    const parsed = searchResultSchema.parse(r.value);
    expect(parsed.items.map((i) => [i.id, i.summary.subject, i.summary.snippet])).toEqual(expected);
    expect(parsed.partial).toBeUndefined();
    expect(parsed.items.every((i) => !('sha256' in i.summary))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchSource } from '../../../../../electron/core/search/search-index.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { sampleMeta } from '../../../shared/api/sample-data.js';

// Five messages that all match 'crack' in the subject; one more matches only through its body.
const metas: MessageMeta[] = [
  ...['a', 'b', 'c', 'd', 'e'].map((id) =>
    sampleMeta({ id, subject: `Bowl ${id} cracked`, snippet: 'see photo' }),
  ),
  sampleMeta({ id: 'body', subject: 'Question', snippet: 'hello' }),
];
const bodies: Record<string, string> = { body: 'hello, the handle of the mug is chipped' };

function sourceOf(list: MessageMeta[]): SearchSource {
  return {
    listMessages: () => list,
    getMessage: (id) => list.find((m) => m.id === id) ?? null,
    readBody: async (id) => ({ text: bodies[id] ?? '', html: null }),
  };
}

const ids = (index: SearchIndex, q: string): string[] => index.query(q, 10).items.map((i) => i.id);

describe('SearchIndex builds in chunks', () => {
  // [chunk, query, ids answered at once, why]
  it.each<[number, string, string[], string]>([
    [2, 'crack', ['a', 'b'], 'only the first chunk is indexed before the first yield'],
    [4, 'crack', ['a', 'b', 'c', 'd'], 'a bigger chunk answers more at once'],
    [500, 'crack', ['a', 'b', 'c', 'd', 'e'], 'every subject fits the first chunk'],
    [500, 'chipped', [], 'bodies come in the second pass, after a yield'],
  ])('chunk %i: %j answers %j at once, partially (%s)', async (chunk, q, atOnce) => {
    const index = new SearchIndex(sourceOf(metas), { chunk });
    const first = index.query(q, 10);
    expect(first.items.map((i) => i.id).sort()).toEqual(atOnce);
    expect(first.partial).toBe(true);
    await index.whenBuilt();
    const done = index.query(q, 10);
    expect(done.partial).toBeUndefined();
    expect(done.items.map((i) => i.id).sort()).toEqual(
      q === 'chipped' ? ['body'] : ['a', 'b', 'c', 'd', 'e'],
    );
  });

  it('indexes mail added after the build and carries each hit its metadata', async () => {
    const list = [...metas];
    const index = new SearchIndex(sourceOf(list), { chunk: 2 });
    await index.whenBuilt();
    list.push(sampleMeta({ id: 'new', subject: 'Parcel never arrived' }));
    index.markChanged();
    const answer = index.query('parcel', 10);
    expect(answer.items.map((i) => [i.id, i.summary.subject])).toEqual([['new', 'Parcel never arrived']]);
    expect(answer.partial).toBe(true); // its body is still to come
    await index.whenBuilt();
    expect(ids(index, 'parcel')).toEqual(['new']);
    expect(index.query('parcel', 10).partial).toBeUndefined();
  });
});

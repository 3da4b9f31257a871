import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { encodeIndex, INDEX_FILE } from '../../../../../electron/core/search/index-file.js';
import {
  INDEX_TOKENIZER_VERSION,
  SearchIndex,
  type SearchSource,
} from '../../../../../electron/core/search/search-index.js';
import { FrozenSegment } from '../../../../../electron/core/search/segment.js';
import type { MessageMeta } from '../../../../../shared/domain/message.js';
import { sampleMeta } from '../../../shared/api/sample-data.js';

const meta = (id: string, subject: string, over: Partial<MessageMeta> = {}): MessageMeta =>
  sampleMeta({ id, subject, snippet: 'see photo', orderIds: [], ...over });

// Five messages that all match 'crack' in the subject; one more matches only through its body.
const metas: MessageMeta[] = [
  ...['a', 'b', 'c', 'd', 'e'].map((id) => meta(id, `Bowl ${id} cracked`)),
  meta('body', 'Question', { snippet: 'hello' }),
];
const bodies: Record<string, string> = { body: 'hello, the handle of the mug is chipped' };

/** A store stand-in that counts body reads, so a test can tell a load from a rebuild. */
function sourceOf(list: MessageMeta[]): SearchSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    listMessages: () => list,
    getMessage: (id) => list.find((m) => m.id === id) ?? null,
    readBody: async (id) => {
      reads.push(id);
      if (id === 'unreadable') throw new Error('blob missing');
      return { text: bodies[id] ?? '', html: null };
    },
  };
}

const ids = (index: SearchIndex, q: string): string[] => index.query(q, 10).items.map((i) => i.id);

describe('SearchIndex builds in the background', () => {
  // [chunk, query, ids once built, why]
  it.each<[number, string, string[], string]>([
    [2, 'crack', ['a', 'b', 'c', 'd', 'e'], 'many small chunks still cover every message'],
    [500, 'crack', ['a', 'b', 'c', 'd', 'e'], 'one chunk'],
    [2, 'chipped', ['body'], 'body text is indexed with the message, not in a later pass'],
    [500, 'photo', ['a', 'b', 'c', 'd', 'e'], 'a blank body text falls back to the snippet'],
  ])('chunk %i: %j -> %j (%s)', async (chunk, q, expected) => {
    const index = new SearchIndex(sourceOf(metas), { chunk });
    const first = index.query(q, 10);
    expect(first.partial).toBe(true); // the first query starts the build, it does not wait for it
    await index.whenBuilt();
    const done = index.query(q, 10);
    expect(done.partial).toBeUndefined();
    expect(done.items.map((i) => i.id).sort()).toEqual(expected);
    expect(done.total).toBe(expected.length);
  });

  it.each<[string, MessageMeta, string, string[]]>([
    ['new mail after the build', meta('new', 'Parcel never arrived'), 'parcel', ['new']],
    [
      'an unreadable body is indexed from its snippet',
      meta('unreadable', 'Question', { snippet: 'lid is loose' }),
      'loose',
      ['unreadable'],
    ],
  ])('%s is found once indexed', async (_why, added, q, expected) => {
    const list = [...metas];
    const index = new SearchIndex(sourceOf(list), { chunk: 2 });
    await index.whenBuilt();
    list.push(added);
    expect(ids(index, q)).toEqual([]); // not yet told
    index.markChanged();
    expect(index.query(q, 10).partial).toBe(true);
    await index.whenBuilt();
    const answer = index.query(q, 10);
    expect(answer.items.map((i) => [i.id, i.summary.subject])).toEqual(
      expected.map((id) => [id, added.subject]),
    );
    expect(answer.partial).toBeUndefined();
  });
});

describe('SearchIndex.settle before an answer', () => {
  // [messages to index, most it waits for, partial afterwards, why]
  it.each<[number, number, boolean, string]>([
    [6, 500, false, 'a small mailbox is answered complete, not partially'],
    [6, 6, false, 'exactly at the bound still waits'],
    [6, 5, true, 'a big build is not waited for: the answer says partial'],
  ])('%i to index, waits for <= %i -> partial %s (%s)', async (_n, max, partial) => {
    const index = new SearchIndex(sourceOf(metas), { chunk: 2 });
    await index.settle(max);
    const answer = index.query('crack', 10);
    expect(answer.partial === true).toBe(partial);
    if (!partial) expect(answer.total).toBe(5);
    await index.whenBuilt();
  });
});

describe('SearchIndex ranking and totals', () => {
  const list = [
    meta('body-old', 'Question', { date: '2024-01-01T00:00:00.000Z' }),
    meta('body-new', 'Question', { date: '2024-03-01T00:00:00.000Z' }),
    meta('subject', 'Lid missing', { date: '2023-01-01T00:00:00.000Z' }),
    meta('order', 'Question', {
      date: '2022-01-01T00:00:00.000Z',
      orderIds: ['250-7702931-4418806'],
    }),
    meta('mentions', 'Question', { date: '2024-06-01T00:00:00.000Z' }),
    meta('gone', 'Lid missing', { expungedAt: '2024-05-02T00:00:00.000Z' }),
  ];
  Object.assign(bodies, {
    'body-old': 'the lid is missing',
    'body-new': 'the lid is missing',
    mentions: 'about 250-7702931-4418806 and the lid',
  });
  const index = new SearchIndex(sourceOf(list));

  // [query, limit, ids in order, total, why]
  it.each<[string, number, string[], number, string]>([
    [
      'lid',
      10,
      ['subject', 'mentions', 'body-new', 'body-old'],
      4,
      'subject first; equal bodies newer first; expunged never',
    ],
    ['lid', 2, ['subject', 'mentions'], 4, 'the total counts every match, not only the page'],
    ['250-7702931-4418806', 10, ['order', 'mentions'], 2, "the message's own order first, a mention after"],
    ['lid missing', 10, ['subject', 'body-new', 'body-old'], 3, 'every term must match'],
    ['zzz', 10, [], 0, 'no match'],
    ['', 10, [], 0, 'blank query'],
  ])('%j limit %i -> %j of %i (%s)', async (q, limit, expected, total) => {
    await index.whenBuilt();
    const answer = index.query(q, limit);
    expect(answer.items.map((i) => i.id)).toEqual(expected);
    expect(answer.total).toBe(total);
  });
});

describe('SearchIndex persists to its file', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const fileIn = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'hd-search-'));
    dirs.push(dir);
    return join(dir, INDEX_FILE);
  };
  const saved = async (file: string): Promise<void> => {
    const index = new SearchIndex(sourceOf(metas), { file });
    await index.whenBuilt();
    await index.close();
  };
  const otherVersion = (bytes: Buffer): Buffer => {
    const copy = Buffer.from(bytes);
    copy.writeUInt32LE(copy.readUInt32LE(4) + 1, 4);
    return copy;
  };
  const flipped = (bytes: Buffer): Buffer => {
    const copy = Buffer.from(bytes);
    const at = copy.length - 3;
    copy[at] = (copy[at] ?? 0) ^ 0xff;
    return copy;
  };
  const olderTokenizer = (): Buffer =>
    encodeIndex({
      tokenizer: INDEX_TOKENIZER_VERSION - 1,
      ids: ['a'],
      dates: [0],
      segment: new FrozenSegment([], new Uint32Array([0]), new Uint32Array(0)),
    });

  // [file damage, body reads at the next start, why]
  it.each<[string, (bytes: Buffer) => Buffer, number, string]>([
    ['intact', (b) => b, 0, 'loaded: no body is read again'],
    ['truncated', (b) => b.subarray(0, b.length >> 1), metas.length, 'torn write: rebuilt'],
    ['bit-flipped', flipped, metas.length, 'CRC mismatch: rebuilt'],
    ['another format version', otherVersion, metas.length, 'not ours to read: rebuilt'],
    ['an older tokenizer', () => olderTokenizer(), metas.length, 'terms would not match: rebuilt'],
    ['not an index', () => Buffer.from('{"hello":1}'), metas.length, 'garbage: rebuilt'],
    ['empty', () => Buffer.alloc(0), metas.length, 'empty: rebuilt'],
  ])('%s file -> %i body reads (%s)', async (_what, damage, reads) => {
    const file = await fileIn();
    await saved(file);
    await writeFile(file, damage(await readFile(file)));
    const source = sourceOf(metas);
    const index = new SearchIndex(source, { file });
    await index.whenBuilt();
    expect(source.reads.length).toBe(reads);
    expect(ids(index, 'crack').sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(index, 'chipped')).toEqual(['body']);
  });

  // [what changed in the store while the app was closed, query, ids, bodies read, why]
  it.each<[string, (list: MessageMeta[]) => void, string, string[], string[], string]>([
    [
      'new mail',
      (l) => l.push(meta('new', 'Parcel never arrived')),
      'parcel',
      ['new'],
      ['new'],
      'only new mail is read',
    ],
    [
      'an expunge',
      (l) => l.splice(0, 1, { ...(l[0] as MessageMeta), expungedAt: '2024-06-01T00:00:00.000Z' }),
      'crack',
      ['b', 'c', 'd', 'e'],
      [],
      'the store, not the file, says what is expunged',
    ],
    [
      'a message moved to a new id',
      (l) => l.splice(1, 1, { ...(l[1] as MessageMeta), id: 'b2' }),
      'crack',
      ['a', 'b2', 'c', 'd', 'e'],
      ['b2'],
      'the old id is no longer answered, the new one is indexed',
    ],
  ])('after %s: %j -> %j', async (_what, change, q, expected, reads) => {
    const file = await fileIn();
    await saved(file);
    const list = [...metas];
    change(list);
    const source = sourceOf(list);
    const index = new SearchIndex(source, { file });
    await index.whenBuilt();
    expect(ids(index, q).sort()).toEqual(expected);
    expect(source.reads).toEqual(reads);
    // And what was added is in the next saved file too.
    await index.close();
    const again = sourceOf(list);
    const reloaded = new SearchIndex(again, { file });
    await reloaded.whenBuilt();
    expect(ids(reloaded, q).sort()).toEqual(expected);
    expect(again.reads).toEqual([]);
  });
});

describe('SearchIndex.startIn schedules the build', () => {
  afterEach(() => vi.useRealTimers());

  // [why, schedules in ms, close at ms (or null), ms checked, started by then]
  it.each<[string, number[], number | null, number, boolean]>([
    ['not before its time', [1000], null, 999, false],
    ['at its time', [1000], null, 1000, true],
    ['a later schedule replaces an earlier one', [1000, 5000], null, 4999, false],
    ['…and starts at its own time', [1000, 5000], null, 5000, true],
    ['a close cancels it', [1000], 500, 2000, false],
  ])('%s', async (_why, schedules, closeAt, checkAt, started) => {
    // Only the clock of timeouts: the build itself yields with setImmediate, which stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const source = sourceOf(metas);
    const listed = vi.spyOn(source, 'listMessages');
    const index = new SearchIndex(source);
    for (const ms of schedules) index.startIn(ms);
    if (closeAt !== null) {
      await vi.advanceTimersByTimeAsync(closeAt);
      await index.close();
    }
    await vi.advanceTimersByTimeAsync(checkAt - (closeAt ?? 0));
    expect(listed.mock.calls.length > 0).toBe(started);
    await index.close();
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../shared/api/result.js';
import type { TemplateLibrary } from '../../../../../electron/core/templates/template-library.js';
import type { TemplatesDoc } from '../../../../../electron/core/templates/template-doc.js';
import { tempDir } from '../store/store-test-helpers.js';
import { input, openLibrary, STARTERS_V1, STARTERS_V2, T0, TestClock } from './template-fixtures.js';

/*
 * The template library over a real `templates.json` (issue 6): starters seeded once and never
 * forced back, edits durable across a reopen, delete with undo, duplicate, all-or-nothing import,
 * use counts. Each test reopens the library from disk where durability is the point.
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function fresh(): Promise<{ dir: string; clock: TestClock }> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return { dir, clock: new TestClock(T0) };
}

const ids = (lib: TemplateLibrary): string[] => lib.list().map((t) => t.id);
const onDisk = async (dir: string): Promise<TemplatesDoc> =>
  JSON.parse(await readFile(join(dir, 'templates.json'), 'utf8')) as TemplatesDoc;

async function failure(work: Promise<unknown>): Promise<ApiFailure> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiFailure)) throw new Error(`expected an ApiFailure, got ${String(error)}`);
  return error;
}

describe('starter seeding', () => {
  // [what happens between the first open (v1) and the reopen, reopen version, ids after, why]
  const CASES: Array<
    [string, (lib: TemplateLibrary, clock: TestClock) => Promise<void>, 1 | 2, string[], string]
  > = [
    [
      'nothing',
      async () => undefined,
      1,
      ['starter-thanks', 'starter-delay'],
      'seeded once: no duplicates at the second open',
    ],
    [
      'nothing',
      async () => undefined,
      2,
      ['starter-thanks', 'starter-delay', 'starter-return'],
      'an update adds only its new starter',
    ],
    [
      'a starter deleted',
      async (lib) => void (await lib.remove('starter-thanks')),
      2,
      ['starter-delay', 'starter-return'],
      'a deletion survives the app update',
    ],
    [
      'a starter deleted, trash purged after 31 days',
      async (lib, clock) => {
        await lib.remove('starter-thanks');
        clock.advanceDays(31);
      },
      2,
      ['starter-delay', 'starter-return'],
      'the deletion is remembered after undo is gone',
    ],
    [
      'a starter edited',
      async (lib) => {
        const t = lib.get('starter-delay');
        if (!t) throw new Error('no starter');
        await lib.save({ ...input(), id: t.id, name: '遅延（当店版）' });
      },
      2,
      ['starter-thanks', 'starter-delay', 'starter-return'],
      'the edit is kept, not overwritten',
    ],
  ];
  it.each(CASES)('%s, reopened at v%i -> %j (%s)', async (_what, act, version, expected) => {
    const { dir, clock } = await fresh();
    const first = await openLibrary(dir, clock, STARTERS_V1, 1);
    await act(first, clock);
    await first.close();
    const again = await openLibrary(dir, clock, version === 1 ? STARTERS_V1 : STARTERS_V2, version);
    expect(ids(again)).toEqual(expected);
    expect((await onDisk(dir)).starterVersion).toBe(version);
    if (_what === 'a starter edited') expect(again.get('starter-delay')?.name).toBe('遅延（当店版）');
    await again.close();
  });

  it('stamps seeded starters with the seeding time, so a new install is not "review due" at once', async () => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    expect(lib.get('starter-thanks')).toMatchObject({
      reviewedAt: T0.toISOString(),
      starter: true,
      useCount: 0,
    });
    expect(STARTERS_V1[0]?.reviewedAt).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('save, reopen, review, use', () => {
  it('a new template and an edit are on disk when save resolves', async () => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const created = await lib.save(input());
    clock.advanceDays(2);
    const edited = await lib.save({
      ...input({ name: '配送のご案内' }),
      id: created.id,
      reviewed: false,
      tags: [' 配送 ', '配送', ''],
    });
    // No close(): durability is the promise of save itself.
    const reopened = await openLibrary(dir, clock);
    expect(reopened.get(created.id)).toEqual(edited);
    expect(edited).toMatchObject({
      name: '配送のご案内',
      tags: ['配送'],
      createdAt: T0.toISOString(),
      updatedAt: clock.current.toISOString(),
      reviewedAt: T0.toISOString(),
      starter: false,
    });
  });

  // [call, expected code, why]
  const REFUSED: Array<[string, (lib: TemplateLibrary) => Promise<unknown>, string, string]> = [
    [
      'save unknown id',
      (lib) => lib.save(input({ id: 'tpl-nope' })),
      'not-found',
      'an edit of a deleted template',
    ],
    [
      'save without default variant',
      (lib) => lib.save(input({ defaultLanguage: 'ko' })),
      'invalid-request',
      'every template has text in its default language',
    ],
    ['duplicate unknown', (lib) => lib.duplicate('tpl-nope'), 'not-found', 'nothing to copy'],
    ['delete unknown', (lib) => lib.remove('tpl-nope'), 'not-found', 'nothing to delete'],
    ['restore unknown token', (lib) => lib.restore('nope'), 'not-found', 'nothing to undo'],
    [
      'custom field twice',
      (lib) =>
        lib.setSettings({
          shopName: '',
          reviewAfterDays: 90,
          customFields: [
            { key: 'ret', label: 'a', value: '1' },
            { key: 'ret', label: 'b', value: '2' },
          ],
        }),
      'invalid-request',
      '{{custom.ret}} would be ambiguous',
    ],
  ];
  it.each(REFUSED)('%s -> %s (%s)', async (_what, call, code) => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const before = await readFile(join(dir, 'templates.json'));
    expect((await failure(call(lib))).code).toBe(code);
    expect(await readFile(join(dir, 'templates.json'))).toEqual(before);
  });

  it('mark-reviewed and two uses: reviewedAt, lastUsedAt and useCount move, updatedAt does not', async () => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const t = await lib.save(input());
    clock.advanceDays(100);
    await lib.markReviewed(t.id);
    clock.advanceDays(1);
    await lib.recordUse(t.id);
    await lib.recordUse(t.id);
    const after = (await openLibrary(dir, clock)).get(t.id);
    expect(after).toMatchObject({
      updatedAt: T0.toISOString(),
      reviewedAt: new Date(T0.getTime() + 100 * 86_400_000).toISOString(),
      lastUsedAt: clock.current.toISOString(),
      useCount: 2,
    });
  });
});

describe('delete and undo', () => {
  // [days after delete, restorable, why]
  const CASES: Array<[number, boolean, string]> = [
    [0, true, 'undo right away'],
    [29, true, 'the trash keeps it 30 days, also across a restart'],
    [31, false, 'purged after 30 days'],
  ];
  it.each(CASES)('restore %i days after delete -> %s (%s)', async (days, restorable) => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const t = await lib.save(input());
    const token = await lib.remove(t.id);
    expect(lib.get(t.id)).toBeNull();
    clock.advanceDays(days);
    const reopened = await openLibrary(dir, clock);
    if (restorable) {
      expect(await reopened.restore(token)).toEqual(t);
      expect((await openLibrary(dir, clock)).get(t.id)).toEqual(t);
      expect((await failure(reopened.restore(token))).code).toBe('not-found');
    } else {
      expect((await failure(reopened.restore(token))).code).toBe('not-found');
      expect((await onDisk(dir)).trash).toEqual([]);
    }
  });

  it('a restored starter is no longer remembered as deleted', async () => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const token = await lib.remove('starter-thanks');
    expect((await onDisk(dir)).deletedStarterIds).toEqual(['starter-thanks']);
    await lib.restore(token);
    expect((await onDisk(dir)).deletedStarterIds).toEqual([]);
  });
});

describe('duplicate', () => {
  // [source name, default language, copy name, why]
  const CASES: Array<[string, 'ja' | 'en' | 'zh' | 'ko', string, string]> = [
    ['配送状況のご案内', 'ja', '配送状況のご案内のコピー', 'kana: Japanese'],
    ['Order status', 'en', 'Order status (copy)', 'Latin: English'],
    ['物流查询', 'zh', '物流查询（副本）', 'Han in a Chinese template'],
    ['배송 안내', 'ko', '배송 안내 사본', 'Hangul: Korean'],
  ];
  it.each(CASES)('%s (%s) -> %s (%s)', async (name, lang, expected) => {
    const { dir, clock } = await fresh();
    const lib = await openLibrary(dir, clock);
    const variants = { [lang]: { subject: 's', body: 'b' } };
    const source = await lib.save(input({ name, defaultLanguage: lang, variants }));
    await lib.recordUse(source.id);
    clock.advanceDays(1);
    const copy = await lib.duplicate(source.id);
    expect(copy).toMatchObject({ name: expected, variants, useCount: 0, lastUsedAt: null, starter: false });
    expect(copy.id).not.toBe(source.id);
    expect(ids(await openLibrary(dir, clock))).toContain(copy.id);
  });
});

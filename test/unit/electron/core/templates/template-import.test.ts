import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../shared/api/result.js';
import type { Template } from '../../../../../shared/domain/templates/types.js';
import { tempDir } from '../store/store-test-helpers.js';
import { openLibrary, STARTERS_V1, T0, TestClock } from './template-fixtures.js';

/*
 * Import never half-imports (issue 6): a file with any problem changes nothing on disk, byte for
 * byte, and says what is wrong; a good file lands in one write, as the preview said.
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

const NEW: Template = {
  ...structuredClone(STARTERS_V1[0] as Template),
  id: 'tpl-imported',
  name: '入荷のご連絡',
  starter: false,
};
const file = (templates: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: 'seller-helpdesk-templates',
    version: 1,
    exportedAt: T0.toISOString(),
    templates,
    ...extra,
  });

// [file, problem code in detail, why]
const BAD: Array<[string, string, string]> = [
  ['{"format": "seller-helpdesk-templates", "templ', 'malformed', 'cut short'],
  [JSON.stringify({ templates: [NEW] }), 'wrong-format', 'not our export'],
  [file([NEW], { version: 99 }), 'newer-version', 'made by a newer app'],
  [file([NEW, NEW]), 'duplicate-ids', 'which one to keep?'],
  [
    file([NEW, { ...NEW, id: 'tpl-2', name: '' }]),
    'invalid',
    'one bad template spoils the file: the good one is not imported either',
  ],
];

describe('import', () => {
  it.each(BAD)('refuses %s -> %s (%s), templates.json untouched', async (json, code) => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const lib = await openLibrary(dir, new TestClock(T0));
    const before = await readFile(join(dir, 'templates.json'));
    const calls: Array<() => Promise<unknown>> = [
      async () => lib.previewImport(json),
      () => lib.applyImport(json),
    ];
    for (const call of calls) {
      const error = await call().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ApiFailure);
      expect((error as ApiFailure).code).toBe('invalid-request');
      expect((error as ApiFailure).detail?.startsWith(code)).toBe(true);
      expect((error as ApiFailure).message.length).toBeGreaterThan(10);
    }
    expect(await readFile(join(dir, 'templates.json'))).toEqual(before);
    expect(lib.list().map((t) => t.id)).toEqual(['starter-thanks', 'starter-delay']);
  });

  it('a good file: preview says what changes, apply does exactly that in one durable write', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const clock = new TestClock(T0);
    const lib = await openLibrary(dir, clock);
    const [thanks, delay] = lib.list();
    if (!thanks || !delay) throw new Error('starters missing');
    const changedDelay = { ...delay, name: '発送遅延（改）' };
    const json = file([thanks, changedDelay, NEW]);
    const expected = {
      added: [{ id: 'tpl-imported', name: '入荷のご連絡' }],
      updated: [{ id: 'starter-delay', name: '発送遅延（改）' }],
      unchanged: 1,
    };
    expect(lib.previewImport(json)).toEqual(expected);
    expect(await lib.applyImport(json)).toEqual({ added: 1, updated: 1 });
    const reopened = await openLibrary(dir, clock);
    expect(reopened.list().map((t) => [t.id, t.name])).toEqual([
      ['starter-thanks', 'お礼'],
      ['starter-delay', '発送遅延（改）'],
      ['tpl-imported', '入荷のご連絡'],
    ]);
    // The export round-trips: importing it again changes nothing.
    expect(reopened.previewImport(reopened.exportJson().json)).toEqual({
      added: [],
      updated: [],
      unchanged: 3,
    });
  });

  it('a deleted starter brought back by import is no longer remembered as deleted', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const lib = await openLibrary(dir, new TestClock(T0));
    const thanks = lib.get('starter-thanks');
    await lib.remove('starter-thanks');
    await lib.applyImport(file([thanks]));
    const doc = JSON.parse(await readFile(join(dir, 'templates.json'), 'utf8')) as {
      deletedStarterIds: string[];
    };
    expect(doc.deletedStarterIds).toEqual([]);
  });
});

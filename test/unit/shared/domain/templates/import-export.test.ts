import { describe, expect, it } from 'vitest';
import {
  applyImport,
  exportTemplates,
  parseImportFile,
  previewImport,
  type ImportProblem,
} from '../../../../../shared/domain/templates/import-export.js';
import type { Template } from '../../../../../shared/domain/templates/types.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const LATER = new Date('2026-04-01T09:00:00.000Z');

function tpl(id: string, over: Partial<Template> = {}): Template {
  return {
    id,
    name: `Template ${id}`,
    tags: ['return', '返品'],
    kinds: ['complaint'],
    defaultLanguage: 'ja',
    variants: {
      ja: { subject: 'ご注文{{orderId}}について', body: '{{buyerName}}様\n返品の方法をご案内いたします。' },
      en: {
        subject: 'About order {{orderId}}',
        body: 'Dear {{buyerName}},\nhere is how to return the item.',
      },
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    reviewedAt: '2026-01-02T00:00:00.000Z',
    lastUsedAt: null,
    useCount: 0,
    starter: false,
    ...over,
  };
}

const file = (templates: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: 'seller-helpdesk-templates',
    version: 1,
    exportedAt: NOW.toISOString(),
    templates,
    ...extra,
  });

const withField = (field: string, value: unknown): unknown => ({ ...tpl('bad'), [field]: value });

describe('parseImportFile: bad files are refused with a clear problem', () => {
  const cases: Array<[json: string, code: ImportProblem['code'], mention: RegExp, why: string]> = [
    [
      '{"format": "seller-helpdesk-templates", "version": 1,',
      'malformed',
      /line 1, column 54/,
      'cut short: just after the last character',
    ],
    [
      '{\n  "format": "x",\n  "version": 1\n  "templates": []\n}',
      'malformed',
      /line 4, column 3/,
      'a missing comma: where the next field starts',
    ],
    ['', 'malformed', /not valid JSON/, 'an empty file'],
    ['templates.json', 'malformed', /not valid JSON/, 'not JSON at all'],
    ['[]', 'wrong-format', /not a template file/, 'a bare list'],
    ['null', 'wrong-format', /not a template file/, 'null'],
    ['{"templates": []}', 'wrong-format', /not a template file/, 'no format field'],
    [
      '{"format": "other-app", "version": 1, "templates": []}',
      'wrong-format',
      /not a template file/,
      'another app’s export',
    ],
    [
      file([], { version: 2 }),
      'newer-version',
      /newer version of the app; update the app/,
      'a newer version',
    ],
    [
      file([{ nonsense: true }], { version: 7 }),
      'newer-version',
      /newer version/,
      'newer: checked before the templates',
    ],
    [file([], { version: '1' }), 'invalid', /format version/, 'a version that is not a number'],
    [file([], { version: 0 }), 'invalid', /format version/, 'version 0'],
    [
      JSON.stringify({ format: 'seller-helpdesk-templates', version: 1 }),
      'invalid',
      /no list of templates/,
      'no templates',
    ],
    [file([withField('kinds', ['spam'])]), 'invalid', /not valid/, 'a kind templates cannot have'],
  ];
  it.each(cases)('%#: → %s (%s)', (json, code, mention) => {
    const r = parseImportFile(json);
    expect(r.ok ? null : r.problem.code).toBe(code);
    expect(r.ok ? '' : `${r.problem.message} ${r.problem.detail ?? ''}`).toMatch(mention);
  });
});

describe('parseImportFile: which template and field is wrong', () => {
  const big = 'あ'.repeat(100_000);
  const cases: Array<[templates: unknown[], code: ImportProblem['code'], detail: RegExp, why: string]> = [
    [
      [tpl('a'), withField('kinds', ['spam'])],
      'invalid',
      /^template 2 "Template bad" \(id bad\): kinds\.0/,
      'second template, field path',
    ],
    [[withField('name', '')], 'invalid', /: name:/, 'empty name'],
    [[withField('createdAt', 'yesterday')], 'invalid', /: createdAt:/, 'a date that is not ISO'],
    [[withField('useCount', -1)], 'invalid', /: useCount:/, 'negative use count'],
    [[withField('script', 'alert(1)')], 'invalid', /script/, 'an unknown field (strict schema)'],
    [
      [withField('defaultLanguage', 'fr')],
      'invalid',
      /: defaultLanguage:/,
      'a language the app does not have',
    ],
    [
      [tpl('x', { defaultLanguage: 'ko' })],
      'invalid',
      /no text in its default language \(ko\)/,
      'default variant missing',
    ],
    [['just a string'], 'invalid', /^template 1: the template/, 'not an object'],
    [
      [tpl('huge', { variants: { ja: { subject: 's', body: big } } })],
      'invalid',
      /id huge.*ja text has 100,000 characters, at most 20,000/,
      '100 KB text refused, not truncated',
    ],
    [
      [tpl('a'), tpl('b'), tpl('a'), tpl('b'), tpl('c')],
      'duplicate-ids',
      /^a, b$/,
      'duplicates listed once each',
    ],
  ];
  it.each(cases)('%#: %s (%s)', (templates, code, detail) => {
    const r = parseImportFile(file(templates));
    expect(r.ok ? null : r.problem.code).toBe(code);
    expect(r.ok ? '' : (r.problem.detail ?? '')).toMatch(detail);
  });
});

describe('parseImportFile: good files', () => {
  const cases: Array<[json: string, ids: string[], why: string]> = [
    [file([]), [], 'an empty library is a valid export'],
    [file([tpl('a'), tpl('b')]), ['a', 'b'], 'two templates, in file order'],
    [`\uFEFF${file([tpl('a')])}`, ['a'], 'a byte-order mark from a Windows editor is ignored'],
    [exportTemplates([tpl('a', { starter: true })], NOW), ['a'], 'our own export'],
  ];
  it.each(cases)('%#: → %j (%s)', (json, ids) => {
    const r = parseImportFile(json);
    expect(r.ok ? r.templates.map((t) => t.id) : r.problem).toEqual(ids);
  });
});

describe('previewImport: what will change', () => {
  const existing = [tpl('a'), tpl('b'), tpl('c', { useCount: 5 })];
  const cases: Array<
    [incoming: Template[], counts: [added: number, updated: number, unchanged: number], why: string]
  > = [
    [[], [0, 0, 0], 'nothing in the file'],
    [[tpl('a'), tpl('b')], [0, 0, 2], 'same content'],
    [
      [tpl('a', { updatedAt: LATER.toISOString(), reviewedAt: LATER.toISOString() })],
      [0, 0, 1],
      'timestamps only',
    ],
    [
      [tpl('c', { useCount: 0, lastUsedAt: NOW.toISOString() })],
      [0, 0, 1],
      'use counts only: this desk’s history',
    ],
    [[tpl('a', { tags: ['return'] })], [0, 1, 0], 'a tag removed'],
    [[tpl('a', { name: 'Renamed' })], [0, 1, 0], 'renamed'],
    [[tpl('a', { kinds: ['inquiry'] })], [0, 1, 0], 'kinds changed'],
    [
      [tpl('a', { variants: { ja: { subject: 'x', body: 'y' } } })],
      [0, 1, 0],
      'a variant removed and text changed',
    ],
    [[tpl('d'), tpl('e')], [2, 0, 0], 'new ids'],
    [[tpl('a'), tpl('b', { name: 'B2' }), tpl('z')], [1, 1, 1], 'one of each'],
  ];
  it.each(cases)('%#: → %j (%s)', (incoming, counts) => {
    const p = previewImport(existing, incoming);
    expect([p.added.length, p.updated.length, p.unchanged]).toEqual(counts);
  });

  it('names what is added and updated', () => {
    const p = previewImport(existing, [tpl('b', { name: 'B2' }), tpl('z', { name: 'New one' })]);
    expect(p).toEqual({
      added: [{ id: 'z', name: 'New one' }],
      updated: [{ id: 'b', name: 'B2' }],
      unchanged: 0,
    });
  });
});

describe('applyImport: the whole new list, or nothing', () => {
  const used = tpl('b', { useCount: 12, lastUsedAt: '2026-03-01T00:00:00.000Z', starter: true });
  const existing = Object.freeze([tpl('a'), used]) as readonly Template[];

  it('keeps order, applies updates with this desk’s counts, appends new ones', () => {
    const fromFile = tpl('b', {
      name: 'B2',
      useCount: 0,
      lastUsedAt: null,
      starter: false,
      createdAt: '2020-01-01T00:00:00.000Z',
    });
    const out = applyImport(existing, [fromFile, tpl('c'), tpl('a')], LATER);
    const cases: Array<[actual: unknown, expected: unknown, why: string]> = [
      [out.map((t) => t.id), ['a', 'b', 'c'], 'existing order, then the added'],
      [out[0], existing[0], 'unchanged: the very same object'],
      [out[1]?.name, 'B2', 'update applied'],
      [[out[1]?.useCount, out[1]?.lastUsedAt], [12, '2026-03-01T00:00:00.000Z'], 'use counts kept'],
      [[out[1]?.createdAt, out[1]?.starter], ['2026-01-01T00:00:00.000Z', true], 'identity kept'],
      [out[1]?.updatedAt, LATER.toISOString(), 'updatedAt is now'],
      [existing[1]?.name, 'Template b', 'the input list is not touched'],
    ];
    for (const [actual, expected, why] of cases) expect(actual, why).toEqual(expected);
  });

  const throwing: Array<[existing: readonly Template[], incoming: Template[], why: string]> = [
    [existing, [tpl('x'), tpl('x')], 'duplicate ids in the file'],
    [[tpl('a'), tpl('a')], [tpl('b')], 'duplicate ids already in the library'],
  ];
  it.each(throwing)('%#: throws before building anything (%s)', (before, incoming) => {
    expect(() => applyImport(before, incoming, LATER)).toThrow(/duplicate template ids/);
  });
});

describe('round trip: export → import', () => {
  const library = [
    tpl('a', { useCount: 3, lastUsedAt: '2026-03-09T00:00:00.000Z' }),
    tpl('b', { starter: true, variants: { ja: { subject: '', body: '<b>{{x}}</b> "quotes" \\ 😀' } } }),
    tpl('c', { defaultLanguage: 'ko', variants: { ko: { subject: '주문', body: '{{buyerName}}님' } } }),
  ];
  const json = exportTemplates(library, NOW);
  const parsed = parseImportFile(json);
  const incoming = parsed.ok ? parsed.templates : [];
  const cases: Array<[actual: unknown, expected: unknown, why: string]> = [
    [parsed.ok, true, 'our own export parses'],
    [JSON.parse(json).exportedAt, NOW.toISOString(), 'exportedAt is the given now'],
    [json.includes('\n  "templates"'), true, 'pretty printed for people who open it'],
    [incoming, library, 'every field survives'],
    [previewImport(library, incoming), { added: [], updated: [], unchanged: 3 }, 'nothing changes'],
    [applyImport(library, incoming, LATER), library, 'applying it changes nothing'],
  ];
  it.each(cases)('%#: %s', (actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

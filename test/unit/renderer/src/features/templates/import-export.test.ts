import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  importProblem,
  importSummary,
} from '../../../../../../renderer/src/features/templates/import-export.js';

describe('exportFileName', () => {
  it.each([
    { now: new Date(2026, 0, 5, 9, 0), want: 'templates-20260105.json', why: 'zero-padded month and day' },
    {
      now: new Date(2026, 11, 31, 23, 59),
      want: 'templates-20261231.json',
      why: 'local date late at night, not UTC',
    },
  ])('$why', ({ now, want }) => {
    expect(exportFileName(now)).toBe(want);
  });
});

describe('importProblem', () => {
  it.each([
    {
      error: { message: 'The file was made by a newer version.', detail: 'newer-version' },
      want: { code: 'newer-version', where: null },
      why: 'the core puts the code in the detail',
    },
    {
      error: {
        message: 'A template in the file is not valid; nothing was imported.',
        detail: 'invalid: #2 "返品": name: Too small',
      },
      want: { code: 'invalid', where: '#2 "返品": name: Too small' },
      why: 'code, then where in the file',
    },
    {
      error: { message: 'invalid template', detail: 'duplicate-ids: a, b' },
      want: { code: 'duplicate-ids', where: 'a, b' },
      why: 'the detail wins over a message that starts with a code word',
    },
    {
      error: { message: 'malformed' },
      want: { code: 'malformed', where: null },
      why: 'a bare code in the message (older core)',
    },
    {
      error: { message: 'wrong-format: not ours' },
      want: { code: 'wrong-format', where: 'not ours' },
      why: 'code leading the message',
    },
    { error: { message: 'Unexpected token } in JSON' }, want: null, why: 'unknown words are not a code' },
    {
      error: { message: 'invalidity', detail: 'internal' },
      want: null,
      why: 'a longer word is not the code',
    },
  ])('$why', ({ error, want }) => {
    expect(importProblem(error)).toEqual(want);
  });
});

describe('importSummary', () => {
  it.each([
    {
      preview: { added: [{ id: 'a', name: 'A' }], updated: [], unchanged: 2 },
      want: { added: 1, updated: 0, unchanged: 2, empty: false, noTemplates: false },
      why: 'something to add',
    },
    {
      preview: { added: [], updated: [], unchanged: 4 },
      want: { added: 0, updated: 0, unchanged: 4, empty: true, noTemplates: false },
      why: 'importing the same file again changes nothing',
    },
    {
      preview: { added: [], updated: [], unchanged: 0 },
      want: { added: 0, updated: 0, unchanged: 0, empty: true, noTemplates: true },
      why: 'an empty file is said to be empty, not "already here"',
    },
  ])('$why', ({ preview, want }) => {
    expect(importSummary(preview)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  type SettingsDraft,
} from '../../../../../../renderer/src/features/templates/settings-form.js';

const base: SettingsDraft = { shopName: ' さくら商店 ', reviewDays: '90', fields: [] };
const field = (key: string, label = 'ラベル') => ({ key, label, value: 'v' });

describe('checkSettings', () => {
  it.each([
    { draft: base, days: 90, invalid: false, problems: [], why: 'defaults save; shop name trimmed' },
    {
      draft: { ...base, reviewDays: '１８０' },
      days: 180,
      invalid: false,
      problems: [],
      why: 'full-width digits from the IME',
    },
    {
      draft: { ...base, reviewDays: '' },
      days: null,
      invalid: true,
      problems: [],
      why: 'empty while typing',
    },
    { draft: { ...base, reviewDays: '0' }, days: null, invalid: true, problems: [], why: 'at least one day' },
    {
      draft: { ...base, reviewDays: '3651' },
      days: null,
      invalid: true,
      problems: [],
      why: 'at most ten years',
    },
    {
      draft: { ...base, reviewDays: '30.5' },
      days: null,
      invalid: true,
      problems: [],
      why: 'whole days only',
    },
    {
      draft: { ...base, fields: [field('returnAddress'), field('1st'), field('a-b')] },
      days: null,
      invalid: false,
      problems: [null, 'key-invalid', 'key-invalid'],
      why: 'keys must be identifiers, so {{custom.key}} parses',
    },
    {
      draft: { ...base, fields: [field('addr'), field(' addr ')] },
      days: null,
      invalid: false,
      problems: ['key-duplicate', 'key-duplicate'],
      why: 'duplicates (after trimming) are both marked',
    },
    {
      draft: { ...base, fields: [field('addr', '  ')] },
      days: null,
      invalid: false,
      problems: ['label-empty'],
      why: 'a field needs a label for the insert menu',
    },
  ])('$why', ({ draft, days, invalid, problems }) => {
    const check = checkSettings(draft);
    expect(check.reviewDaysInvalid).toBe(invalid);
    expect(check.fieldProblems).toEqual(problems);
    expect(check.settings?.reviewAfterDays ?? null).toBe(days);
    if (check.settings !== null) expect(check.settings.shopName).toBe('さくら商店');
  });
});

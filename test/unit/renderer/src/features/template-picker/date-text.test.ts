import { describe, expect, it } from 'vitest';
import { formatPickedDate } from '../../../../../../renderer/src/features/template-picker/date-text.js';

describe('formatPickedDate', () => {
  const cases = [
    { why: 'Japanese reads 年月日', iso: '2026-06-12', lang: 'ja' as const, expected: '2026年6月12日' },
    { why: 'Chinese also 年月日', iso: '2026-06-02', lang: 'zh' as const, expected: '2026年6月2日' },
    {
      why: 'Korean 년 월 일 with spaces',
      iso: '2026-06-12',
      lang: 'ko' as const,
      expected: '2026년 6월 12일',
    },
    { why: 'English month name first', iso: '2026-12-01', lang: 'en' as const, expected: 'December 1, 2026' },
    {
      why: 'a leap day exists in 2028',
      iso: '2028-02-29',
      lang: 'en' as const,
      expected: 'February 29, 2028',
    },
    { why: 'not a real date (no leap day in 2026)', iso: '2026-02-29', lang: 'ja' as const, expected: null },
    { why: 'month 13 is refused', iso: '2026-13-01', lang: 'ja' as const, expected: null },
    { why: 'an empty picker (cleared) fills nothing', iso: '', lang: 'ja' as const, expected: null },
  ];
  it.each(cases)('$why', ({ iso, lang, expected }) => {
    expect(formatPickedDate(iso, lang)).toBe(expected);
  });
});

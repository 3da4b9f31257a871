import type { TemplateLanguage } from '../../../../shared/domain/templates/types.js';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date from the date picker (`YYYY-MM-DD`) written the way a buyer reads it in the variant's
 * language. Done by hand rather than with Intl so the words do not depend on the ICU data of
 * the machine the app runs on. Returns null for anything that is not a real calendar date.
 */
export function formatPickedDate(iso: string, language: TemplateLanguage): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  switch (language) {
    case 'ja':
    case 'zh':
      return `${y}年${mo}月${d}日`;
    case 'ko':
      return `${y}년 ${mo}월 ${d}일`;
    case 'en':
      return `${EN_MONTHS[mo - 1] ?? ''} ${d}, ${y}`;
  }
}

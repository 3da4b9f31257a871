import { describe, expect, it } from 'vitest';
import { formatAbsoluteTime, formatRelativeTime } from '../../../../../renderer/src/lib/relative-time.js';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it.each([
    { iso: ago(10_000), locale: 'en', want: 'now', why: 'seconds read as now' },
    { iso: ago(5 * MIN), locale: 'en', want: '5 min. ago', why: 'minutes' },
    {
      iso: ago(3 * HOUR),
      locale: 'en',
      want: '3 hr. ago',
      why: 'hours: the 24-hour reply window is counted in these',
    },
    { iso: ago(3 * HOUR), locale: 'ja', want: '3 時間前', why: 'Japanese' },
    { iso: ago(DAY), locale: 'ja', want: '昨日', why: 'numeric:auto says yesterday' },
    { iso: ago(2 * DAY), locale: 'zh', want: '前天', why: 'Chinese day before yesterday' },
    { iso: ago(3 * HOUR), locale: 'ko', want: '3시간 전', why: 'Korean' },
    { iso: ago(20 * DAY), locale: 'en', want: 'Feb 18', why: 'older than a week shows the date' },
    { iso: '2024-05-01T00:00:00Z', locale: 'en', want: 'May 1, 2024', why: 'another year shows the year' },
    { iso: 'not a date', locale: 'en', want: '', why: 'hostile Date header' },
  ])('$why', ({ iso, locale, want }) => {
    expect(formatRelativeTime(iso, now, locale)).toBe(want);
  });

  it.each([{ iso: 'garbage', want: 'garbage', why: 'unparseable dates are shown as they came' }])(
    'absolute: $why',
    ({ iso, want }) => {
      expect(formatAbsoluteTime(iso, 'en')).toBe(want);
    },
  );
});

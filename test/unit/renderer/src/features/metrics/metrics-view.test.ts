import { describe, expect, it } from 'vitest';
import {
  isEmptyStore,
  shareDenominator,
  splitDuration,
  staffRows,
  windowFor,
  type Bucket,
  type ResponseMetrics,
  type WindowMetrics,
} from '../../../../../../renderer/src/features/metrics/metrics-view.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const bucket = (buyerMessages: number, within = 0): Bucket => ({
  buyerMessages,
  answeredWithin24h: within,
  shareWithin24h: buyerMessages === 0 ? null : within / buyerMessages,
  medianFirstResponseMs: null,
});

function windowOf(days: number, buyerMessages: number, byStaff: Record<string, Bucket> = {}): WindowMetrics {
  return {
    days,
    buyerMessages,
    answered: 0,
    answeredElsewhere: 0,
    answeredWithin24h: 0,
    shareWithin24h: null,
    medianFirstResponseMs: null,
    pending: 0,
    byCategory: { inquiry: bucket(0), complaint: bucket(0), thanks: bucket(0), spam: bucket(0) },
    byStaff,
  };
}

function metricsOf(windows: WindowMetrics[], overdueNow = 0): ResponseMetrics {
  return {
    generatedAt: '2025-03-01T00:00:00.000Z',
    windows,
    overdueNow,
    overdueByCategory: { inquiry: overdueNow, complaint: 0, thanks: 0, spam: 0 },
    overdueByStaff: {},
  };
}

describe('splitDuration', () => {
  it.each([
    { ms: 0, want: { key: 'lessThanMinute', d: 0, h: 0, m: 0 }, why: 'an instant reply is not "0 min"' },
    { ms: 29_999, want: { key: 'lessThanMinute', d: 0, h: 0, m: 0 }, why: 'rounds to zero minutes' },
    { ms: 30_000, want: { key: 'minutes', d: 0, h: 0, m: 1 }, why: 'half a minute rounds up' },
    { ms: 59 * MIN, want: { key: 'minutes', d: 0, h: 0, m: 59 }, why: 'under an hour: minutes only' },
    {
      ms: 59 * MIN + 40_000,
      want: { key: 'hours', d: 0, h: 1, m: 0 },
      why: 'rounding can carry into the hour',
    },
    { ms: 2 * HOUR, want: { key: 'hours', d: 0, h: 2, m: 0 }, why: '"2時間", not "2時間0分"' },
    {
      ms: 3 * HOUR + 12 * MIN,
      want: { key: 'hoursMinutes', d: 0, h: 3, m: 12 },
      why: 'the 3時間12分 of the brief',
    },
    {
      ms: DAY + 5 * MIN,
      want: { key: 'hoursMinutes', d: 0, h: 24, m: 5 },
      why: 'just past 24 h: minutes matter',
    },
    { ms: 2 * DAY, want: { key: 'days', d: 2, h: 0, m: 0 }, why: 'two days: the day grain takes over' },
    { ms: 2 * DAY + 3 * HOUR + 40 * MIN, want: { key: 'daysHours', d: 2, h: 4, m: 0 }, why: 'hours rounded' },
  ])('$ms ms → $want.key ($why)', ({ ms, want }) => {
    expect(splitDuration(ms)).toEqual(want);
  });
});

describe('shareDenominator', () => {
  it.each([
    {
      w: { buyerMessages: 22, pending: 15, answeredElsewhere: 0 },
      want: 7,
      why: 'pending is not yet a hit or a miss',
    },
    {
      w: { buyerMessages: 10, pending: 2, answeredElsewhere: 3 },
      want: 5,
      why: 'answered elsewhere has no time',
    },
    { w: { buyerMessages: 0, pending: 0, answeredElsewhere: 0 }, want: 0, why: 'empty window' },
  ])('$want ($why)', ({ w, want }) => {
    expect(shareDenominator(w)).toBe(want);
  });
});

describe('windowFor / isEmptyStore', () => {
  it.each([
    { metrics: metricsOf([windowOf(7, 0), windowOf(30, 0)]), empty: true, why: 'nothing anywhere' },
    {
      metrics: metricsOf([windowOf(7, 0), windowOf(30, 0)], 1),
      empty: false,
      why: 'old overdue mail still counts',
    },
    {
      metrics: metricsOf([windowOf(7, 0), windowOf(30, 2)]),
      empty: false,
      why: 'a quiet week is not an empty store',
    },
  ])('empty=$empty ($why)', ({ metrics, empty }) => {
    expect(isEmptyStore(metrics)).toBe(empty);
  });

  it.each([
    { days: 30, want: 30, why: 'present' },
    { days: 90, want: null, why: 'an older core without that window' },
  ])('window $days → $want ($why)', ({ days, want }) => {
    expect(windowFor(metricsOf([windowOf(7, 0), windowOf(30, 0)]), days)?.days ?? null).toBe(want);
  });
});

describe('staffRows', () => {
  const staff = [
    { id: 'tanaka', name: '田中' },
    { id: 'sato', name: '' },
    { id: 'idle', name: 'Nobody assigned' },
  ];
  interface StaffCase {
    byStaff: Record<string, Bucket>;
    overdue: Record<string, number>;
    want: [string, string | null, boolean][];
    why: string;
  }
  it.each<StaffCase>([
    {
      byStaff: { '': bucket(3), sato: bucket(1), tanaka: bucket(2), gone: bucket(1) },
      overdue: {},
      want: [
        ['tanaka', '田中', true],
        ['sato', 'sato', true],
        ['gone', null, false],
        ['', null, true],
      ],
      why: 'staff-list order, then ids no longer listed, unassigned last; an empty name falls back to the id',
    },
    {
      byStaff: {},
      overdue: { tanaka: 2 },
      want: [['tanaka', '田中', true]],
      why: 'overdue older than the window still shows its owner',
    },
    { byStaff: {}, overdue: {}, want: [], why: 'staff without messages are not listed' },
  ])('$why', ({ byStaff, overdue, want }) => {
    const rows = staffRows(windowOf(30, 0, byStaff), overdue, staff);
    expect(rows.map((r) => [r.id, r.name, r.known])).toEqual(want);
  });

  it('pairs each row with its bucket and overdue count', () => {
    const [row] = staffRows(windowOf(30, 2, { tanaka: bucket(2, 1) }), { tanaka: 1 }, staff);
    expect(row?.bucket.buyerMessages).toBe(2);
    expect(row?.overdue).toBe(1);
  });
});

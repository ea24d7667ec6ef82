import { describe, expect, it } from 'vitest';
import { daysUntil, phaseOutCountdown } from '@/lib/diversity/countdown';
import { reconstructTrend, type InventoryChange, type VersionVendor } from '@/lib/diversity/trend';

const versions = new Map<string, VersionVendor>([
  ['amf-a', { vendorId: 'a', vendorName: 'Alpha', segment: 'core' }],
  ['amf-b', { vendorId: 'b', vendorName: 'Beta', segment: 'core' }],
  ['gnb-a', { vendorId: 'a', vendorName: 'Alpha', segment: 'ran' }],
]);

const change = (logIndex: number, at: string, operatorId: string, items: [string, number][]): InventoryChange => ({
  logIndex,
  at,
  operatorId,
  items: items.map(([productVersionId, quantity]) => ({ productVersionId, quantity })),
});

describe('reconstructTrend', () => {
  it('adds up every operator’s latest inventory after each change', () => {
    const trend = reconstructTrend(
      [
        change(3, '2026-01-05T10:00:00Z', 'op1', [['amf-a', 10]]),
        change(7, '2026-02-01T10:00:00Z', 'op2', [['amf-b', 10], ['gnb-a', 4]]),
        change(9, '2026-03-01T10:00:00Z', 'op1', [['amf-a', 5]]),
      ],
      versions,
    );
    expect(trend.bucket).toBe('change');
    expect(trend.vendors).toEqual([
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
    ]);
    expect(trend.points.map((p) => [p.logIndex, p.segments.core.totalUnits, p.segments.core.hhi, p.segments.core.vendors.map((v) => [v.vendorId, v.units])])).toEqual([
      [3, 10, 10_000, [['a', 10]]],
      [7, 20, 5000, [['a', 10], ['b', 10]]],
      [9, 15, 5556, [['b', 10], ['a', 5]]],
    ]);
    expect(trend.points[1].segments.ran).toMatchObject({ totalUnits: 4, vendors: [{ vendorId: 'a', percent: 100 }] });
    expect(trend.points[2].segments.core.vendors[1].percent).toBeCloseTo(33.333, 2);
  });

  it('follows log order, not the order given, and an emptied inventory counts for nothing', () => {
    const trend = reconstructTrend([change(2, '2026-01-02T00:00:00Z', 'op1', []), change(1, '2026-01-01T00:00:00Z', 'op1', [['amf-a', 3]])], versions);
    expect(trend.points.map((p) => p.segments.core.totalUnits)).toEqual([3, 0]);
    expect(trend.points[1].segments.core).toEqual({ totalUnits: 0, hhi: 0, vendors: [] });
  });

  it('leaves out versions it does not know', () => {
    const trend = reconstructTrend([change(1, '2026-01-01T00:00:00Z', 'op1', [['unknown', 3], ['amf-a', 1]])], versions);
    expect(trend.points[0].segments.core.totalUnits).toBe(1);
  });

  it('goes month by month past 24 changes, each month its end state, a quiet month repeating the one before', () => {
    const changes: InventoryChange[] = [];
    for (let i = 0; i < 30; i++) changes.push(change(i, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`, 'op1', [['amf-a', i + 1]]));
    changes.push(change(30, '2026-03-15T00:00:00Z', 'op1', [['amf-a', 1], ['amf-b', 1]]));
    const trend = reconstructTrend(changes, versions);
    expect(trend.bucket).toBe('month');
    expect(trend.points.map((p) => [p.at, p.logIndex, p.segments.core.totalUnits])).toEqual([
      ['2026-01', 29, 30],
      ['2026-02', 29, 30],
      ['2026-03', 30, 2],
    ]);
  });

  it('is empty without changes', () => {
    expect(reconstructTrend([], versions, 'month')).toEqual({ bucket: 'month', points: [], vendors: [] });
  });
});

describe('phaseOutCountdown', () => {
  const now = new Date('2026-12-07T23:30:00Z');

  it('counts whole UTC days to the deadline, with the units that remain', () => {
    expect(daysUntil('2027-04-28', now)).toBe(142);
    expect(phaseOutCountdown('2027-04-28', now, 37)).toEqual({ daysLeft: 142, unitsRemaining: 37, state: 'running', text: '142 days left; 37 units remain' });
    expect(phaseOutCountdown('2026-12-08', now, 1).text).toBe('1 day left; 1 unit remains');
  });

  it('is due today on the deadline, overdue after it, and done once no units remain', () => {
    expect(phaseOutCountdown('2026-12-07', now, 2)).toMatchObject({ state: 'due_today', text: 'Due today; 2 units remain' });
    expect(phaseOutCountdown('2026-12-04', now, 1200)).toMatchObject({ daysLeft: -3, state: 'overdue', text: 'Overdue by 3 days; 1,200 units remain' });
    expect(phaseOutCountdown('2026-12-04', now, 0)).toMatchObject({ state: 'done', text: 'Done: no units remain' });
  });

  it('refuses what is not a date', () => {
    expect(() => daysUntil('28.04.2027', now)).toThrow(RangeError);
  });
});

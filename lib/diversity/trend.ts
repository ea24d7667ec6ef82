import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { hhiOf } from './hhi';

/** One logged inventory change: the operator's whole inventory after it (a `deployments.replaced` entry). */
export type InventoryChange = { logIndex: number; at: string; operatorId: string; items: readonly { productVersionId: string; quantity: number }[] };

export type VersionVendor = { vendorId: string; vendorName: string; segment: NetworkSegment };

export type TrendBucket = 'change' | 'month';

export type TrendSegmentPoint = { totalUnits: number; hhi: number; vendors: { vendorId: string; units: number; percent: number }[] };

export type TrendPoint = {
  /** The time of the change, or for months the month (YYYY-MM) whose end state it is. */
  at: string;
  /** The last change the point includes. */
  logIndex: number;
  segments: Record<NetworkSegment, TrendSegmentPoint>;
};

export type Trend = { bucket: TrendBucket; points: TrendPoint[]; vendors: { id: string; name: string }[] };

/** More changes than this are shown month by month (the state at the end of each month). */
export const MAX_CHANGE_POINTS = 24;

/**
 * Rebuilds each vendor's share of each segment over time from the logged inventory changes: after
 * every change the picture is every operator's latest inventory so far, added up (so with one
 * operator's changes only, that operator's own history). `changes` in log order; lines of versions
 * missing from `versions` are left out. `bucket` 'auto' keeps one point per change up to
 * {@link MAX_CHANGE_POINTS} changes, else one per calendar month (UTC) from the first change to the
 * last, each month the state at its end (a month without changes repeats the one before).
 */
export function reconstructTrend(
  changes: readonly InventoryChange[],
  versions: ReadonlyMap<string, VersionVendor>,
  bucket: TrendBucket | 'auto' = 'auto',
): Trend {
  const ordered = [...changes].sort((a, b) => a.logIndex - b.logIndex);
  const chosen: TrendBucket = bucket === 'auto' ? (ordered.length > MAX_CHANGE_POINTS ? 'month' : 'change') : bucket;
  const latest = new Map<string, InventoryChange['items']>();
  const vendorNames = new Map<string, string>();
  // Units per segment and vendor, kept up to date change by change: take the operator's previous
  // inventory out and its new one in, so each change costs its own lines, not every operator's.
  const units = new Map<NetworkSegment, Map<string, number>>(NETWORK_SEGMENTS.map((seg) => [seg, new Map()]));
  const add = (items: InventoryChange['items'], sign: 1 | -1) => {
    for (const item of items) {
      const version = versions.get(item.productVersionId);
      if (!version || item.quantity <= 0) continue;
      vendorNames.set(version.vendorId, version.vendorName);
      const bySegment = units.get(version.segment)!;
      const next = (bySegment.get(version.vendorId) ?? 0) + sign * item.quantity;
      if (next === 0) bySegment.delete(version.vendorId);
      else bySegment.set(version.vendorId, next);
    }
  };
  const states: TrendPoint[] = [];
  for (const change of ordered) {
    add(latest.get(change.operatorId) ?? [], -1);
    add(change.items, 1);
    latest.set(change.operatorId, change.items);
    states.push({ at: new Date(change.at).toISOString(), logIndex: change.logIndex, segments: pictureOf(units) });
  }
  const points = chosen === 'change' ? states : byMonth(states);
  const vendors = [...vendorNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { bucket: chosen, points, vendors };
}

function pictureOf(units: ReadonlyMap<NetworkSegment, ReadonlyMap<string, number>>): Record<NetworkSegment, TrendSegmentPoint> {
  return Object.fromEntries(
    NETWORK_SEGMENTS.map((segment) => {
      const byVendor = [...units.get(segment)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const totalUnits = byVendor.reduce((sum, [, u]) => sum + u, 0);
      return [
        segment,
        {
          totalUnits,
          hhi: hhiOf(byVendor.map(([, u]) => u)),
          vendors: byVendor.map(([vendorId, u]) => ({ vendorId, units: u, percent: (u / totalUnits) * 100 })),
        },
      ];
    }),
  ) as Record<NetworkSegment, TrendSegmentPoint>;
}

const monthOf = (iso: string) => iso.slice(0, 7);

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function byMonth(states: readonly TrendPoint[]): TrendPoint[] {
  if (states.length === 0) return [];
  const endOf = new Map<string, TrendPoint>();
  for (const s of states) endOf.set(monthOf(s.at), s);
  const points: TrendPoint[] = [];
  let previous: TrendPoint | undefined;
  const last = monthOf(states[states.length - 1].at);
  for (let month = monthOf(states[0].at); ; month = nextMonth(month)) {
    previous = endOf.get(month) ?? previous;
    points.push({ ...previous!, at: month });
    if (month === last) break;
  }
  return points;
}

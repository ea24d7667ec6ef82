import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { decimalFraction, fraction, isGreater, type Fraction } from './fraction';
import type { DeploymentLine, DiversityPicture, FlaggedDeployment, FlagReason, SegmentDiversity, VendorShare } from './types';

/** Most serious first: the order flagged deployments are listed in. */
const REASON_ORDER: readonly FlagReason[] = ['revoked', 'suspended', 'expired', 'missing'];

/** The flag a deployed version carries, or null when its certificate is valid. */
export function flagReasonOf(status: DeploymentLine['certificateStatus']): FlagReason | null {
  if (status === 'valid') return null;
  return status ?? 'missing';
}

/**
 * Vendor diversity of deployment lines (PRODUCT.md "Network segments and vendor diversity"): per
 * segment (ran, transport, core — always all three) the units, each vendor's share of them, which
 * vendors hold more than `threshold` of the segment (strictly more: exactly at it is not over), and
 * the deployed versions without a valid certificate. Exact arithmetic: shares are fractions and the
 * threshold is read as the decimal it is written as. Lines of the same vendor (or version and
 * operator, for flags) are added up; lines without units count for nothing.
 */
export function computeDiversity(lines: readonly DeploymentLine[], threshold: number | Fraction): DiversityPicture {
  const limit = typeof threshold === 'number' ? decimalFraction(threshold) : threshold;
  if (limit.denominator <= 0 || limit.numerator < 0) throw new RangeError('the threshold must be a non-negative fraction');
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0) throw new RangeError(`quantity must be a non-negative integer: ${line.quantity}`);
  }
  const segments = NETWORK_SEGMENTS.map((segment) => segmentDiversity(segment, lines.filter((l) => l.segment === segment && l.quantity > 0), limit));
  return {
    threshold: limit,
    totalUnits: segments.reduce((sum, s) => sum + s.totalUnits, 0),
    segments,
    flaggedCount: segments.reduce((sum, s) => sum + s.flagged.length, 0),
  };
}

function segmentDiversity(segment: NetworkSegment, lines: readonly DeploymentLine[], limit: Fraction): SegmentDiversity {
  const totalUnits = lines.reduce((sum, l) => sum + l.quantity, 0);
  const byVendor = new Map<string, { vendorId: string; vendorName: string; units: number }>();
  for (const l of lines) {
    const entry = byVendor.get(l.vendorId) ?? { vendorId: l.vendorId, vendorName: l.vendorName, units: 0 };
    entry.units += l.quantity;
    byVendor.set(l.vendorId, entry);
  }
  const vendors: VendorShare[] = [...byVendor.values()]
    .map((v) => {
      const share = fraction(v.units, totalUnits);
      return { ...v, share, percent: (v.units / totalUnits) * 100, isConcentrated: isGreater(share, limit) };
    })
    .sort((a, b) => b.units - a.units || a.vendorName.localeCompare(b.vendorName) || a.vendorId.localeCompare(b.vendorId));
  return { segment, totalUnits, vendors, concentrated: vendors.filter((v) => v.isConcentrated), flagged: flaggedOf(segment, lines) };
}

function flaggedOf(segment: NetworkSegment, lines: readonly DeploymentLine[]): FlaggedDeployment[] {
  const byKey = new Map<string, FlaggedDeployment>();
  for (const l of lines) {
    const reason = flagReasonOf(l.certificateStatus);
    if (!reason) continue;
    const key = `${l.productVersionId}\u0000${l.operatorId ?? ''}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.units += l.quantity;
      continue;
    }
    byKey.set(key, {
      productVersionId: l.productVersionId,
      label: l.label,
      vendorId: l.vendorId,
      vendorName: l.vendorName,
      segment,
      units: l.quantity,
      certificateStatus: l.certificateStatus,
      reason,
      ...(l.operatorId ? { operatorId: l.operatorId, operatorName: l.operatorName } : {}),
    });
  }
  return [...byKey.values()].sort(
    (a, b) => REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) || b.units - a.units || a.label.localeCompare(b.label),
  );
}

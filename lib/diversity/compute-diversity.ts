import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { decimalFraction, fraction, isGreater, type Fraction } from './fraction';
import { hhiOf, isHhiOver } from './hhi';
import { DEFAULT_HHI_THRESHOLD, type DiversityPolicy, type SegmentThreshold } from './policy';
import type { Concentration, DeploymentLine, DiversityPicture, FlaggedDeployment, FlagReason, SegmentDiversity, VendorShare } from './types';

/** Most serious first: the order flagged deployments are listed in. */
const REASON_ORDER: readonly FlagReason[] = ['revoked', 'suspended', 'expired', 'missing'];

/** The flag a deployed version carries, or null when its certificate is valid. */
export function flagReasonOf(status: DeploymentLine['certificateStatus']): FlagReason | null {
  if (status === 'valid') return null;
  return status ?? 'missing';
}

function policyOf(threshold: number | Fraction | DiversityPolicy): DiversityPolicy {
  if (typeof threshold === 'number' || 'numerator' in threshold) {
    const share = typeof threshold === 'number' ? decimalFraction(threshold) : threshold;
    const one: SegmentThreshold = { share, hhi: DEFAULT_HHI_THRESHOLD, isDefault: true };
    return { ran: one, transport: one, core: one };
  }
  return threshold;
}

/**
 * Vendor diversity of deployment lines (PRODUCT.md "Network segments and vendor diversity"): per
 * segment (ran, transport, core — always all three) and per network function within it, the units,
 * each vendor's share of them and the operator networks it runs in, the HHI, and the flags: a
 * vendor holding more than the segment's share threshold, or the HHI over the segment's HHI
 * threshold (strictly more: exactly at a threshold is not over). Also the deployed versions without
 * a valid certificate. Exact arithmetic: shares are fractions and a numeric threshold is read as
 * the decimal it is written as. `threshold` is one share for every segment (HHI default 2500) or a
 * policy per segment. Lines of the same vendor (or version and operator, for flags) are added up;
 * lines without units count for nothing.
 */
export function computeDiversity(lines: readonly DeploymentLine[], threshold: number | Fraction | DiversityPolicy): DiversityPicture {
  const policy = policyOf(threshold);
  for (const segment of NETWORK_SEGMENTS) {
    const { share, hhi } = policy[segment];
    if (share.denominator <= 0 || share.numerator < 0) throw new RangeError('the threshold must be a non-negative fraction');
    if (!Number.isFinite(hhi) || hhi < 0) throw new RangeError('the HHI threshold must be a non-negative number');
  }
  for (const line of lines) {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 0) throw new RangeError(`quantity must be a non-negative integer: ${line.quantity}`);
  }
  const segments = NETWORK_SEGMENTS.map((segment) => segmentDiversity(segment, lines.filter((l) => l.segment === segment && l.quantity > 0), policy[segment]));
  return {
    totalUnits: segments.reduce((sum, s) => sum + s.totalUnits, 0),
    segments,
    flaggedCount: segments.reduce((sum, s) => sum + s.flagged.length, 0),
  };
}

/** Units by vendor, shares, HHI and flags of some lines (all of one segment, or of one network function). */
export function concentrationOf(lines: readonly DeploymentLine[], threshold: Pick<SegmentThreshold, 'share' | 'hhi'>): Concentration {
  const totalUnits = lines.reduce((sum, l) => sum + l.quantity, 0);
  const byVendor = new Map<string, { vendorId: string; vendorName: string; units: number; operators: Set<string> }>();
  for (const l of lines) {
    const entry = byVendor.get(l.vendorId) ?? { vendorId: l.vendorId, vendorName: l.vendorName, units: 0, operators: new Set<string>() };
    entry.units += l.quantity;
    entry.operators.add(l.operatorId ?? '');
    byVendor.set(l.vendorId, entry);
  }
  const vendors: VendorShare[] = [...byVendor.values()]
    .map(({ operators, ...v }) => {
      const share = fraction(v.units, totalUnits);
      return { ...v, share, percent: (v.units / totalUnits) * 100, isConcentrated: isGreater(share, threshold.share), operatorCount: operators.size };
    })
    .sort((a, b) => b.units - a.units || a.vendorName.localeCompare(b.vendorName) || a.vendorId.localeCompare(b.vendorId));
  const units = vendors.map((v) => v.units);
  const flags: Concentration['flags'] = [];
  if (vendors.some((v) => v.isConcentrated)) flags.push('share');
  if (isHhiOver(units, threshold.hhi)) flags.push('hhi');
  return { totalUnits, vendors, hhi: hhiOf(units), flags };
}

function segmentDiversity(segment: NetworkSegment, lines: readonly DeploymentLine[], threshold: SegmentThreshold): SegmentDiversity {
  const whole = concentrationOf(lines, threshold);
  const functions = [...new Set(lines.map((l) => l.networkFunction))];
  const networkFunctions = functions
    .map((networkFunction) => ({ networkFunction, ...concentrationOf(lines.filter((l) => l.networkFunction === networkFunction), threshold) }))
    .sort((a, b) => b.totalUnits - a.totalUnits || a.networkFunction.localeCompare(b.networkFunction));
  return {
    segment,
    threshold,
    ...whole,
    concentrated: whole.vendors.filter((v) => v.isConcentrated),
    networkFunctions,
    flagged: flaggedOf(segment, lines),
  };
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

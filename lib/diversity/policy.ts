import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { decimalFraction, fraction, type Fraction } from './fraction';

/**
 * The default HHI threshold: 2500, the "highly concentrated" boundary of the 2010 US Horizontal
 * Merger Guidelines, which is exactly four vendors with equal shares. Over it a segment leans on
 * three vendors or fewer. (The 2023 guidelines moved to 1800; every RAN with three equal vendors,
 * HHI 3333, is over both, so the lower line would add no information for telecom segments.)
 */
export const DEFAULT_HHI_THRESHOLD = 2500;

/** A segment's concentration thresholds: the share a single vendor may hold, and the HHI; strictly over either is flagged. */
export type SegmentThreshold = {
  share: Fraction;
  hhi: number;
  /** True when no regulator has set this segment's thresholds (the configured defaults apply). */
  isDefault: boolean;
};

export type DiversityPolicy = Record<NetworkSegment, SegmentThreshold>;

export type StoredThreshold = { segment: NetworkSegment; shareBasisPoints: number; hhi: number };

/** A share in basis points (5000 = 50 %) as an exact fraction. */
export const basisPointsFraction = (basisPoints: number): Fraction => fraction(basisPoints, 10_000);

/**
 * The thresholds of every segment: a regulator's stored ones, else the configured default share
 * (CONCENTRATION_THRESHOLD, 50 % unless configured; PRODUCT.md) with HHI {@link DEFAULT_HHI_THRESHOLD}.
 */
export function diversityPolicy(stored: readonly StoredThreshold[], defaultShare: number | Fraction): DiversityPolicy {
  const share = typeof defaultShare === 'number' ? decimalFraction(defaultShare) : defaultShare;
  return Object.fromEntries(
    NETWORK_SEGMENTS.map((segment) => {
      const row = stored.find((s) => s.segment === segment);
      const threshold: SegmentThreshold = row
        ? { share: basisPointsFraction(row.shareBasisPoints), hhi: row.hhi, isDefault: false }
        : { share, hhi: DEFAULT_HHI_THRESHOLD, isDefault: true };
      return [segment, threshold];
    }),
  ) as DiversityPolicy;
}
